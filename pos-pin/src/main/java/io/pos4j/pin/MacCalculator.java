package io.pos4j.pin;

/**
 * Computes and verifies MACs under one key with one algorithm. Created by {@link Macs}, which
 * refuses keys that are not MAC keys ({@link KeyUsage#MAC}, {@link KeyUsage#MAC_GENERATION},
 * {@link KeyUsage#MAC_VERIFICATION}) or whose algorithm does not fit. Thread-safe. Fails with
 * {@link PinException.Reason#KEY_DESTROYED} once the key is destroyed.
 */
public interface MacCalculator {

    /** @return the algorithm */
    MacAlgorithm algorithm();

    /** @return the length of a full MAC from {@link #compute(byte[])} in bytes */
    int macLength();

    /** @return the full MAC of {@code data} */
    byte[] compute(byte[] data);

    /**
     * @param length bytes to keep from the left, 4 to {@link #macLength()}
     * @return the MAC truncated to {@code length} bytes
     * @throws PinException {@link PinException.Reason#INVALID_ARGUMENT} for another length
     */
    byte[] compute(byte[] data, int length);

    /**
     * Verifies a full or left-truncated MAC (4 bytes or more) in constant time
     * ({@link java.security.MessageDigest#isEqual}).
     *
     * @return whether {@code mac} matches; {@code false} for a MAC shorter than 4 or longer than
     *         {@link #macLength()} bytes
     */
    boolean verify(byte[] data, byte[] mac);
}
