package io.pos4j.pin.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** MAC algorithms on raw keys: ISO 9797-1 algorithms 1 and 3, CMAC, China UnionPay ECB MAC. */
public final class MacCore {

    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private MacCore() {
    }

    /** ISO 9797-1 padding method 1 (zeros; empty data gives one zero block) or 2 (80 00..). */
    public static byte[] pad(byte[] data, int method, int bs) {
        if (method == 2) {
            byte[] out = new byte[(data.length / bs + 1) * bs];
            System.arraycopy(data, 0, out, 0, data.length);
            out[data.length] = (byte) 0x80;
            return out;
        }
        if (data.length == 0) {
            return new byte[bs];
        }
        return Blocks.zeroPad(data, bs);
    }

    /** CBC-MAC (IV 0) of already padded data: the last cipher block. */
    public static byte[] cbcMac(BlockCipher engine, byte[] padded) {
        int bs = engine.getBlockSize();
        byte[] chain = new byte[bs];
        for (int off = 0; off < padded.length; off += bs) {
            for (int i = 0; i < bs; i++) {
                chain[i] ^= padded[off + i];
            }
            engine.processBlock(chain, 0, chain, 0);
        }
        return chain;
    }

    /**
     * ISO 9797-1 MAC algorithm 3 (ANSI X9.19 retail MAC): single-DES CBC under K = key[0..8),
     * then the last block decrypted under K' = key[8..16) and encrypted under K.
     */
    public static byte[] retailMac(BlockCipher kEnc, BlockCipher k2Dec, byte[] padded) {
        byte[] h = cbcMac(kEnc, padded);
        k2Dec.processBlock(h, 0, h, 0);
        kEnc.processBlock(h, 0, h, 0);
        return h;
    }

    /** @return a DES engine keyed with 8 bytes of {@code key} from {@code off} */
    public static BlockCipher des(byte[] key, int off, boolean encrypt) {
        byte[] k = Arrays.copyOfRange(key, off, off + 8);
        try {
            return new FastDes(false).init(encrypt, k);
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    /** NIST SP 800-38B CMAC, full block output. */
    public static byte[] cmac(BlockCipher rawEngine, byte[] key, byte[] data) {
        CMac mac = new CMac(rawEngine);
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    /**
     * China UnionPay POS "ECB" MAC. XOR of all zero-padded blocks, expanded to upper-case hex,
     * E(first half), XOR second half, E again. Returns enc2 (a full block); the caller truncates.
     */
    public static byte[] cupEcbEnc2(BlockCipher enc, byte[] data) {
        int bs = enc.getBlockSize();
        byte[] x = new byte[bs];
        byte[] padded = Blocks.zeroPad(data, bs);
        for (int off = 0; off < padded.length; off += bs) {
            for (int i = 0; i < bs; i++) {
                x[i] ^= padded[off + i];
            }
        }
        byte[] hex = UPPER.formatHex(x).getBytes(StandardCharsets.US_ASCII);
        byte[] block = Arrays.copyOf(hex, bs);
        enc.processBlock(block, 0, block, 0);
        for (int i = 0; i < bs; i++) {
            block[i] ^= hex[bs + i];
        }
        enc.processBlock(block, 0, block, 0);
        return block;
    }

    /** The 8 ASCII bytes carried in DE 64: the first 8 upper-case hex characters of enc2. */
    public static byte[] cupAscii8(byte[] enc2) {
        return UPPER.formatHex(enc2, 0, 4).getBytes(StandardCharsets.US_ASCII);
    }
}
