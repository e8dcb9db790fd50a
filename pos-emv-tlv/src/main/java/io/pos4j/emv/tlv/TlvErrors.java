package io.pos4j.emv.tlv;

/** Error details shared by the cursor and the tree parser, so both report the same text. */
final class TlvErrors {

    private TlvErrors() {
    }

    /** @return whether the tag being read belongs in the tag path of an error of {@code reason} */
    static boolean withTag(TlvParseException.Reason reason) {
        return switch (reason) {
            case PADDING_NOT_ALLOWED, TRUNCATED_TAG, TAG_TOO_LONG -> false;
            default -> true;
        };
    }

    /**
     * @param where "the input" or "the enclosing 70"
     * @param a     reason-specific number (a length, a byte count; -1 for a missing length)
     * @param b     reason-specific number (bytes left)
     * @return what was wrong and what was expected, without data values
     */
    static String detail(TlvParseException.Reason reason, long a, long b, String where, TlvOptions o) {
        return switch (reason) {
            case PADDING_NOT_ALLOWED -> "padding byte 00 where a tag was expected (padding is off)";
            case TRUNCATED_TAG -> "tag runs past the end of " + where;
            case TAG_TOO_LONG -> "tag longer than maxTagBytes=" + o.maxTagBytes();
            case DEPTH_LIMIT -> "nesting deeper than maxDepth=" + o.maxDepth();
            case OBJECT_LIMIT -> "more objects than maxObjects=" + o.maxObjects();
            case TRUNCATED_LENGTH -> a < 0 ? "length missing at the end of " + where
                    : "length needs " + a + " more bytes but " + b + " remain in " + where;
            case VALUE_OVERRUNS -> "length " + a + " exceeds the " + b + (b == 1 ? " byte" : " bytes")
                    + " left in " + where;
            case INDEFINITE_LENGTH -> "indefinite length (80) not allowed (expected a definite length)";
            case LENGTH_TOO_LONG -> "length announces " + a
                    + " length bytes (expected at most maxLengthBytes=" + o.maxLengthBytes() + ")";
            default -> "malformed";
        };
    }
}
