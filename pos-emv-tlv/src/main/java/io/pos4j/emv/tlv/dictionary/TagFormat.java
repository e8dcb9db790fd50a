package io.pos4j.emv.tlv.dictionary;

/** Data element formats of EMV Book 1 section 4.3 / Book 3 section 4.3. */
public enum TagFormat {
    /** {@code a}: alphabetic. */
    A("a"),
    /** {@code an}: alphanumeric. */
    AN("an"),
    /** {@code ans}: alphanumeric special. */
    ANS("ans"),
    /** {@code b}: binary. */
    B("b"),
    /** {@code cn}: compressed numeric, left-justified BCD padded with {@code F}. */
    CN("cn"),
    /** {@code n}: numeric, right-justified BCD padded with leading zeros. */
    N("n");

    private final String code;

    TagFormat(String code) {
        this.code = code;
    }

    /** @return the code used in the EMV books, such as {@code "ans"} */
    public String code() {
        return code;
    }

    /**
     * @param code a code such as {@code "cn"}, any case
     * @return the format
     * @throws IllegalArgumentException if the code is unknown
     */
    public static TagFormat fromCode(String code) {
        for (TagFormat f : values()) {
            if (f.code.equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format code: " + code
                + " (expected a, an, ans, b, cn or n)");
    }
}
