package io.pos4j.pin;

/**
 * Encrypts and decrypts data (track data, DUKPT data fields) under a data key: CBC with a zero IV
 * and zero padding to whole blocks, the DUKPT data-key convention. Created by {@link DataCiphers}.
 * Thread-safe.
 */
public interface DataCipher {

    /** @return {@code data} zero-padded to whole blocks and CBC-encrypted with a zero IV */
    byte[] encrypt(byte[] data);

    /**
     * @return the CBC-decrypted data, still padded (zero padding cannot be removed unambiguously)
     * @throws PinException {@link PinException.Reason#INVALID_ARGUMENT} unless whole blocks
     */
    byte[] decrypt(byte[] data);
}
