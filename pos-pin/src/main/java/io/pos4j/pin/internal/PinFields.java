package io.pos4j.pin.internal;

/**
 * ISO 9564-1 PIN and PAN fields as nibbles. Pure functions; validation failures are reported as
 * {@link Failure} codes so that the caller builds the module's exception without any data value.
 */
public final class PinFields {

    /** Why a clear block was refused. */
    public enum Failure {
        /** control field is not the expected format */
        CONTROL,
        /** PIN length nibble outside 4..12 */
        LENGTH,
        /** a PIN nibble is not a decimal digit */
        DIGIT,
        /** fill nibbles do not follow the format's rule */
        FILL
    }

    /** Thrown by the decoders; carries only the failure code. */
    public static final class FieldException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Failure failure;

        FieldException(Failure failure) {
            super(failure.name(), null, false, false);
            this.failure = failure;
        }

        /** @return the failure code */
        public Failure failure() {
            return failure;
        }
    }

    private PinFields() {
    }

    /** @return {@code nibbles} packed two per byte (high nibble first) */
    public static byte[] pack(byte[] nibbles) {
        byte[] out = new byte[nibbles.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((nibbles[2 * i] << 4) | nibbles[2 * i + 1]);
        }
        return out;
    }

    /** @return the nibbles of {@code bytes}, high nibble first */
    public static byte[] unpack(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = (byte) ((bytes[i] >> 4) & 0x0F);
            out[2 * i + 1] = (byte) (bytes[i] & 0x0F);
        }
        return out;
    }

    /**
     * PIN field nibbles: control, length, digits, then {@code fill} (already the right count and
     * range for the format) up to {@code total} nibbles; formats 0-3 use 16, format 4 and the
     * UnionPay SM4 block use 16 + 16 and 32.
     */
    public static byte[] pinField(int control, byte[] digits, byte[] fill, int total) {
        byte[] n = new byte[total];
        n[0] = (byte) control;
        n[1] = (byte) digits.length;
        System.arraycopy(digits, 0, n, 2, digits.length);
        System.arraycopy(fill, 0, n, 2 + digits.length, total - 2 - digits.length);
        byte[] packed = pack(n);
        java.util.Arrays.fill(n, (byte) 0);
        return packed;
    }

    /**
     * ISO 9564-1 format 0/3 PAN field: 0000 followed by the rightmost 12 PAN digits excluding the
     * check digit (left-padded with zeros when the PAN is shorter), in {@code bytes} bytes
     * right-aligned (8 for formats 0 and 3, 16 for the UnionPay SM4 block).
     */
    public static byte[] panField12(byte[] panDigits, int bytes) {
        byte[] n = new byte[bytes * 2];
        int end = panDigits.length - 1; // exclude the check digit
        for (int i = 0; i < 12 && end - 1 - i >= 0; i++) {
            n[n.length - 1 - i] = panDigits[end - 1 - i];
        }
        return pack(n);
    }

    /**
     * ISO 9564-1 format 4 PAN field: M = max(len - 12, 0), then the PAN right-justified in 12 + M
     * digits, zero-padded on the right to 32 nibbles.
     */
    public static byte[] panField4(byte[] panDigits) {
        byte[] n = new byte[32];
        int m = Math.max(panDigits.length - 12, 0);
        n[0] = (byte) m;
        int start = 1 + (12 + m) - panDigits.length;
        System.arraycopy(panDigits, 0, n, start, panDigits.length);
        return pack(n);
    }

    /**
     * Validates a PIN field (after the PAN field was removed) and returns the PIN digits.
     *
     * @param fillRule 0 = any nibble, 0xF = all F, 0xA = all A, 0xA0 = each in A..F
     * @param fillEnd  the nibble index where the checked fill ends (16 or 32)
     */
    public static byte[] parsePinField(byte[] field, int control, int fillRule, int fillEnd)
            throws FieldException {
        byte[] n = unpack(field);
        try {
            if (n[0] != control) {
                throw new FieldException(Failure.CONTROL);
            }
            int len = n[1];
            if (len < 4 || len > 12) {
                throw new FieldException(Failure.LENGTH);
            }
            boolean ok = true;
            for (int i = 0; i < len; i++) {
                ok &= n[2 + i] <= 9;
            }
            if (!ok) {
                throw new FieldException(Failure.DIGIT);
            }
            for (int i = 2 + len; i < fillEnd; i++) {
                int v = n[i];
                ok &= switch (fillRule) {
                    case 0xF -> v == 0xF;
                    case 0xA -> v == 0xA;
                    case 0xA0 -> v >= 0xA;
                    default -> true;
                };
            }
            if (!ok) {
                throw new FieldException(Failure.FILL);
            }
            return java.util.Arrays.copyOfRange(n, 2, 2 + len);
        } finally {
            java.util.Arrays.fill(n, (byte) 0);
        }
    }
}
