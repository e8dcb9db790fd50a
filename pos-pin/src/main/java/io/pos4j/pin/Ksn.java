package io.pos4j.pin;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A DUKPT key serial number: 10 bytes for TDES DUKPT (ANSI X9.24-1: key set ID and device ID in
 * 59 bits, a 21-bit transaction counter) or 12 bytes for AES DUKPT (ANSI X9.24-3: an 8-byte initial
 * key ID and a 32-bit counter). Not secret; immutable.
 */
public final class Ksn {

    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private final byte[] bytes;

    private Ksn(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes 10 (TDES) or 12 (AES) bytes, copied
     * @throws PinException {@link PinException.Reason#INVALID_KSN} for another length
     */
    public static Ksn of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != 10 && bytes.length != 12) {
            throw new PinException(PinException.Reason.INVALID_KSN, "KSN: " + bytes.length
                    + " bytes (expected 10 for TDES or 12 for AES DUKPT)");
        }
        return new Ksn(bytes.clone());
    }

    /**
     * @param hex 20 or 24 hex digits
     * @throws PinException {@link PinException.Reason#INVALID_KSN} when not hex of that length
     */
    public static Ksn parse(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() % 2 != 0) {
            throw new PinException(PinException.Reason.INVALID_KSN, "KSN: odd number of hex digits");
        }
        try {
            return of(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new PinException(PinException.Reason.INVALID_KSN, "KSN: not hex");
        }
    }

    /** @return whether this is an AES DUKPT KSN (12 bytes) */
    public boolean isAes() {
        return bytes.length == 12;
    }

    /** @return the transaction counter: the low 21 bits (TDES) or the last 4 bytes (AES) */
    public long counter() {
        if (isAes()) {
            return ((bytes[8] & 0xFFL) << 24) | ((bytes[9] & 0xFF) << 16) | ((bytes[10] & 0xFF) << 8)
                    | (bytes[11] & 0xFF);
        }
        return ((bytes[7] & 0x1FL) << 16) | ((bytes[8] & 0xFF) << 8) | (bytes[9] & 0xFF);
    }

    /** @return a KSN with the same key set and device, and {@code counter} */
    public Ksn withCounter(long counter) {
        byte[] b = bytes.clone();
        if (isAes()) {
            if (counter < 0 || counter > 0xFFFFFFFFL) {
                throw new PinException(PinException.Reason.INVALID_KSN, "AES KSN counter out of range");
            }
            for (int i = 0; i < 4; i++) {
                b[11 - i] = (byte) (counter >>> (8 * i));
            }
        } else {
            if (counter < 0 || counter > 0x1FFFFFL) {
                throw new PinException(PinException.Reason.INVALID_KSN, "TDES KSN counter out of range");
            }
            b[7] = (byte) ((b[7] & 0xE0) | (counter >>> 16));
            b[8] = (byte) (counter >>> 8);
            b[9] = (byte) counter;
        }
        return new Ksn(b);
    }

    /** @return a copy of the bytes */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    byte[] raw() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ksn k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** @return the KSN in upper-case hex (a KSN is not secret) */
    @Override
    public String toString() {
        return UPPER.formatHex(bytes);
    }
}
