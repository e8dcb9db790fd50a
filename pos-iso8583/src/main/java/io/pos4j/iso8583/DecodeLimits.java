package io.pos4j.iso8583;

/**
 * Limits applied while decoding untrusted input; exceeding one throws
 * {@link IsoParseException} with {@link IsoParseException.Reason#LIMIT_EXCEEDED} naming the limit.
 *
 * @param maxMessageBytes largest message (and frame) accepted, 1..65535
 * @param maxFieldBytes   largest single field value on the wire, 1..65535
 */
public record DecodeLimits(int maxMessageBytes, int maxFieldBytes) {

    /** 65535-byte messages (the most a 2-byte length can frame), 9999-byte fields. */
    public static final DecodeLimits DEFAULT = new DecodeLimits(65535, 9999);

    /** Validates the ranges. */
    public DecodeLimits {
        if (maxMessageBytes < 1 || maxMessageBytes > 65535) {
            throw new IllegalArgumentException("maxMessageBytes " + maxMessageBytes + " must be 1..65535");
        }
        if (maxFieldBytes < 1 || maxFieldBytes > 65535) {
            throw new IllegalArgumentException("maxFieldBytes " + maxFieldBytes + " must be 1..65535");
        }
    }
}
