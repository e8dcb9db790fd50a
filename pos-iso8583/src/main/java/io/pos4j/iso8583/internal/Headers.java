package io.pos4j.iso8583.internal;

import io.pos4j.iso8583.IsoParseException.Reason;
import io.pos4j.iso8583.spec.FieldEncoding;

/** MTI and bitmap encodings. */
public final class Headers {

    private Headers() {
    }

    /** @return wire bytes of the MTI */
    public static int mtiSize(FieldEncoding e) {
        return e == FieldEncoding.BCD ? 2 : 4;
    }

    /** @return the MTI as a number, or -1 when it is not four digits */
    public static int readMti(FieldEncoding e, byte[] b, int pos) {
        int v = 0;
        if (e == FieldEncoding.BCD) {
            for (int i = 0; i < 2; i++) {
                int hi = (b[pos + i] >> 4) & 0xF;
                int lo = b[pos + i] & 0xF;
                if (hi > 9 || lo > 9) {
                    return -1;
                }
                v = v * 100 + hi * 10 + lo;
            }
            return v;
        }
        for (int i = 0; i < 4; i++) {
            int d = e == FieldEncoding.EBCDIC ? Ebcdic.digit(b[pos + i]) : b[pos + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Writes the MTI; returns the offset after it. */
    public static int writeMti(FieldEncoding e, int mti, byte[] dst, int pos) {
        if (e == FieldEncoding.BCD) {
            dst[pos] = (byte) ((mti / 1000) << 4 | (mti / 100 % 10));
            dst[pos + 1] = (byte) ((mti / 10 % 10) << 4 | (mti % 10));
            return pos + 2;
        }
        int base = e == FieldEncoding.EBCDIC ? 0xF0 : '0';
        dst[pos] = (byte) (base + mti / 1000);
        dst[pos + 1] = (byte) (base + mti / 100 % 10);
        dst[pos + 2] = (byte) (base + mti / 10 % 10);
        dst[pos + 3] = (byte) (base + mti % 10);
        return pos + 4;
    }

    /** @return wire bytes of one 64-bit bitmap */
    public static int bitmapSize(FieldEncoding e) {
        return e == FieldEncoding.BINARY ? 8 : 16;
    }

    /** @return the bitmap, bit 1 in the most significant position */
    public static long readBitmap(FieldEncoding e, byte[] b, int pos, String path) {
        long v = 0;
        if (e == FieldEncoding.BINARY) {
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (b[pos + i] & 0xFF);
            }
            return v;
        }
        if (e == FieldEncoding.HEX_ASCII && b.length - pos >= 16 && Swar.firstNonHex(b, pos, pos + 16) < 0) {
            return Swar.hex16(b, pos); // all 16 valid: decoded a word at a time
        }
        for (int i = 0; i < 16; i++) {
            int d = e == FieldEncoding.EBCDIC ? Wire.hexValue(Ebcdic.TO_CHAR[b[pos + i] & 0xFF]) : Wire.hexByte(b[pos + i]);
            if (d < 0) {
                throw Wire.error(Reason.BAD_BITMAP, path, pos + i, "character is not a hex digit");
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** Writes a bitmap (bit 1 most significant); returns the offset after it. */
    public static int writeBitmap(FieldEncoding e, long v, byte[] dst, int pos) {
        if (e == FieldEncoding.BINARY) {
            for (int i = 7; i >= 0; i--) {
                dst[pos + i] = (byte) v;
                v >>>= 8;
            }
            return pos + 8;
        }
        for (int i = 15; i >= 0; i--) {
            int d = (int) (v & 0xF);
            char c = (char) (d < 10 ? '0' + d : 'A' + d - 10);
            dst[pos + i] = e == FieldEncoding.EBCDIC ? Ebcdic.encode(c) : (byte) c;
            v >>>= 4;
        }
        return pos + 16;
    }
}
