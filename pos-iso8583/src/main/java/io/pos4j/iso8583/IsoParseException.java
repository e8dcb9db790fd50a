package io.pos4j.iso8583;

import java.util.Objects;

/**
 * Malformed ISO 8583 input. Unchecked; carries the byte offset, the field path and a reason.
 * Messages read like "field 64: need 8 bytes at offset 96, 0 available" and never contain field
 * values or the raw frame.
 */
public class IsoParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the input was rejected. */
    public enum Reason {
        /** the input ends before a length prefix, value, bitmap, MTI or header is complete */
        TRUNCATED,
        /** a length prefix is not a valid number, or exceeds the field's maximum */
        BAD_LENGTH,
        /** a packed BCD value holds a nibble that is not a digit (or the field's separator/pad) */
        BAD_BCD,
        /** a character is not allowed by the field's content class or encoding (non-digit in n, bad hex) */
        BAD_CHARACTER,
        /** the bitmap is malformed or announces a bitmap the layout does not have */
        BAD_BITMAP,
        /** the MTI is not four decimal digits */
        BAD_MTI,
        /** a configured {@link DecodeLimits} limit was exceeded */
        LIMIT_EXCEEDED,
        /** the bitmap announces a field the layout does not define (its length cannot be known) */
        UNKNOWN_FIELD,
        /** bytes remain after the last field */
        TRAILING_DATA,
        /** malformed subfield data (for example BER-TLV inside DE 55) */
        BAD_SUBFIELD
    }

    private final Reason reason;
    private final int offset;
    private final String fieldPath;

    /**
     * @param reason    why the input was rejected
     * @param fieldPath the field ("35", "55/9F02", "60.3"), or "" for the message frame
     * @param offset    byte offset in the input
     * @param message   what was wrong and what was expected, without values
     */
    public IsoParseException(Reason reason, String fieldPath, int offset, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.fieldPath = Objects.requireNonNull(fieldPath, "fieldPath");
        this.offset = offset;
    }

    /** @return why the input was rejected */
    public Reason reason() {
        return reason;
    }

    /** @return byte offset in the input where the problem was found */
    public int offset() {
        return offset;
    }

    /** @return the field path, such as "35", "55/9F02" or "60.3"; "" for the frame itself */
    public String fieldPath() {
        return fieldPath;
    }
}
