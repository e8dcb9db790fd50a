package io.pos4j.pin;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A cardholder PIN: 4 to 12 decimal digits held in a private array that {@link #close()} /
 * {@link #destroy()} overwrites. {@code toString()} never shows digits or length.
 *
 * <p>Compare with {@link #matches(Pin)} (constant time for equal lengths). Thread-safe until
 * destroyed. Not serializable.
 */
public final class Pin implements AutoCloseable, Destroyable {

    private final byte[] digits;
    private volatile boolean destroyed;

    private Pin(byte[] digits) {
        this.digits = digits;
    }

    /**
     * @param pin 4 to 12 characters '0'-'9' (copied; wipe your array afterwards)
     * @throws PinException {@link PinException.Reason#INVALID_PIN} otherwise
     */
    public static Pin of(char[] pin) {
        Objects.requireNonNull(pin, "pin");
        return fromChars(CharSequenceView.of(pin));
    }

    /**
     * Convenience for tests and tools; prefer {@link #of(char[])} in production, a
     * {@code String} cannot be wiped.
     *
     * @throws PinException {@link PinException.Reason#INVALID_PIN} unless 4 to 12 decimal digits
     */
    public static Pin parse(CharSequence pin) {
        Objects.requireNonNull(pin, "pin");
        return fromChars(pin);
    }

    private static Pin fromChars(CharSequence pin) {
        int n = pin.length();
        if (n < 4 || n > 12) {
            throw new PinException(PinException.Reason.INVALID_PIN,
                    "PIN: " + n + " digits (expected 4 to 12)");
        }
        byte[] d = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = pin.charAt(i);
            if (c < '0' || c > '9') {
                Arrays.fill(d, (byte) 0);
                throw new PinException(PinException.Reason.INVALID_PIN,
                        "PIN: not a decimal digit at position " + i);
            }
            d[i] = (byte) (c - '0');
        }
        return new Pin(d);
    }

    /** Takes ownership of digit values 0-9 (validated by the caller). */
    static Pin adopt(byte[] digitValues) {
        return new Pin(digitValues);
    }

    /** @return the number of digits */
    public int length() {
        return live().length;
    }

    /** @return a copy of the digits as characters; the caller owns and should wipe it */
    public char[] toCharArray() {
        byte[] d = live();
        char[] out = new char[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (char) ('0' + d[i]);
        }
        return out;
    }

    /** @return whether both PINs have the same digits; constant time for equal lengths */
    public boolean matches(Pin other) {
        Objects.requireNonNull(other, "other");
        return MessageDigest.isEqual(live(), other.live());
    }

    /** The live digit values 0-9; package use only. */
    byte[] digits() {
        return live();
    }

    private byte[] live() {
        if (destroyed) {
            throw new PinException(PinException.Reason.INVALID_PIN, "PIN has been destroyed");
        }
        return digits;
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(digits, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Same as {@link #destroy()}. */
    @Override
    public void close() {
        destroy();
    }

    /** @return {@code Pin[redacted]} or {@code Pin[destroyed]} */
    @Override
    public String toString() {
        return destroyed ? "Pin[destroyed]" : "Pin[redacted]";
    }

    /** A char[] seen as a CharSequence without copying it into a String. */
    private record CharSequenceView(char[] buf) implements CharSequence {
        static CharSequenceView of(char[] chars) {
            return new CharSequenceView(chars);
        }

        @Override
        public int length() {
            return buf.length;
        }

        @Override
        public char charAt(int index) {
            return buf[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return "redacted";
        }
    }
}
