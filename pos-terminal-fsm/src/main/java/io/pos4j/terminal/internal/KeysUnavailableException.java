package io.pos4j.terminal.internal;

import io.pos4j.terminal.LocalCause;

/** No key can be given for a message (DUKPT counter exhausted, key state not saved). Nothing was sent. */
final class KeysUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient LocalCause cause;

    KeysUnavailableException(LocalCause cause, String message) {
        super(message, null, false, false);
        this.cause = cause;
    }

    LocalCause localCause() {
        return cause;
    }
}
