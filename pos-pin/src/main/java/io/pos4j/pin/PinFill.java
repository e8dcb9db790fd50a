package io.pos4j.pin;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Where the fill nibbles of PIN formats 1 and 3 and the random half of format 4 come from:
 * {@link SecureRandom} in production; a fixed nibble string only to reproduce test vectors.
 * Thread-safe when the {@code SecureRandom} is.
 */
public final class PinFill {

    private final SecureRandom random;
    private final byte[] fixed;

    private PinFill(SecureRandom random, byte[] fixed) {
        this.random = random;
        this.fixed = fixed;
    }

    /** @return fill from a shared {@link SecureRandom} (created once: seeding one costs far more than a PIN block) */
    public static PinFill random() {
        return Shared.RANDOM;
    }

    private static final class Shared {
        static final PinFill RANDOM = new PinFill(new SecureRandom(), null);
    }

    /** @return fill from {@code random} (injectable for tests) */
    public static PinFill random(SecureRandom random) {
        return new PinFill(Objects.requireNonNull(random, "random"), null);
    }

    /**
     * A fixed fill, FOR TEST VECTORS ONLY: a fixed fill makes formats 1, 3 and 4 deterministic,
     * which defeats their purpose. The nibbles are used from the left: format 1 and 3 take 14
     * minus the PIN length (A-F for format 3), format 4 takes 16 (its 8 random bytes).
     *
     * @param hexNibbles hex digits, either case
     * @throws PinException {@link PinException.Reason#INVALID_FILL} when not hex
     */
    public static PinFill fixedForTesting(CharSequence hexNibbles) {
        Objects.requireNonNull(hexNibbles, "hexNibbles");
        byte[] n = new byte[hexNibbles.length()];
        for (int i = 0; i < n.length; i++) {
            int v = Character.digit(hexNibbles.charAt(i), 16);
            if (v < 0) {
                throw new PinException(PinException.Reason.INVALID_FILL,
                        "fill: not a hex digit at position " + i);
            }
            n[i] = (byte) v;
        }
        return new PinFill(null, n);
    }

    /**
     * @param count  nibbles needed
     * @param aToF   whether each nibble must be A-F (format 3)
     * @param format for messages
     */
    byte[] nibbles(int count, boolean aToF, PinBlockFormat format) {
        byte[] out = new byte[count];
        if (fixed == null) {
            byte[] r = new byte[count];
            random.nextBytes(r);
            for (int i = 0; i < count; i++) {
                int v = r[i] & 0xFF;
                // 6 * 42 = 252: reject 252..255 so A-F stays uniform
                while (aToF && v >= 252) {
                    byte[] one = new byte[1];
                    random.nextBytes(one);
                    v = one[0] & 0xFF;
                }
                out[i] = (byte) (aToF ? 10 + v % 6 : v & 0x0F);
            }
            return out;
        }
        if (fixed.length < count) {
            throw new PinException(PinException.Reason.INVALID_FILL, "fill: " + fixed.length
                    + " nibbles, format " + format.code() + " needs " + count);
        }
        for (int i = 0; i < count; i++) {
            if (aToF && fixed[i] < 10) {
                throw new PinException(PinException.Reason.INVALID_FILL,
                        "fill: format " + format.code() + " needs nibbles A-F (position " + i + ")");
            }
            out[i] = fixed[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return fixed == null ? "PinFill[random]" : "PinFill[fixed for testing]";
    }
}
