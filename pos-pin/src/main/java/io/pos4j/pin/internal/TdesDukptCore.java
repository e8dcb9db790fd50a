package io.pos4j.pin.internal;

import java.util.Arrays;

/** ANSI X9.24-1:2009 TDES DUKPT arithmetic on raw 16-byte keys. */
public final class TdesDukptCore {

    /** Variant masks (X9.24-1:2009 A.3 and X9.24-1 Table in A.6 for MAC/data). */
    public enum Variant {
        /** PIN encryption: XOR bytes 7 and 15 with FF */
        PIN(7),
        /** MAC, request: bytes 6 and 14 */
        MAC_REQUEST(6),
        /** MAC, response: bytes 4 and 12 */
        MAC_RESPONSE(4),
        /** data, request: bytes 5 and 13, then the one-way function */
        DATA_REQUEST(5),
        /** data, response: bytes 3 and 11, then the one-way function */
        DATA_RESPONSE(3);

        private final int index;

        Variant(int index) {
            this.index = index;
        }
    }

    private static final byte[] C0 = {(byte) 0xC0, (byte) 0xC0, (byte) 0xC0, (byte) 0xC0, 0, 0, 0, 0,
        (byte) 0xC0, (byte) 0xC0, (byte) 0xC0, (byte) 0xC0, 0, 0, 0, 0};

    private TdesDukptCore() {
    }

    /** IPEK from a 16-byte BDK and a 10-byte KSN (counter bits are cleared here). */
    public static byte[] ipek(byte[] bdk, byte[] ksn) {
        byte[] data = Arrays.copyOf(ksn, 8);
        data[7] &= (byte) 0xE0;
        byte[] out = new byte[16];
        FastDes e = new FastDes(true).init(true, bdk);
        e.processBlock(data, 0, out, 0);
        byte[] masked = bdk.clone();
        for (int i = 0; i < 16; i++) {
            masked[i] ^= C0[i];
        }
        e.init(true, masked);
        e.processBlock(data, 0, out, 8);
        Arrays.fill(masked, (byte) 0);
        return out;
    }

    /** The rightmost 8 KSN bytes with the 21 counter bits replaced by {@code counter}. */
    public static long ksnRegister(byte[] ksn, long counter) {
        long r = 0;
        for (int i = 2; i < 10; i++) {
            r = (r << 8) | (ksn[i] & 0xFF);
        }
        return (r & ~0x1FFFFFL) | counter;
    }

    /** Non-reversible key generation process (X9.24-1 A.2): a new key from {@code key} and data. */
    public static byte[] nrkgp(byte[] key, long data) {
        byte[] out = new byte[16];
        half(key, data, out, 8, false);
        half(key, data, out, 0, true);
        return out;
    }

    private static void half(byte[] key, long data, byte[] out, int off, boolean masked) {
        byte[] kl = new byte[8];
        long kr = 0;
        for (int i = 0; i < 8; i++) {
            kl[i] = (byte) (key[i] ^ (masked ? C0[i] : 0));
            kr = (kr << 8) | ((key[8 + i] ^ (masked ? C0[8 + i] : 0)) & 0xFF);
        }
        long m = data ^ kr;
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) m;
            m >>>= 8;
        }
        FastDes.crypt(FastDes.workingKey(kl, 0, true), b, 0, b, 0);
        for (int i = 0; i < 8; i++) {
            out[off + i] = (byte) (b[i] ^ (kr >>> (56 - 8 * i)));
        }
        Arrays.fill(kl, (byte) 0);
    }

    /** The transaction (future) key for the KSN's counter, walking its set bits from the IPEK. */
    public static byte[] transactionKey(byte[] ipek, byte[] ksn, long counter) {
        byte[] key = ipek.clone();
        long reg = ksnRegister(ksn, 0);
        for (long bit = 0x100000; bit != 0; bit >>>= 1) {
            if ((counter & bit) != 0) {
                reg |= bit;
                byte[] next = nrkgp(key, reg);
                Arrays.fill(key, (byte) 0);
                key = next;
            }
        }
        return key;
    }

    /** Applies a variant (and, for data keys, the one-way function) to a transaction key. */
    public static byte[] variant(byte[] transactionKey, Variant v) {
        byte[] k = transactionKey.clone();
        k[v.index] ^= (byte) 0xFF;
        k[v.index + 8] ^= (byte) 0xFF;
        if (v == Variant.DATA_REQUEST || v == Variant.DATA_RESPONSE) {
            FastDes e = new FastDes(true).init(true, k);
            byte[] out = new byte[16];
            e.processBlock(k, 0, out, 0);
            e.processBlock(k, 8, out, 8);
            Arrays.fill(k, (byte) 0);
            return out;
        }
        return k;
    }
}
