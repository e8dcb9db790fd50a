package io.pos4j.pin.internal;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * DES and TDES (EDE) with a table-driven key schedule on top of Bouncy Castle's DES round
 * function. DUKPT re-keys DES on every step, and Bouncy Castle's bit-by-bit key schedule costs
 * 1.5-2 us per DES key on this project's machines (4 us per TDES key); the DES working key is a
 * bit selection of the key bits, so it is the XOR of per-nibble contributions, computed here once
 * from Bouncy Castle's own {@code generateWorkingKey} and combined with 16 table lookups per key.
 * The block function is Bouncy Castle's {@code desFunc}; tests compare both for random keys.
 */
public final class FastDes implements BlockCipher {

    /** Gives access to DESEngine's protected key schedule and round function. */
    private static final class Core extends DESEngine {
        int[] schedule(boolean encrypting, byte[] key) {
            return generateWorkingKey(encrypting, key);
        }

        void crypt(int[] wk, byte[] in, int inOff, byte[] out, int outOff) {
            desFunc(wk, in, inOff, out, outOff);
        }
    }

    private static final Core CORE = new Core();
    /** [encrypting ? 0 : 1][nibble position 0..15][nibble value] -> working key contribution */
    private static final int[][][][] TABLE = new int[2][16][16][];

    static {
        for (int dir = 0; dir < 2; dir++) {
            for (int p = 0; p < 16; p++) {
                for (int v = 0; v < 16; v++) {
                    byte[] k = new byte[8];
                    k[p / 2] = (byte) (p % 2 == 0 ? v << 4 : v);
                    TABLE[dir][p][v] = CORE.schedule(dir == 0, k);
                }
            }
        }
    }

    private final boolean triple;
    private int[] wk1;
    private int[] wk2;
    private int[] wk3;

    /** @param triple TDES (16- or 24-byte keys) rather than single DES */
    public FastDes(boolean triple) {
        this.triple = triple;
    }

    /** The DES working key for 8 key bytes at {@code off} (parity bits ignored). */
    public static int[] workingKey(byte[] key, int off, boolean encrypting) {
        int[][][] t = TABLE[encrypting ? 0 : 1];
        int[] wk = new int[32];
        for (int i = 0; i < 8; i++) {
            int b = key[off + i] & 0xFF;
            int[] hi = t[2 * i][b >>> 4];
            int[] lo = t[2 * i + 1][b & 0x0F];
            for (int j = 0; j < 32; j++) {
                wk[j] ^= hi[j] ^ lo[j];
            }
        }
        return wk;
    }

    /** Encrypts or decrypts one block with a working key from {@link #workingKey}. */
    public static void crypt(int[] wk, byte[] in, int inOff, byte[] out, int outOff) {
        CORE.crypt(wk, in, inOff, out, outOff);
    }

    /** Keys this cipher from raw bytes: 8 for DES, 16 or 24 for TDES. */
    public FastDes init(boolean encrypting, byte[] key) {
        if (!triple) {
            if (key.length != 8) {
                throw new IllegalArgumentException("DES key must be 8 bytes");
            }
            wk1 = workingKey(key, 0, encrypting);
            return this;
        }
        if (key.length != 16 && key.length != 24) {
            throw new IllegalArgumentException("TDES key must be 16 or 24 bytes");
        }
        int off3 = key.length == 24 ? 16 : 0;
        if (encrypting) {
            wk1 = workingKey(key, 0, true);
            wk2 = workingKey(key, 8, false);
            wk3 = workingKey(key, off3, true);
        } else {
            wk1 = workingKey(key, off3, false);
            wk2 = workingKey(key, 8, true);
            wk3 = workingKey(key, 0, false);
        }
        return this;
    }

    @Override
    public void init(boolean forEncryption, CipherParameters params) {
        init(forEncryption, ((KeyParameter) params).getKey());
    }

    @Override
    public String getAlgorithmName() {
        return triple ? "DESede" : "DES";
    }

    @Override
    public int getBlockSize() {
        return 8;
    }

    @Override
    public int processBlock(byte[] in, int inOff, byte[] out, int outOff) {
        if (wk1 == null) {
            throw new IllegalStateException("not initialised");
        }
        if (!triple) {
            CORE.crypt(wk1, in, inOff, out, outOff);
            return 8;
        }
        // desFunc reads the whole block before writing, so in place is safe
        CORE.crypt(wk1, in, inOff, out, outOff);
        CORE.crypt(wk2, out, outOff, out, outOff);
        CORE.crypt(wk3, out, outOff, out, outOff);
        return 8;
    }

    @Override
    public void reset() {
    }
}
