package io.pos4j.examples.cli;

/** A user error: bad input or an impossible request. Printed as {@code error: <message>}. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong and where, without secret values */
    public CliException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong and where, without secret values
     * @param cause   the underlying failure, shown only with {@code --debug}
     */
    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
