package io.pos4j.pin;

import io.pos4j.pin.internal.Blocks;
import io.pos4j.pin.internal.MacCore;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A secret key bound to an algorithm and a {@link KeyUsage}. The key bytes stay inside: they are
 * used by the operations created from the handle ({@link PinBlocks}, {@link Macs}, DUKPT, key
 * exchange), are exported only with {@link InsecureKeyAccess}, and are overwritten with zeros by
 * {@link #close()} / {@link #destroy()}, after which every use fails with
 * {@link PinException.Reason#KEY_DESTROYED}.
 *
 * <p>{@code toString()} shows algorithm, length, usage and check value, never key bytes. Thread
 * safe: the material is immutable until destroyed. Not serializable.
 */
public final class KeyHandle implements AutoCloseable, Destroyable {

    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private final KeyAlgorithm algorithm;
    private final KeyUsage usage;
    private final byte[] material;
    private volatile boolean destroyed;

    private KeyHandle(KeyAlgorithm algorithm, KeyUsage usage, byte[] material) {
        this.algorithm = algorithm;
        this.usage = usage;
        this.material = material;
    }

    /**
     * Wraps clear key bytes (copied; wipe your array afterwards).
     *
     * @throws PinException {@link PinException.Reason#INVALID_KEY_LENGTH} when the length does not
     *                      suit {@code algorithm}
     */
    public static KeyHandle importRaw(KeyAlgorithm algorithm, KeyUsage usage, byte[] raw,
            InsecureKeyAccess access) {
        Objects.requireNonNull(access, "access");
        return adopt(algorithm, usage, Objects.requireNonNull(raw, "raw").clone());
    }

    /** A fresh random key of {@code length} bytes from {@code random}. */
    public static KeyHandle generate(KeyAlgorithm algorithm, int length, KeyUsage usage,
            SecureRandom random) {
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(algorithm, "algorithm");
        checkLength(algorithm, length);
        byte[] k = new byte[length];
        random.nextBytes(k);
        return adopt(algorithm, usage, k);
    }

    /** Takes ownership of {@code material} (not copied). */
    static KeyHandle adopt(KeyAlgorithm algorithm, KeyUsage usage, byte[] material) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(usage, "usage");
        if (!algorithm.acceptsLength(material.length)) {
            Arrays.fill(material, (byte) 0);
        }
        checkLength(algorithm, material.length);
        return new KeyHandle(algorithm, usage, material);
    }

    private static void checkLength(KeyAlgorithm algorithm, int length) {
        if (!algorithm.acceptsLength(length)) {
            throw new PinException(PinException.Reason.INVALID_KEY_LENGTH, algorithm + " key: "
                    + length + " bytes (expected " + algorithm.describeLengths() + ")");
        }
    }

    /** @return the cipher the key belongs to */
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** @return what the key may be used for */
    public KeyUsage usage() {
        return usage;
    }

    /** @return the key length in bytes */
    public int length() {
        return material.length;
    }

    /**
     * @return a copy of the clear key bytes; the caller owns and should wipe it
     * @throws PinException {@link PinException.Reason#KEY_DESTROYED} after {@link #destroy()}
     */
    public byte[] exportRaw(InsecureKeyAccess access) {
        Objects.requireNonNull(access, "access");
        return material().clone();
    }

    /**
     * The key check value by the conventional method for the algorithm
     * ({@link KcvMethod#defaultFor}), 3 bytes.
     */
    public byte[] kcv() {
        return checkValue(KcvMethod.defaultFor(algorithm), 3);
    }

    /**
     * @param method the convention
     * @param length bytes to keep, 1 to the block size
     * @return the leftmost {@code length} bytes of the check computation
     * @throws PinException {@link PinException.Reason#INVALID_ARGUMENT} for a bad length or
     *                      {@link KcvMethod#ENCRYPT_ONES} with a non-AES key
     */
    public byte[] checkValue(KcvMethod method, int length) {
        Objects.requireNonNull(method, "method");
        if (algorithm == KeyAlgorithm.HMAC_SHA256) {
            throw new PinException(PinException.Reason.INVALID_ARGUMENT,
                    "check values are defined for block cipher keys only");
        }
        int bs = algorithm.blockSize();
        if (length < 1 || length > bs) {
            throw new PinException(PinException.Reason.INVALID_ARGUMENT,
                    "check value length " + length + " (expected 1 to " + bs + ")");
        }
        byte[] full = switch (method) {
            case ENCRYPT_ZEROS -> Blocks.ecb(kind(), material(), true, new byte[bs]);
            case CMAC_ZEROS -> MacCore.cmac(Blocks.oneShotEngine(kind()),
                    material(), new byte[bs]);
            case ENCRYPT_ONES -> {
                if (algorithm != KeyAlgorithm.AES) {
                    throw new PinException(PinException.Reason.INVALID_ARGUMENT,
                            "encrypt-ones check values are defined for AES keys only");
                }
                byte[] ones = new byte[bs];
                Arrays.fill(ones, (byte) 1);
                yield Blocks.ecb(kind(), material(), true, ones);
            }
        };
        return Arrays.copyOf(full, length);
    }

    /** Fails with {@link PinException.Reason#KEY_USAGE} unless the usage is one of {@code allowed}. */
    void requireUsage(String operation, KeyUsage... allowed) {
        for (KeyUsage u : allowed) {
            if (u == usage) {
                return;
            }
        }
        throw new PinException(PinException.Reason.KEY_USAGE, operation + ": key usage " + usage
                + " not allowed (expected " + Arrays.toString(allowed) + ")");
    }

    /** Fails with {@link PinException.Reason#KEY_USAGE} unless the algorithm is one of {@code allowed}. */
    void requireAlgorithm(String operation, KeyAlgorithm... allowed) {
        for (KeyAlgorithm a : allowed) {
            if (a == algorithm) {
                return;
            }
        }
        throw new PinException(PinException.Reason.KEY_USAGE, operation + ": " + algorithm
                + " key not allowed (expected " + Arrays.toString(allowed) + ")");
    }

    /** The live material (not a copy); package use only. */
    byte[] material() {
        if (destroyed) {
            throw new PinException(PinException.Reason.KEY_DESTROYED, "key has been destroyed");
        }
        return material;
    }

    /** @return whether every byte of the material is zero (for tests of destroy) */
    boolean wiped() {
        for (byte b : material) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    Blocks.Kind kind() {
        if (algorithm == KeyAlgorithm.HMAC_SHA256) {
            throw new PinException(PinException.Reason.KEY_USAGE, "an HMAC key is not a block cipher key");
        }
        return Blocks.Kind.valueOf(algorithm.name());
    }

    /** Overwrites the key bytes with zeros; idempotent. */
    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(material, (byte) 0);
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

    /** @return for example {@code KeyHandle[TDES-128, PIN_ENCRYPTION, kcv=08D7B4]} */
    @Override
    public String toString() {
        String head = "KeyHandle[" + algorithm + "-" + (material.length * 8) + ", " + usage;
        if (destroyed) {
            return head + ", destroyed]";
        }
        if (algorithm == KeyAlgorithm.HMAC_SHA256) {
            return head + "]";
        }
        return head + ", kcv=" + UPPER.formatHex(kcv()) + "]";
    }
}
