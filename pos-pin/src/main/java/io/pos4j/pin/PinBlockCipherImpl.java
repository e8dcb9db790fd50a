package io.pos4j.pin;

import java.util.Arrays;
import org.bouncycastle.crypto.BlockCipher;
import io.pos4j.pin.internal.Blocks;
import io.pos4j.pin.internal.JceAes;

/** The PIN block cipher: engines keyed once, used under a lock (BC engines are not thread-safe). */
final class PinBlockCipherImpl implements PinBlockCipher {

    private final KeyHandle key;
    private final PinBlockFormat format;
    private final PinFill fill;
    private BlockCipher encEngine; // keyed lazily: a host that only decrypts never pays for the other schedule
    private BlockCipher decEngine;

    PinBlockCipherImpl(KeyHandle key, PinBlockFormat format, PinFill fill) {
        this.key = key;
        this.format = format;
        this.fill = fill;
        key.material(); // fails now if the key is already destroyed
    }

    /**
     * AES: the thread's JDK cipher re-keyed per call (AES-NI makes that ~100 ns, cheaper than
     * creating a Cipher); DES/TDES/SM4: engines keyed once, lazily.
     */
    private BlockCipher engine(boolean encrypt, byte[] m) {
        if (key.algorithm() == KeyAlgorithm.AES) {
            return JceAes.perThread().init(encrypt, m);
        }
        if (encrypt) {
            if (encEngine == null) {
                encEngine = Blocks.engine(key.kind(), m, true);
            }
            return encEngine;
        }
        if (decEngine == null) {
            decEngine = Blocks.engine(key.kind(), m, false);
        }
        return decEngine;
    }

    @Override
    public PinBlockFormat format() {
        return format;
    }

    @Override
    public byte[] encrypt(Pin pin, String pan) {
        byte[] clear = PinBlocks.encodeClear(format, pin, pan, fill);
        try {
            synchronized (this) {
                byte[] m = key.material(); // fails once destroyed
                BlockCipher enc = engine(true, m);
                if (format == PinBlockFormat.ISO_4) {
                    byte[] panField = PinBlocks.panField(format, pan);
                    byte[] a = Blocks.ecb(enc, clear);
                    Blocks.xorInto(a, panField);
                    return Blocks.ecb(enc, a);
                }
                return Blocks.ecb(enc, clear);
            }
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    @Override
    public byte[] decryptToClearBlock(byte[] block, String pan) {
        if (block == null || block.length != format.blockLength()) {
            throw new PinException(PinException.Reason.INVALID_PIN_BLOCK, "PIN block format "
                    + format.code() + ": " + (block == null ? "missing" : block.length + " bytes")
                    + " (expected " + format.blockLength() + ")");
        }
        byte[] panField = format == PinBlockFormat.ISO_4 ? PinBlocks.panField(format, pan) : null;
        synchronized (this) {
            byte[] m = key.material();
            BlockCipher dec = engine(false, m);
            byte[] b = Blocks.ecb(dec, block);
            if (panField == null) {
                return b;
            }
            Blocks.xorInto(b, panField);
            byte[] p = Blocks.ecb(dec, b);
            Arrays.fill(b, (byte) 0);
            return p;
        }
    }

    @Override
    public Pin decrypt(byte[] block, String pan) {
        byte[] clear = decryptToClearBlock(block, pan);
        try {
            return PinBlocks.decodeClear(format, clear, pan);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    @Override
    public boolean verify(byte[] block, String pan, Pin expected) {
        try (Pin pin = decrypt(block, pan)) {
            return pin.matches(expected);
        }
    }

    @Override
    public String toString() {
        return "PinBlockCipher[format " + format.code() + ", " + key + "]";
    }

}
