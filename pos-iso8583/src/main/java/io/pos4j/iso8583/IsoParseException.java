package io.pos4j.iso8583;

/**
 * Malformed ISO 8583 input. Unchecked; carries the byte offset and the field path.
 * Messages never contain field values or the raw frame.
 */
public class IsoParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String fieldPath;

    /**
     * @param message   what was wrong and what was expected, without values
     * @param fieldPath the field ("35", "55/9F02", "60.3"), or "" for the message frame
     * @param offset    byte offset in the input
     */
    public IsoParseException(String message, String fieldPath, int offset) {
        super(message);
        this.fieldPath = fieldPath;
        this.offset = offset;
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
