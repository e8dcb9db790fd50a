package io.pos4j.terminal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A card's identity for lockout counting, without its number: HMAC-SHA-256 of the PAN under a
 * per-terminal secret salt, truncated to 128 bits. A plain hash of a PAN is reversible by brute
 * force (BIN + Luhn leave about 10^9 candidates), a keyed one is not without the salt.
 *
 * @param hex 32 upper-case hex digits
 */
public record CardKey(String hex) {

    /** Checks the form. */
    public CardKey {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9A-F]{32}")) {
            throw new IllegalArgumentException("card key must be 32 upper-case hex digits");
        }
    }

    /**
     * @param pan  the primary account number (digits)
     * @param salt the terminal's lockout salt (at least 16 bytes)
     * @return the key
     */
    public static CardKey of(CharSequence pan, byte[] salt) {
        Objects.requireNonNull(pan, "pan");
        Objects.requireNonNull(salt, "salt");
        if (salt.length < 16) {
            throw new IllegalArgumentException("salt must have at least 16 bytes, has " + salt.length);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] h = mac.doFinal(pan.toString().getBytes(StandardCharsets.US_ASCII));
            return new CardKey(HexFormat.of().withUpperCase().formatHex(h, 0, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "CardKey[" + hex.substring(0, 8) + "]";
    }
}
