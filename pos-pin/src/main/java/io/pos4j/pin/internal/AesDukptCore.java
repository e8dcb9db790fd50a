package io.pos4j.pin.internal;

import java.util.Arrays;

/** ANSI X9.24-3:2017 AES DUKPT arithmetic on raw keys. */
public final class AesDukptCore {

    /** Key usage indicator: initial key. */
    public static final int USAGE_INITIAL = 0x8001;
    /** Key usage indicator: intermediate derivation key. */
    public static final int USAGE_DERIVATION = 0x8000;

    private AesDukptCore() {
    }

    /** @return the X9.24-3 algorithm indicator for a key type */
    public static int algorithmCode(boolean aes, int keyBytes) {
        if (!aes) {
            return keyBytes == 16 ? 0 : 1; // 2TDEA, 3TDEA
        }
        return switch (keyBytes) {
            case 16 -> 2;
            case 24 -> 3;
            default -> 4;
        };
    }

    /**
     * The 16-byte derivation data: 01 | block counter (set later) | usage | algorithm | length in
     * bits | 8 ID bytes.
     */
    public static byte[] derivationData(int usage, int algorithm, int keyBits, byte[] ksn,
            long counter) {
        byte[] d = new byte[16];
        d[0] = 1;
        d[1] = 1;
        d[2] = (byte) (usage >>> 8);
        d[3] = (byte) usage;
        d[4] = (byte) (algorithm >>> 8);
        d[5] = (byte) algorithm;
        d[6] = (byte) (keyBits >>> 8);
        d[7] = (byte) keyBits;
        if (usage == USAGE_INITIAL) {
            System.arraycopy(ksn, 0, d, 8, 8);
        } else {
            System.arraycopy(ksn, 4, d, 8, 4);
            for (int i = 0; i < 4; i++) {
                d[15 - i] = (byte) (counter >>> (8 * i));
            }
        }
        return d;
    }

    /** Derives {@code outBytes} of key from {@code key} by AES-ECB of the derivation data, counter 1, 2, .. */
    public static byte[] derive(byte[] key, byte[] data, int outBytes) {
        JceAes aes = JceAes.perThread().init(true, key);
        byte[] out = new byte[(outBytes + 15) / 16 * 16];
        byte[] d = data.clone();
        for (int i = 0; i * 16 < outBytes; i++) {
            d[1] = (byte) (i + 1);
            aes.processBlock(d, 0, out, i * 16);
        }
        if (out.length == outBytes) {
            return out;
        }
        byte[] r = Arrays.copyOf(out, outBytes);
        Arrays.fill(out, (byte) 0);
        return r;
    }

    /** The initial key from the BDK and the 12-byte KSN (its initial key ID). */
    public static byte[] initialKey(byte[] bdk, byte[] ksn) {
        int alg = algorithmCode(true, bdk.length);
        return derive(bdk, derivationData(USAGE_INITIAL, alg, bdk.length * 8, ksn, 0), bdk.length);
    }

    /** One intermediate derivation step: the child of {@code parent} for {@code counter}. */
    public static byte[] child(byte[] parent, byte[] ksn, long counter) {
        int alg = algorithmCode(true, parent.length);
        return derive(parent, derivationData(USAGE_DERIVATION, alg, parent.length * 8, ksn, counter),
                parent.length);
    }

    /** The transaction (intermediate derivation) key for {@code counter}. */
    public static byte[] transactionKey(byte[] initialKey, byte[] ksn, long counter) {
        byte[] key = initialKey.clone();
        long working = 0;
        for (long bit = 0x80000000L; bit != 0; bit >>>= 1) {
            if ((counter & bit) != 0) {
                working |= bit;
                byte[] next = child(key, ksn, working);
                Arrays.fill(key, (byte) 0);
                key = next;
            }
        }
        return key;
    }

    /** A working key of {@code usage} for the given key type from a transaction key. */
    public static byte[] workingKey(byte[] transactionKey, byte[] ksn, long counter, int usage,
            int algorithm, int keyBytes) {
        return derive(transactionKey, derivationData(usage, algorithm, keyBytes * 8, ksn, counter),
                keyBytes);
    }
}
