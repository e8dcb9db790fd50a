package io.pos4j.pin;

import io.pos4j.pin.internal.Blocks;
import java.util.Objects;

/** Entry point for {@link DataCipher}. */
public final class DataCiphers {

    private DataCiphers() {
    }

    /**
     * @param key a {@link KeyUsage#DATA_ENCRYPTION} or {@link KeyUsage#DATA_DECRYPTION} key (DES,
     *            TDES, AES or SM4); hosts use the X9.24-3 data-decrypt key to encrypt responses,
     *            so both directions are allowed for both usages
     * @throws PinException {@link PinException.Reason#KEY_USAGE} otherwise
     */
    public static DataCipher cbc(KeyHandle key) {
        Objects.requireNonNull(key, "key");
        key.requireUsage("data cipher", KeyUsage.DATA_ENCRYPTION, KeyUsage.DATA_DECRYPTION);
        key.requireAlgorithm("data cipher", KeyAlgorithm.DES, KeyAlgorithm.TDES, KeyAlgorithm.AES,
                KeyAlgorithm.SM4);
        return new DataCipher() {
            @Override
            public byte[] encrypt(byte[] data) {
                Objects.requireNonNull(data, "data");
                byte[] padded = Blocks.zeroPad(data, key.algorithm().blockSize());
                return Blocks.cbc(Blocks.oneShot(key.kind(), key.material(), true), true, padded);
            }

            @Override
            public byte[] decrypt(byte[] data) {
                Objects.requireNonNull(data, "data");
                if (data.length % key.algorithm().blockSize() != 0) {
                    throw new PinException(PinException.Reason.INVALID_ARGUMENT, "data cipher: "
                            + data.length + " bytes is not a whole number of blocks");
                }
                return Blocks.cbc(Blocks.oneShot(key.kind(), key.material(), false), false, data);
            }

            @Override
            public String toString() {
                return "DataCipher[CBC, " + key + "]";
            }
        };
    }
}
