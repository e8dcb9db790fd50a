package io.pos4j.pin;

import java.util.Objects;

/**
 * Every failure of this module: malformed or undecodable PIN blocks, bad PINs and PANs, keys of
 * the wrong usage, algorithm or length, failed key checks, DUKPT counter errors.
 *
 * <p>Unchecked, one type with a {@link #reason()} so that a host can map it to a response code
 * (for instance {@link Reason#INVALID_PIN_BLOCK} to "PIN format error"). Messages never contain
 * PINs, PANs, keys, blocks or positions inside decrypted data (those would turn the error into a
 * decryption oracle).
 */
public final class PinException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the operation failed. */
    public enum Reason {
        /** a PIN that is not 4 to 12 decimal digits */
        INVALID_PIN,
        /** a PAN that is not 1 to 19 decimal digits */
        INVALID_PAN,
        /** a PIN block of the wrong length, or whose decrypted content breaks the format's rules
         *  (also the symptom of a wrong key or a PAN that does not match the block) */
        INVALID_PIN_BLOCK,
        /** a fixed test fill that does not suit the format */
        INVALID_FILL,
        /** key material of a length the algorithm does not accept */
        INVALID_KEY_LENGTH,
        /** a key whose usage or algorithm does not fit the operation */
        KEY_USAGE,
        /** an operation on a destroyed key */
        KEY_DESTROYED,
        /** a key check value did not match */
        KEY_CHECK_FAILED,
        /** a malformed key serial number, or a counter a DUKPT device never uses */
        INVALID_KSN,
        /** a DUKPT device has used its last counter */
        DUKPT_EXHAUSTED,
        /** a DUKPT state store failed or holds a state that would move the counter back */
        DUKPT_STATE,
        /** other invalid arguments, such as a MAC length */
        INVALID_ARGUMENT
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message what failed, without any secret or data value
     */
    public PinException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param reason  why
     * @param message what failed, without any secret or data value
     * @param cause   the underlying failure
     */
    public PinException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the operation failed */
    public Reason reason() {
        return reason;
    }
}
