package io.pos4j.pin;

import io.pos4j.pin.internal.Blocks;
import io.pos4j.pin.internal.MacCore;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.crypto.BlockCipher;

/** MAC calculator; engines keyed once and used under a lock. */
final class MacCalculatorImpl implements MacCalculator {

    private final KeyHandle key;
    private final MacAlgorithm algorithm;
    private final MacPadding padding;
    private final BlockCipher enc;
    private final BlockCipher k1;
    private final BlockCipher k2Dec;

    MacCalculatorImpl(KeyHandle key, MacAlgorithm algorithm, MacPadding padding) {
        this.key = key;
        this.algorithm = algorithm;
        this.padding = padding;
        byte[] m = key.material();
        if (algorithm == MacAlgorithm.ISO9797_1_ALG3) {
            this.enc = null;
            this.k1 = MacCore.des(m, 0, true);
            this.k2Dec = MacCore.des(m, 8, false);
        } else {
            this.enc = algorithm == MacAlgorithm.CMAC || algorithm == MacAlgorithm.HMAC_SHA256 ? null : Blocks.engine(key.kind(), m, true);
            this.k1 = null;
            this.k2Dec = null;
        }
    }

    @Override
    public MacAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public int macLength() {
        return switch (algorithm) {
            case CUP_ECB, CUP_ECB_FIRST_8_BYTES -> 8;
            case ISO9797_1_ALG3 -> 8;
            default -> key.algorithm().blockSize();
        };
    }

    @Override
    public byte[] compute(byte[] data) {
        java.util.Objects.requireNonNull(data, "data");
        int method = padding == MacPadding.METHOD_2 ? 2 : 1;
        byte[] m = key.material(); // also the destroyed check
        switch (algorithm) {
            case CMAC -> {
                return MacCore.cmac(Blocks.oneShotEngine(key.kind()), m, data);
            }
            case HMAC_SHA256 -> {
                try {
                    javax.crypto.Mac h = javax.crypto.Mac.getInstance("HmacSHA256");
                    h.init(new javax.crypto.spec.SecretKeySpec(m, "HmacSHA256"));
                    return h.doFinal(data);
                } catch (java.security.GeneralSecurityException e) {
                    throw new PinException(PinException.Reason.INVALID_ARGUMENT, "HMAC-SHA256 failed", e);
                }
            }
            case ISO9797_1_ALG3 -> {
                byte[] padded = MacCore.pad(data, method, 8);
                synchronized (this) {
                    return MacCore.retailMac(k1, k2Dec, padded);
                }
            }
            case ISO9797_1_ALG1 -> {
                byte[] padded = MacCore.pad(data, method, enc.getBlockSize());
                synchronized (this) {
                    return MacCore.cbcMac(enc, padded);
                }
            }
            default -> {
                byte[] enc2;
                synchronized (this) {
                    enc2 = MacCore.cupEcbEnc2(enc, data);
                }
                return algorithm == MacAlgorithm.CUP_ECB ? MacCore.cupAscii8(enc2)
                        : Arrays.copyOf(enc2, 8);
            }
        }
    }

    @Override
    public byte[] compute(byte[] data, int length) {
        if (length < 4 || length > macLength()) {
            throw new PinException(PinException.Reason.INVALID_ARGUMENT, "MAC length " + length
                    + " (expected 4 to " + macLength() + ")");
        }
        return Arrays.copyOf(compute(data), length);
    }

    @Override
    public boolean verify(byte[] data, byte[] mac) {
        java.util.Objects.requireNonNull(mac, "mac");
        byte[] full = compute(data);
        if (mac.length < 4 || mac.length > full.length) {
            return false;
        }
        return MessageDigest.isEqual(Arrays.copyOf(full, mac.length), mac);
    }

    @Override
    public String toString() {
        return "MacCalculator[" + algorithm.code() + ", " + padding + ", " + key + "]";
    }
}
