package io.pos4j.pin.internal;

import java.util.Arrays;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Block cipher primitives on raw keys, one engine per primitive chosen by measurement (PinBench
 * {@code rekey*}; DUKPT re-keys on every step): DES/TDES use {@link FastDes} (table-driven key
 * schedule on Bouncy Castle's round function), AES uses the JDK ({@link JceAes}, AES-NI), SM4 uses
 * Bouncy Castle's {@code SM4Engine} (the JDK has none).
 */
public final class Blocks {

    /** The cipher families this module knows. */
    public enum Kind {
        /** single DES, 8-byte key */
        DES(8),
        /** two- or three-key TDES (EDE), 16- or 24-byte key */
        TDES(8),
        /** AES, 16/24/32-byte key */
        AES(16),
        /** SM4 (GB/T 32907), 16-byte key */
        SM4(16);

        private final int blockSize;

        Kind(int blockSize) {
            this.blockSize = blockSize;
        }

        /** @return the block size in bytes */
        public int blockSize() {
            return blockSize;
        }
    }

    private Blocks() {
    }

    /** @return an engine of {@code kind} initialised with {@code key} for one direction */
    public static BlockCipher engine(Kind kind, byte[] key, boolean encrypt) {
        if (kind == Kind.DES || kind == Kind.TDES) {
            return new FastDes(kind == Kind.TDES).init(encrypt, key);
        }
        if (kind == Kind.AES) {
            return new JceAes().init(encrypt, key);
        }
        BlockCipher engine = newEngine(kind);
        KeyParameter param = new KeyParameter(key);
        engine.init(encrypt, param);
        Arrays.fill(param.getKey(), (byte) 0);
        return engine;
    }

    /** @return an uninitialised engine of {@code kind} */
    public static BlockCipher newEngine(Kind kind) {
        return switch (kind) {
            case DES -> new FastDes(false);
            case TDES -> new FastDes(true);
            case AES -> new JceAes();
            case SM4 -> new SM4Engine();
        };
    }

    /** ECB over whole blocks; {@code in.length} must be a multiple of the block size. */
    public static byte[] ecb(BlockCipher engine, byte[] in) {
        int bs = engine.getBlockSize();
        byte[] out = new byte[in.length];
        for (int off = 0; off < in.length; off += bs) {
            engine.processBlock(in, off, out, off);
        }
        return out;
    }

    /** One-shot ECB encryption or decryption under a raw key. */
    public static byte[] ecb(Kind kind, byte[] key, boolean encrypt, byte[] in) {
        if (kind == Kind.AES) {
            return ecb(JceAes.perThread().init(encrypt, key), in);
        }
        return ecb(engine(kind, key, encrypt), in);
    }

    /** An initialised engine for immediate one-shot use (AES: the thread's shared instance). */
    public static BlockCipher oneShot(Kind kind, byte[] key, boolean encrypt) {
        return kind == Kind.AES ? JceAes.perThread().init(encrypt, key) : engine(kind, key, encrypt);
    }

    /**
     * An uninitialised engine for immediate one-shot use (such as one CMAC): for AES the calling
     * thread's shared instance, so it must not be kept or interleaved with another AES use.
     */
    public static BlockCipher oneShotEngine(Kind kind) {
        return kind == Kind.AES ? JceAes.perThread() : newEngine(kind);
    }

    /** CBC with a zero IV over whole blocks. */
    public static byte[] cbc(BlockCipher engine, boolean encrypt, byte[] in) {
        int bs = engine.getBlockSize();
        byte[] out = new byte[in.length];
        byte[] chain = new byte[bs];
        byte[] tmp = new byte[bs];
        for (int off = 0; off < in.length; off += bs) {
            if (encrypt) {
                for (int i = 0; i < bs; i++) {
                    tmp[i] = (byte) (in[off + i] ^ chain[i]);
                }
                engine.processBlock(tmp, 0, out, off);
                System.arraycopy(out, off, chain, 0, bs);
            } else {
                engine.processBlock(in, off, tmp, 0);
                for (int i = 0; i < bs; i++) {
                    out[off + i] = (byte) (tmp[i] ^ chain[i]);
                }
                System.arraycopy(in, off, chain, 0, bs);
            }
        }
        return out;
    }

    /** @return {@code data} zero-padded to a whole number of blocks (at least the input length) */
    public static byte[] zeroPad(byte[] data, int bs) {
        int len = (data.length + bs - 1) / bs * bs;
        return len == data.length ? data.clone() : Arrays.copyOf(data, len);
    }

    /** XORs {@code b} into {@code a} in place over {@code a.length} bytes. */
    public static void xorInto(byte[] a, byte[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] ^= b[i];
        }
    }
}
