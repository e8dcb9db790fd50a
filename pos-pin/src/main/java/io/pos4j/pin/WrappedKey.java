package io.pos4j.pin;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A working key as delivered by a host: encrypted (ECB) under a key-encryption key such as the
 * terminal master key, with its check value (the leftmost bytes of the clear key encrypting a
 * block of zeros; 4 bytes in UnionPay sign-in responses). Immutable; arrays are copied in and out.
 * The encrypted bytes are not shown by {@code toString()}.
 */
public final class WrappedKey {

    private final KeyUsage usage;
    private final KeyAlgorithm algorithm;
    private final byte[] encrypted;
    private final byte[] checkValue;

    private WrappedKey(KeyUsage usage, KeyAlgorithm algorithm, byte[] encrypted, byte[] checkValue) {
        this.usage = usage;
        this.algorithm = algorithm;
        this.encrypted = encrypted;
        this.checkValue = checkValue;
    }

    /**
     * @param usage      the usage the clear key will get
     * @param algorithm  the clear key's algorithm (its length is the encrypted length)
     * @param encrypted  the key encrypted under the KEK
     * @param checkValue the clear key's check value, 3 bytes up to the key's block size
     * @throws PinException {@link PinException.Reason#INVALID_KEY_LENGTH} or
     *                      {@link PinException.Reason#INVALID_ARGUMENT} for impossible lengths
     */
    public static WrappedKey of(KeyUsage usage, KeyAlgorithm algorithm, byte[] encrypted,
            byte[] checkValue) {
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(encrypted, "encrypted");
        Objects.requireNonNull(checkValue, "checkValue");
        if (!algorithm.acceptsLength(encrypted.length)) {
            throw new PinException(PinException.Reason.INVALID_KEY_LENGTH, "wrapped " + usage
                    + " key: " + encrypted.length + " bytes (expected " + algorithm.describeLengths()
                    + ")");
        }
        if (checkValue.length < 3 || checkValue.length > algorithm.blockSize()) {
            throw new PinException(PinException.Reason.INVALID_ARGUMENT, "wrapped " + usage
                    + " key: check value of " + checkValue.length + " bytes (expected 3 to "
                    + algorithm.blockSize() + ")");
        }
        return new WrappedKey(usage, algorithm, encrypted.clone(), checkValue.clone());
    }

    /** @return the usage the clear key gets */
    public KeyUsage usage() {
        return usage;
    }

    /** @return the clear key's algorithm */
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** @return a copy of the encrypted key */
    public byte[] encrypted() {
        return encrypted.clone();
    }

    /** @return a copy of the check value */
    public byte[] checkValue() {
        return checkValue.clone();
    }

    @Override
    public String toString() {
        return "WrappedKey[" + usage + ", " + algorithm + "-" + encrypted.length * 8 + ", check="
                + HexFormat.of().withUpperCase().formatHex(checkValue) + "]";
    }
}
