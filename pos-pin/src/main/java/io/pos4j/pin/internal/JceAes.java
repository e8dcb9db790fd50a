package io.pos4j.pin.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-ECB through the JDK's own provider ({@code Cipher.getInstance("AES/ECB/NoPadding")}, no
 * provider registration): with AES-NI intrinsics both the key expansion and the block are several
 * times cheaper than Bouncy Castle's {@code AESEngine} (PinBench {@code rekeyAes_*}). Exposed as a
 * {@link BlockCipher} so CMAC and the modes here can use it. Not thread-safe.
 */
public final class JceAes implements BlockCipher {

    private static final ThreadLocal<JceAes> PER_THREAD = ThreadLocal.withInitial(JceAes::new);

    private final Cipher cipher;

    /** A new, uninitialised instance. */
    public JceAes() {
        try {
            cipher = Cipher.getInstance("AES/ECB/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no AES/ECB/NoPadding", e);
        }
    }

    /** @return this thread's instance, for one-shot uses such as DUKPT derivation steps */
    public static JceAes perThread() {
        return PER_THREAD.get();
    }

    /** Keys the cipher with raw bytes (16, 24 or 32). */
    public JceAes init(boolean encrypting, byte[] key) {
        try {
            cipher.init(encrypting ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
            return this;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("AES key rejected", e);
        }
    }

    @Override
    public void init(boolean forEncryption, CipherParameters params) {
        init(forEncryption, ((KeyParameter) params).getKey());
    }

    @Override
    public String getAlgorithmName() {
        return "AES";
    }

    @Override
    public int getBlockSize() {
        return 16;
    }

    @Override
    public int processBlock(byte[] in, int inOff, byte[] out, int outOff) {
        try {
            return cipher.update(in, inOff, 16, out, outOff);
        } catch (ShortBufferException e) {
            throw new IllegalArgumentException("output too short", e);
        }
    }

    @Override
    public void reset() {
    }
}
