package io.pos4j.terminal.internal;

import io.pos4j.terminal.spi.JournalException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts card-data fields of journal records (AES-GCM, 96-bit random IV, 128-bit tag, the record id
 * and field name as associated data so a value cannot be moved to another record). Values are
 * written as {@code enc:} + Base64(IV || ciphertext || tag).
 */
final class FieldCipher {

    static final String PREFIX = "enc:";
    private final SecretKey key;
    private final SecureRandom random;

    FieldCipher(SecretKey key, SecureRandom random) {
        this.key = key;
        this.random = random;
    }

    String encrypt(String id, String field, String value) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            c.updateAAD((id + "/" + field).getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[12 + ct.length];
            System.arraycopy(iv, 0, out, 0, 12);
            System.arraycopy(ct, 0, out, 12, ct.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new JournalException("cannot protect field " + field + " of " + id, e);
        }
    }

    String decrypt(String id, String field, String value) {
        try {
            byte[] in = Base64.getDecoder().decode(value.substring(PREFIX.length()));
            if (in.length < 12 + 16) {
                throw new JournalException("protected field " + field + " of " + id + " is too short");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            c.updateAAD((id + "/" + field).getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new JournalException("cannot read protected field " + field + " of " + id
                    + " (wrong journal data key?)", e);
        }
    }
}
