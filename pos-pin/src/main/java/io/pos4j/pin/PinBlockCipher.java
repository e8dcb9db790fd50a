package io.pos4j.pin;

/**
 * Encrypts and decrypts PIN blocks of one {@link PinBlockFormat} under one PIN encryption key.
 * Created by {@link PinBlocks#cipher(KeyHandle, PinBlockFormat)}, which refuses keys of another
 * usage or algorithm. Thread-safe. Fails with {@link PinException.Reason#KEY_DESTROYED} once the
 * key is destroyed.
 *
 * <p>{@code pan} is the primary account number as decimal digits (1 to 19); formats 1 and 2 ignore
 * it and accept {@code null}.
 */
public interface PinBlockCipher {

    /** @return the format of the blocks this cipher produces and accepts */
    PinBlockFormat format();

    /**
     * @return the encrypted PIN block ({@link PinBlockFormat#blockLength()} bytes)
     * @throws PinException {@link PinException.Reason#INVALID_PAN} for a bad or missing PAN
     */
    byte[] encrypt(Pin pin, String pan);

    /**
     * Decrypts and validates a block (control field, PIN length 4-12, digits, fill rule).
     *
     * @return the PIN; the caller should {@link Pin#close() close} it
     * @throws PinException {@link PinException.Reason#INVALID_PIN_BLOCK} when the block breaks the
     *                      format's rules, which is also what a wrong key or a PAN that does not
     *                      match the block looks like
     */
    Pin decrypt(byte[] block, String pan);

    /**
     * Checks a block against an expected PIN without handing out the PIN (host-side PIN
     * verification against a stored PIN). Constant time in the digits for equal lengths.
     *
     * @return whether the block holds {@code expected}
     * @throws PinException {@link PinException.Reason#INVALID_PIN_BLOCK} as {@link #decrypt}
     */
    boolean verify(byte[] block, String pan, Pin expected);

    /**
     * The decrypted clear block (formats 0-3 and {@code CUP_SM4}, before the PAN field is removed)
     * or, for format 4, the clear PIN field. SENSITIVE: it reveals the PIN; for tools and
     * diagnostics only.
     */
    byte[] decryptToClearBlock(byte[] block, String pan);
}
