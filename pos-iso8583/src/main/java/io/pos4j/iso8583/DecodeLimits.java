package io.pos4j.iso8583;

/**
 * Limits applied while decoding untrusted input; exceeding one throws
 * {@link IsoParseException} with {@link IsoParseException.Reason#LIMIT_EXCEEDED} naming the limit.
 *
 * <p>{@code validateTlv} makes {@code unpack} also parse every field with BER-TLV subfields (DE
 * 55) and reject the message when one is not well-formed BER-TLV ({@code BAD_SUBFIELD}, path such
 * as {@code "55/9F02"}, offset in the message). It is off by default: hosts and terminals do send
 * DE 55 with trailing padding or vendor oddities, and rejecting the whole message (for example a
 * reversal) over EMV data the application may never read is the wrong default. Without it, a
 * malformed DE 55 still decodes as b data and {@link IsoMessage#tlv(int)} throws when read.
 *
 * @param maxMessageBytes largest message (and frame) accepted, 1..65535
 * @param maxFieldBytes   largest single field value on the wire, 1..65535
 * @param validateTlv     parse BER-TLV fields (DE 55) during unpack and reject malformed ones
 */
public record DecodeLimits(int maxMessageBytes, int maxFieldBytes, boolean validateTlv) {

    /** 65535-byte messages (the most a 2-byte length can frame), 9999-byte fields, TLV checked when read. */
    public static final DecodeLimits DEFAULT = new DecodeLimits(65535, 9999);

    /**
     * Limits without eager TLV validation.
     *
     * @param maxMessageBytes largest message (and frame) accepted, 1..65535
     * @param maxFieldBytes   largest single field value on the wire, 1..65535
     */
    public DecodeLimits(int maxMessageBytes, int maxFieldBytes) {
        this(maxMessageBytes, maxFieldBytes, false);
    }

    /** @return these limits with BER-TLV fields (DE 55) validated during unpack */
    public DecodeLimits withTlvValidation() {
        return new DecodeLimits(maxMessageBytes, maxFieldBytes, true);
    }

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
