package io.pos4j.examples.cli;

import java.util.HexFormat;

/** Hex as the CLI accepts it: either case, spaces, tabs, colons and newlines ignored. */
public final class HexInput {

    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private HexInput() {
    }

    /**
     * @param what  the option's name for the error message, such as {@code --hex}
     * @param input the text the user gave
     * @return the bytes
     * @throws CliException naming the option and the character position when the text is not hex
     */
    public static byte[] parse(String what, String input) {
        if (input == null) {
            throw new CliException(what + ": missing hex");
        }
        StringBuilder digits = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':') {
                continue;
            }
            if (Character.digit(c, 16) < 0) {
                throw new CliException(what + ": not a hex digit at character " + i
                        + " (expected 0-9, A-F)");
            }
            digits.append(c);
        }
        if (digits.length() % 2 != 0) {
            throw new CliException(what + ": odd number of hex digits (" + digits.length()
                    + "); hex needs two digits per byte");
        }
        return HexFormat.of().parseHex(digits);
    }

    /** @return upper-case hex of {@code bytes} */
    public static String format(byte[] bytes) {
        return UPPER.formatHex(bytes);
    }
}
