package io.pos4j.pin;

/** PIN block formats: ISO 9564-1 formats 0-4 and the China UnionPay SM4 block. */
public enum PinBlockFormat {
    /** ISO 9564-1 format 0 (ANSI X9.8): PIN XOR PAN, 8 bytes, TDES (or DES) */
    ISO_0("0", 8),
    /** ISO 9564-1 format 1: PIN and transaction-unique fill, no PAN, 8 bytes */
    ISO_1("1", 8),
    /** ISO 9564-1 format 2: PIN with F fill, for ICC offline PIN, 8 bytes */
    ISO_2("2", 8),
    /** ISO 9564-1 format 3: like format 0 with random A-F fill, 8 bytes */
    ISO_3("3", 8),
    /** ISO 9564-1 format 4: AES, 16-byte PIN field and PAN field, two encryptions */
    ISO_4("4", 16),
    /**
     * China UnionPay SM4 block: PIN field 0 | len | PIN | F fill to 32 nibbles XOR a PAN field of 20
     * zero nibbles and the 12 PAN digits before the check digit, SM4-ECB.
     */
    CUP_SM4("cup-sm4", 16);

    private final String code;
    private final int blockLength;

    PinBlockFormat(String code, int blockLength) {
        this.code = code;
        this.blockLength = blockLength;
    }

    /** @return the CLI name: {@code 0} .. {@code 4}, {@code cup-sm4} */
    public String code() {
        return code;
    }

    /** @return the length of an encrypted block in bytes */
    public int blockLength() {
        return blockLength;
    }

    /** @return whether the format binds the PIN to the PAN (all but formats 1 and 2) */
    public boolean usesPan() {
        return this != ISO_1 && this != ISO_2;
    }

    /**
     * @param code {@code 0} .. {@code 4} or {@code cup-sm4}
     * @throws IllegalArgumentException for any other name
     */
    public static PinBlockFormat fromCode(String code) {
        for (PinBlockFormat f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown PIN block format '" + code
                + "' (expected 0, 1, 2, 3, 4 or cup-sm4)");
    }
}
