package io.pos4j.iso8583.internal;

import io.pos4j.iso8583.IsoParseException.Reason;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.LengthUnit;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes one field per its {@link FieldSpec}. Decoding is split in two: {@link #scan}
 * validates the prefix and the content and returns where the field ends (no allocation); the
 * value is materialised later, on demand.
 */
public final class FieldCodec {

    private FieldCodec() {
    }

    // --- decoding -------------------------------------------------------------------------------

    /** @return bytes of the field's length prefix */
    public static int prefixBytes(FieldSpec f) {
        return f.isFixed() ? 0 : f.lengthEncoding().prefixBytes(f.lengthType());
    }

    /**
     * Validates the field at {@code pos} and returns the offset just after it.
     *
     * @param number  the field number (its path in errors, built only when one is thrown)
     * @param maxWire the largest content accepted on the wire ({@code DecodeLimits.maxFieldBytes})
     */
    public static int scan(FieldSpec f, int number, byte[] b, int pos, int end, int maxWire) {
        int units;
        int start = pos;
        if (f.isFixed()) {
            units = f.length();
        } else {
            int pb = prefixBytes(f);
            if (end - pos < pb) {
                throw Wire.truncated(Integer.toString(number), pb == 1 ? "length byte" : "length bytes", pb, pos, end - pos);
            }
            units = readPrefix(f, b, pos);
            if (units < 0) {
                throw Wire.error(Reason.BAD_LENGTH, Integer.toString(number), pos, "length prefix is not " + f.lengthType().digits()
                        + " " + f.lengthEncoding() + " digits");
            }
            if (units > f.length()) {
                throw Wire.error(Reason.BAD_LENGTH, Integer.toString(number), pos, "length " + units + " exceeds maximum " + f.length());
            }
            start = pos + pb;
        }
        int wire = wireLength(f, units);
        if (wire < 0) {
            throw Wire.error(Reason.BAD_LENGTH, Integer.toString(number), pos, "length " + units + " is odd but counts hex characters");
        }
        if (wire > maxWire) {
            throw Wire.error(Reason.LIMIT_EXCEEDED, Integer.toString(number), pos, wire + " bytes exceed the limit maxFieldBytes="
                    + maxWire);
        }
        if (end - start < wire) {
            throw Wire.truncated(Integer.toString(number), "bytes", wire, start, end - start);
        }
        validate(f, number, b, start, wire, units);
        return start + wire;
    }

    /** @return the length announced by the prefix at {@code pos}, or -1 when it is not a number */
    public static int readPrefix(FieldSpec f, byte[] b, int pos) {
        int d = f.lengthType().digits();
        LengthEncoding e = f.lengthEncoding();
        int v = 0;
        switch (e) {
            case ASCII -> {
                for (int i = 0; i < d; i++) {
                    int c = b[pos + i] - '0';
                    if (c < 0 || c > 9) {
                        return -1;
                    }
                    v = v * 10 + c;
                }
            }
            case EBCDIC -> {
                for (int i = 0; i < d; i++) {
                    int c = Ebcdic.digit(b[pos + i]);
                    if (c < 0) {
                        return -1;
                    }
                    v = v * 10 + c;
                }
            }
            case BCD -> {
                int n = (d + 1) / 2;
                for (int i = 0; i < n; i++) {
                    int hi = (b[pos + i] >> 4) & 0xF;
                    int lo = b[pos + i] & 0xF;
                    if (hi > 9 || lo > 9) {
                        return -1;
                    }
                    v = v * 100 + hi * 10 + lo;
                }
            }
            case BINARY -> {
                v = d <= 2 ? b[pos] & 0xFF : (b[pos] & 0xFF) << 8 | (b[pos + 1] & 0xFF);
            }
            default -> throw new IllegalStateException();
        }
        return v;
    }

    /** @return wire bytes of content holding {@code units}, or -1 when impossible (odd hex) */
    public static int wireLength(FieldSpec f, int units) {
        if (f.unit() == LengthUnit.WIRE) {
            return f.encoding() == FieldEncoding.HEX_ASCII && units % 2 != 0 ? -1 : units;
        }
        return switch (f.encoding()) {
            case BCD -> f.type() == ContentType.XN ? 1 + units / 2 : (units + 1) / 2;
            case HEX_ASCII -> units * 2;
            default -> units;
        };
    }

    /** @return the value's length in units given its wire length (for WIRE-unit fields) */
    static int digitsOnWire(FieldSpec f, int wire) {
        return f.type() == ContentType.XN ? 1 + 2 * (wire - 1) : 2 * wire;
    }

    /** bytes whose two nibbles are both decimal digits */
    static final boolean[] BCD_PAIR = new boolean[256];

    /** 0..99 as one packed BCD byte */
    static final byte[] BCD_OF = new byte[100];

    /** bytes whose two nibbles are digits or the track separator D */
    static final boolean[] TRACK_PAIR = new boolean[256];

    static {
        for (int i = 0; i < 256; i++) {
            BCD_PAIR[i] = (i >> 4) <= 9 && (i & 0xF) <= 9;
            TRACK_PAIR[i] = ((i >> 4) <= 9 || (i >> 4) == 0xD) && ((i & 0xF) <= 9 || (i & 0xF) == 0xD);
        }
        for (int i = 0; i < 100; i++) {
            BCD_OF[i] = (byte) ((i / 10) << 4 | i % 10);
        }
    }

    static void validate(FieldSpec f, int number, byte[] b, int start, int wire, int units) {
        ContentType t = f.type();
        switch (f.encoding()) {
            case BCD -> {
                int off = start;
                int digits = f.unit() == LengthUnit.WIRE ? digitsOnWire(f, wire) : units;
                if (t == ContentType.XN) {
                    if (digits < 1) {
                        // a variable x+n field announcing no units (or no bytes) has no sign to read
                        throw Wire.error(Reason.BAD_LENGTH, Integer.toString(number), off,
                                "x+n value needs the sign, length is 0");
                    }
                    if (b[off] != 'C' && b[off] != 'D' && (b[off] < '0' || b[off] > '9')) {
                        throw Wire.error(Reason.BAD_CHARACTER, Integer.toString(number), off,
                                "amount sign is not C, D or a digit");
                    }
                    off++;
                    digits--;
                }
                int end = start + wire;
                boolean odd = (end - off) * 2 != digits;
                // whole bytes of two digits (or separators for z) through a table; the pad byte on its own
                boolean track = t == ContentType.Z;
                boolean[] pair = track ? TRACK_PAIR : BCD_PAIR;
                String expected = track ? "nibble is not a digit or the separator D" : "nibble is not a digit";
                int from = odd && f.padding().isLeft() ? off + 1 : off;
                int to = odd && !f.padding().isLeft() ? end - 1 : end;
                for (int i = from; i < to; i++) {
                    if (!pair[b[i] & 0xFF]) {
                        throw Wire.error(Reason.BAD_BCD, Integer.toString(number), i, expected);
                    }
                }
                if (odd) {
                    int at = f.padding().isLeft() ? off : end - 1;
                    int v = b[at] & 0xFF;
                    int pad = f.padding().isLeft() ? v >> 4 : v & 0xF;
                    int digit = f.padding().isLeft() ? v & 0xF : v >> 4;
                    if (pad != 0 && pad != 0xF) {
                        throw Wire.error(Reason.BAD_BCD, Integer.toString(number), at, "pad nibble is not 0 or F");
                    }
                    if (digit > 9 && !(track && digit == 0xD)) {
                        throw Wire.error(Reason.BAD_BCD, Integer.toString(number), at, expected);
                    }
                }
            }
            case ASCII, EBCDIC -> {
                if (t == ContentType.N && f.encoding() == FieldEncoding.ASCII) {
                    int bad = Swar.firstNonDigit(b, start, start + wire);
                    if (bad >= 0) {
                        throw Wire.error(Reason.BAD_CHARACTER, Integer.toString(number), bad,
                                "character is not allowed in n content");
                    }
                } else if (t == ContentType.N || t == ContentType.XN || t == ContentType.Z) {
                    boolean ebcdic = f.encoding() == FieldEncoding.EBCDIC;
                    for (int i = 0; i < wire; i++) {
                        int c = ebcdic ? Ebcdic.TO_CHAR[b[start + i] & 0xFF] : b[start + i] & 0xFF;
                        boolean ok = c >= '0' && c <= '9'
                                || t == ContentType.XN && i == 0 && (c == 'C' || c == 'D')
                                || t == ContentType.Z && (c == '=' || c == 'D');
                        if (!ok) {
                            throw Wire.error(Reason.BAD_CHARACTER, Integer.toString(number), start + i,
                                    "character is not allowed in " + t.name().toLowerCase(java.util.Locale.ROOT)
                                            + " content");
                        }
                    }
                }
            }
            case HEX_ASCII -> {
                int bad = Swar.firstNonHex(b, start, start + wire);
                if (bad >= 0) {
                    throw Wire.error(Reason.BAD_CHARACTER, Integer.toString(number), bad, "character is not a hex digit");
                }
            }
            default -> {
                // GBK text and binary: any bytes
            }
        }
    }

    /** @return the content's text (digits, text, or upper-case hex for b fields) */
    public static String text(FieldSpec f, byte[] b, int start, int wire, int units) {
        switch (f.encoding()) {
            case BCD -> {
                int digits = f.unit() == LengthUnit.WIRE ? digitsOnWire(f, wire) : units;
                byte[] out = new byte[digits];
                int o = 0;
                int off = start;
                if (f.type() == ContentType.XN) {
                    out[o++] = b[off++];
                    digits--;
                }
                int nibbles = (wire - (off - start)) * 2;
                int skip = nibbles != digits && f.padding().isLeft() ? 1 : 0;
                for (int k = 0; k < digits; k++) {
                    int i = k + skip;
                    int v = (i & 1) == 0 ? (b[off + (i >> 1)] >> 4) & 0xF : b[off + (i >> 1)] & 0xF;
                    out[o++] = (byte) (v < 10 ? '0' + v : '=');
                }
                return new String(out, StandardCharsets.ISO_8859_1);
            }
            case ASCII -> {
                return new String(b, start, wire, StandardCharsets.ISO_8859_1);
            }
            case GBK -> {
                return new String(b, start, wire, Wire.gbk());
            }
            case EBCDIC -> {
                return Ebcdic.decode(b, start, wire);
            }
            case HEX_ASCII -> {
                return new String(b, start, wire, StandardCharsets.ISO_8859_1).toUpperCase(java.util.Locale.ROOT);
            }
            case BINARY -> {
                return Wire.hex(b, start, wire);
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * The digits of an n value as a number, read from the wire without building text.
     *
     * @throws IllegalStateException naming the field when the value is empty or not digits
     * @throws ArithmeticException naming the field and the digit count (never the value) past
     *         {@code Long.MAX_VALUE}
     */
    public static long number(FieldSpec f, byte[] b, int start, int wire, int units) {
        int field = f.number();
        long v = 0;
        int digits;
        switch (f.encoding()) {
            case BCD -> {
                digits = f.unit() == LengthUnit.WIRE ? digitsOnWire(f, wire) : units;
                int skip = wire * 2 != digits && f.padding().isLeft() ? 1 : 0;
                for (int k = 0; k < digits; k++) {
                    int i = k + skip;
                    int x = b[start + (i >> 1)];
                    v = digit(v, (i & 1) == 0 ? (x >> 4) & 0xF : x & 0xF, field, digits);
                }
            }
            case ASCII, EBCDIC -> {
                digits = wire;
                int zero = f.encoding() == FieldEncoding.ASCII ? '0' : 0xF0;
                for (int i = 0; i < wire; i++) {
                    v = digit(v, (b[start + i] & 0xFF) - zero, field, digits);
                }
            }
            default -> {
                String s = text(f, b, start, wire, units);
                digits = s.length();
                for (int i = 0; i < digits; i++) {
                    v = digit(v, s.charAt(i) - '0', field, digits);
                }
            }
        }
        if (digits == 0) {
            throw new IllegalStateException("field " + field + ": empty value, no number");
        }
        return v;
    }

    private static long digit(long v, int d, int field, int digits) {
        if (d < 0 || d > 9) {
            // n content is checked when decoded and when set, so this is not reached
            throw new IllegalStateException("field " + field + ": not a digit");
        }
        if (v > (Long.MAX_VALUE - d) / 10) {
            throw new ArithmeticException("field " + field + ": " + digits + " digits do not fit a long");
        }
        return v * 10 + d;
    }

    /** @return the value bytes: binary content for b fields, the raw content bytes for text */
    public static byte[] bytes(FieldSpec f, byte[] b, int start, int wire) {
        if (f.encoding() == FieldEncoding.HEX_ASCII) {
            return Wire.unhex(b, start, wire);
        }
        return java.util.Arrays.copyOfRange(b, start, start + wire);
    }

    // --- values ---------------------------------------------------------------------------------

    /** @return the units the prefix writes for {@code value} (String, byte[] or Raw) */
    public static int units(FieldSpec f, Object value) {
        if (value instanceof Raw r) {
            return r.units;
        }
        if (f.unit() == LengthUnit.WIRE) {
            return wireSize(f, value);
        }
        return value instanceof String s ? s.length() : ((byte[]) value).length;
    }

    /** @return content bytes on the wire for {@code value} */
    public static int wireSize(FieldSpec f, Object value) {
        if (value instanceof Raw r) {
            return r.wire.length;
        }
        if (value instanceof String s) {
            int n = s.length();
            return f.encoding() == FieldEncoding.BCD ? (f.type() == ContentType.XN ? 1 + n / 2 : (n + 1) / 2) : n;
        }
        int n = ((byte[]) value).length;
        return f.encoding() == FieldEncoding.HEX_ASCII ? 2 * n : n;
    }

    /** @return prefix plus content bytes */
    public static int packedSize(FieldSpec f, Object value) {
        return prefixBytes(f) + wireSize(f, value);
    }

    /** Writes prefix and content at {@code pos}; returns the offset after it. Values were checked when set. */
    public static int write(FieldSpec f, Object value, byte[] dst, int pos) {
        if (!f.isFixed()) {
            pos = writePrefix(f, units(f, value), dst, pos);
        }
        return writeContent(f, value, dst, pos);
    }

    /** Writes the content only (no prefix); returns the offset after it. */
    public static int writeContent(FieldSpec f, Object value, byte[] dst, int pos) {
        if (value instanceof Raw r) {
            System.arraycopy(r.wire, 0, dst, pos, r.wire.length);
            return pos + r.wire.length;
        }
        if (value instanceof byte[] v) {
            if (f.encoding() == FieldEncoding.HEX_ASCII) {
                return Wire.writeHex(v, 0, v.length, dst, pos);
            }
            System.arraycopy(v, 0, dst, pos, v.length);
            return pos + v.length;
        }
        String s = (String) value;
        int n = s.length();
        switch (f.encoding()) {
            case BCD -> {
                int i = 0;
                if (f.type() == ContentType.XN) {
                    dst[pos++] = (byte) s.charAt(0);
                    i = 1;
                }
                int pad = f.padding().nibble();
                if (((n - i) & 1) != 0 && f.padding().isLeft()) {
                    dst[pos++] = (byte) (pad << 4 | nibble(s.charAt(i++)));
                }
                for (; i + 1 < n; i += 2) {
                    dst[pos++] = (byte) (nibble(s.charAt(i)) << 4 | nibble(s.charAt(i + 1)));
                }
                if (i < n) {
                    dst[pos++] = (byte) (nibble(s.charAt(i)) << 4 | pad);
                }
                return pos;
            }
            case EBCDIC -> {
                for (int i = 0; i < n; i++) {
                    dst[pos++] = Ebcdic.encode(s.charAt(i));
                }
                return pos;
            }
            default -> {
                latin1(s, dst, pos);
                return pos + n;
            }
        }
    }

    /** Copies a string whose characters were checked to be at most U+00FF (an array copy for Latin-1 strings). */
    @SuppressWarnings("deprecation")
    private static void latin1(String s, byte[] dst, int pos) {
        s.getBytes(0, s.length(), dst, pos);
    }

    private static int nibble(char c) {
        return c == '=' ? 0xD : c - '0';
    }

    static int writePrefix(FieldSpec f, int units, byte[] dst, int pos) {
        LengthType lt = f.lengthType();
        int d = lt.digits();
        switch (f.lengthEncoding()) {
            case ASCII, EBCDIC -> {
                int base = f.lengthEncoding() == LengthEncoding.ASCII ? '0' : 0xF0;
                for (int i = d - 1; i >= 0; i--) {
                    dst[pos + i] = (byte) (base + units % 10);
                    units /= 10;
                }
                return pos + d;
            }
            case BCD -> {
                if (d <= 2) {
                    dst[pos] = BCD_OF[units];
                    return pos + 1;
                }
                dst[pos] = BCD_OF[units / 100];
                dst[pos + 1] = BCD_OF[units % 100];
                return pos + 2;
            }
            case BINARY -> {
                if (d <= 2) {
                    dst[pos] = (byte) units;
                    return pos + 1;
                }
                dst[pos] = (byte) (units >> 8);
                dst[pos + 1] = (byte) units;
                return pos + 2;
            }
            default -> throw new IllegalStateException();
        }
    }
}
