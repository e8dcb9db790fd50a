package io.pos4j.emv.tlv;

/**
 * Malformed BER-TLV input. Unchecked; carries the byte offset where parsing stopped.
 * Messages never contain data values.
 */
public class TlvParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /**
     * @param message what was wrong and what was expected, without data values
     * @param offset  byte offset in the input where the problem was found
     */
    public TlvParseException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** @return byte offset in the input where the problem was found */
    public int offset() {
        return offset;
    }
}
