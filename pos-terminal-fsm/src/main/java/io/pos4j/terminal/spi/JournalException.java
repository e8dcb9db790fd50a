package io.pos4j.terminal.spi;

/**
 * The journal could not be read or written. A terminal that gets this while writing aborts the
 * transaction before anything is sent. The message names the file and operation, never record data.
 */
public class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and where
     * @param cause   the I/O failure
     */
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what failed and where */
    public JournalException(String message) {
        super(message);
    }
}
