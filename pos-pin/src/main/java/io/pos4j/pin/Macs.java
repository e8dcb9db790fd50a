package io.pos4j.pin;

import java.util.Objects;

/**
 * Entry point for MACs: ISO 9797-1 algorithms 1 and 3 (ANSI X9.19), CMAC, and the China UnionPay
 * ECB MAC.
 *
 * <pre>{@code
 * MacCalculator mac = Macs.create(mak, MacAlgorithm.CUP_ECB);
 * byte[] de64 = mac.compute(macBlock);      // 8 ASCII hex characters
 * boolean ok = mac.verify(macBlock, de64);  // constant time
 * }</pre>
 */
public final class Macs {

    private Macs() {
    }

    /** As {@link #create(KeyHandle, MacAlgorithm, MacPadding)} with {@link MacPadding#METHOD_1}. */
    public static MacCalculator create(KeyHandle key, MacAlgorithm algorithm) {
        return create(key, algorithm, MacPadding.METHOD_1);
    }

    /**
     * @param padding used by {@link MacAlgorithm#ISO9797_1_ALG1} and
     *                {@link MacAlgorithm#ISO9797_1_ALG3}; the UnionPay MAC always zero-pads and
     *                CMAC has its own padding, so they accept only {@link MacPadding#METHOD_1}
     * @throws PinException {@link PinException.Reason#KEY_USAGE} for a key that is not a MAC key
     *                      or whose algorithm does not fit (algorithm 3 needs a 16-byte TDES key;
     *                      CMAC: AES, TDES, SM4; UnionPay: DES, TDES, SM4)
     */
    public static MacCalculator create(KeyHandle key, MacAlgorithm algorithm, MacPadding padding) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(padding, "padding");
        String op = "MAC " + algorithm.code();
        key.requireUsage(op, KeyUsage.MAC, KeyUsage.MAC_GENERATION, KeyUsage.MAC_VERIFICATION);
        switch (algorithm) {
            case ISO9797_1_ALG1 -> key.requireAlgorithm(op, KeyAlgorithm.DES, KeyAlgorithm.TDES,
                    KeyAlgorithm.AES, KeyAlgorithm.SM4);
            case ISO9797_1_ALG3 -> {
                key.requireAlgorithm(op, KeyAlgorithm.TDES);
                if (key.length() != 16) {
                    throw new PinException(PinException.Reason.KEY_USAGE,
                            op + ": needs a 16-byte (two-key) TDES key");
                }
            }
            case CMAC -> key.requireAlgorithm(op, KeyAlgorithm.AES, KeyAlgorithm.TDES,
                    KeyAlgorithm.SM4);
            case CUP_ECB, CUP_ECB_FIRST_8_BYTES -> key.requireAlgorithm(op, KeyAlgorithm.DES,
                    KeyAlgorithm.TDES, KeyAlgorithm.SM4);
            case HMAC_SHA256 -> key.requireAlgorithm(op, KeyAlgorithm.HMAC_SHA256);
        }
        if (padding != MacPadding.METHOD_1 && algorithm != MacAlgorithm.ISO9797_1_ALG1
                && algorithm != MacAlgorithm.ISO9797_1_ALG3) {
            throw new PinException(PinException.Reason.INVALID_ARGUMENT,
                    op + ": padding method 2 applies to ISO 9797-1 algorithms 1 and 3 only");
        }
        return new MacCalculatorImpl(key, algorithm, padding);
    }
}
