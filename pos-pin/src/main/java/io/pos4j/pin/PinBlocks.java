package io.pos4j.pin;

import io.pos4j.pin.internal.Blocks;
import io.pos4j.pin.internal.PinFields;
import java.util.Arrays;
import java.util.Objects;

/**
 * Entry point for ISO 9564-1 PIN blocks (formats 0, 1, 2, 3, 4) and the UnionPay SM4 block:
 * ciphers bound to a key, clear encoding for tools and tests, and PIN translation.
 *
 * <pre>{@code
 * PinBlockCipher cipher = PinBlocks.cipher(pik, PinBlockFormat.ISO_0);
 * byte[] block = cipher.encrypt(pin, "4012345678909");
 * }</pre>
 */
public final class PinBlocks {

    private PinBlocks() {
    }

    /**
     * A cipher for {@code format} under {@code key}, with fill from a shared {@code SecureRandom}.
     *
     * @throws PinException {@link PinException.Reason#KEY_USAGE} unless {@code key} is a
     *                      {@link KeyUsage#PIN_ENCRYPTION} key of the format's algorithm (DES or
     *                      TDES for formats 0-3, AES for 4, SM4 for {@code CUP_SM4})
     */
    public static PinBlockCipher cipher(KeyHandle key, PinBlockFormat format) {
        return cipher(key, format, PinFill.random());
    }

    /** As {@link #cipher(KeyHandle, PinBlockFormat)} with an explicit fill source. */
    public static PinBlockCipher cipher(KeyHandle key, PinBlockFormat format, PinFill fill) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fill, "fill");
        String op = "PIN block format " + format.code();
        key.requireUsage(op, KeyUsage.PIN_ENCRYPTION);
        key.requireAlgorithm(op, algorithmsFor(format));
        return new PinBlockCipherImpl(key, format, fill);
    }

    /**
     * Re-encrypts a PIN block under another key and possibly another format, without handing the
     * clear PIN to the caller (it is wiped before this method returns).
     *
     * @param from    the cipher the block is encrypted under
     * @param block   the encrypted block
     * @param pan     the PAN the block is bound to ({@code null} for formats 1 and 2)
     * @param to      the cipher to re-encrypt under
     * @param toPan   the PAN for the new block (usually the same)
     * @return the new encrypted block
     * @throws PinException {@link PinException.Reason#INVALID_PIN_BLOCK} when the input does not
     *                      decrypt to a valid block
     */
    public static byte[] translate(PinBlockCipher from, byte[] block, String pan,
            PinBlockCipher to, String toPan) {
        Objects.requireNonNull(to, "to");
        try (Pin pin = Objects.requireNonNull(from, "from").decrypt(block, pan)) {
            return to.encrypt(pin, toPan);
        }
    }

    /**
     * The clear block of {@code format} (for format 4 the PIN field) for tools and test vectors.
     * SENSITIVE: it reveals the PIN.
     */
    public static byte[] encodeClear(PinBlockFormat format, Pin pin, String pan, PinFill fill) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(fill, "fill");
        byte[] d = pin.digits();
        return switch (format) {
            case ISO_0 -> xor(PinFields.pinField(0, d, fNibbles(16), 16), panField(format, pan));
            case ISO_1 -> PinFields.pinField(1, d, fill.nibbles(14 - d.length, false, format), 16);
            case ISO_2 -> PinFields.pinField(2, d, fNibbles(16), 16);
            case ISO_3 -> xor(PinFields.pinField(3, d, fill.nibbles(14 - d.length, true, format), 16),
                    panField(format, pan));
            case ISO_4 -> {
                byte[] rnd = fill.nibbles(16, false, format);
                byte[] f = new byte[30];
                Arrays.fill(f, (byte) 0xA);
                System.arraycopy(rnd, 0, f, 14 - d.length, 16);
                yield PinFields.pinField(4, d, f, 32);
            }
            case CUP_SM4 -> xor(PinFields.pinField(0, d, fNibbles(32), 32), panField(format, pan));
        };
    }

    /**
     * Reads the PIN from a clear block (for format 4: from the clear PIN field; {@code pan} is not
     * needed then).
     *
     * @throws PinException {@link PinException.Reason#INVALID_PIN_BLOCK} when the block breaks the
     *                      format's rules
     */
    public static Pin decodeClear(PinBlockFormat format, byte[] clear, String pan) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(clear, "clear");
        int expected = format == PinBlockFormat.ISO_4 ? 16 : format.blockLength();
        if (clear.length != expected) {
            throw new PinException(PinException.Reason.INVALID_PIN_BLOCK, "clear PIN block: "
                    + clear.length + " bytes (expected " + expected + ")");
        }
        byte[] field = switch (format) {
            case ISO_0, ISO_3, CUP_SM4 -> xor(clear.clone(), panField(format, pan));
            default -> clear.clone();
        };
        try {
            byte[] digits = switch (format) {
                case ISO_0 -> PinFields.parsePinField(field, 0, 0xF, 16);
                case ISO_1 -> PinFields.parsePinField(field, 1, 0, 16);
                case ISO_2 -> PinFields.parsePinField(field, 2, 0xF, 16);
                case ISO_3 -> PinFields.parsePinField(field, 3, 0xA0, 16);
                case ISO_4 -> PinFields.parsePinField(field, 4, 0xA, 16);
                case CUP_SM4 -> PinFields.parsePinField(field, 0, 0xF, 32);
            };
            return Pin.adopt(digits);
        } catch (PinFields.FieldException e) {
            throw new PinException(PinException.Reason.INVALID_PIN_BLOCK, "PIN block format "
                    + format.code() + ": " + describe(e.failure())
                    + (format.usesPan() ? " (wrong key or PAN?)" : " (wrong key?)"));
        } finally {
            Arrays.fill(field, (byte) 0);
        }
    }

    /**
     * The PAN field the format XORs in: formats 0 and 3 (8 bytes), {@code CUP_SM4} (16 bytes),
     * format 4 (16 bytes). Not sensitive beyond the PAN itself.
     *
     * @throws PinException {@link PinException.Reason#INVALID_PAN} for a bad PAN, or
     *                      {@link PinException.Reason#INVALID_ARGUMENT} for formats 1 and 2
     */
    public static byte[] panField(PinBlockFormat format, String pan) {
        byte[] digits = panDigits(pan);
        return switch (format) {
            case ISO_0, ISO_3 -> PinFields.panField12(digits, 8);
            case CUP_SM4 -> PinFields.panField12(digits, 16);
            case ISO_4 -> PinFields.panField4(digits);
            default -> throw new PinException(PinException.Reason.INVALID_ARGUMENT,
                    "PIN block format " + format.code() + " has no PAN field");
        };
    }

    static byte[] panDigits(String pan) {
        if (pan == null) {
            throw new PinException(PinException.Reason.INVALID_PAN, "PAN: missing");
        }
        int n = pan.length();
        if (n < 1 || n > 19) {
            throw new PinException(PinException.Reason.INVALID_PAN,
                    "PAN: " + n + " digits (expected 1 to 19)");
        }
        byte[] d = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = pan.charAt(i);
            if (c < '0' || c > '9') {
                throw new PinException(PinException.Reason.INVALID_PAN,
                        "PAN: not a decimal digit at position " + i);
            }
            d[i] = (byte) (c - '0');
        }
        return d;
    }

    static KeyAlgorithm[] algorithmsFor(PinBlockFormat format) {
        return switch (format) {
            case ISO_4 -> new KeyAlgorithm[] {KeyAlgorithm.AES};
            case CUP_SM4 -> new KeyAlgorithm[] {KeyAlgorithm.SM4};
            default -> new KeyAlgorithm[] {KeyAlgorithm.TDES, KeyAlgorithm.DES};
        };
    }

    private static String describe(PinFields.Failure f) {
        return switch (f) {
            case CONTROL -> "control field does not match the format";
            case LENGTH -> "PIN length outside 4 to 12";
            case DIGIT -> "PIN digit outside 0-9";
            case FILL -> "fill does not follow the format's rule";
        };
    }

    private static byte[] fNibbles(int n) {
        byte[] f = new byte[n];
        Arrays.fill(f, (byte) 0xF);
        return f;
    }

    static byte[] xor(byte[] a, byte[] b) {
        Blocks.xorInto(a, b);
        return a;
    }
}
