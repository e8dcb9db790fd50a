package io.pos4j.iso8583.internal;

import io.pos4j.iso8583.IsoParseException;
import io.pos4j.iso8583.IsoParseException.Reason;
import java.nio.charset.Charset;

/** Small wire helpers shared by the codecs: errors, hex, GBK. */
public final class Wire {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Wire() {
    }

    /** Lazily resolved so a runtime without jdk.charsets only fails when GBK is used. */
    private static final class GbkHolder {
        static final Charset GBK = Charset.forName("GBK");
    }

    /** @return the GBK charset (needs module jdk.charsets, part of every full JDK) */
    public static Charset gbk() {
        return GbkHolder.GBK;
    }

    /** "field 64: need 8 bytes at offset 96, 0 available" */
    public static IsoParseException truncated(String path, String what, int need, int offset, int available) {
        return new IsoParseException(Reason.TRUNCATED, path, offset,
                label(path) + "need " + need + " " + what + " at offset " + offset + ", "
                        + Math.max(0, available) + " available");
    }

    /** @return a parse exception with the message prefixed by the field label */
    public static IsoParseException error(Reason reason, String path, int offset, String what) {
        return new IsoParseException(reason, path, offset, label(path) + what + " at offset " + offset);
    }

    static String label(String path) {
        return path.isEmpty() ? "message: " : (Character.isDigit(path.charAt(0)) ? "field " + path : path) + ": ";
    }

    private static final byte[] HEX_VALUE = new byte[256];

    static {
        java.util.Arrays.fill(HEX_VALUE, (byte) -1);
        for (int i = 0; i < 10; i++) {
            HEX_VALUE['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            HEX_VALUE['A' + i] = (byte) (10 + i);
            HEX_VALUE['a' + i] = (byte) (10 + i);
        }
    }

    /** @return hex digit value of a byte (ASCII), or -1 */
    public static int hexByte(byte c) {
        return HEX_VALUE[c & 0xFF];
    }

    /** @return hex digit value of an ASCII byte, or -1 */
    public static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static final java.lang.invoke.VarHandle SHORTS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            short[].class, java.nio.ByteOrder.BIG_ENDIAN);
    /** byte value to its two upper-case hex characters, big-endian in a short */
    private static final short[] HEX2 = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            HEX2[i] = (short) (HEX[i >>> 4] << 8 | HEX[i & 0xF]);
        }
    }

    /** Writes {@code len} bytes from {@code src} as upper-case hex ASCII into {@code dst}. */
    public static int writeHex(byte[] src, int off, int len, byte[] dst, int pos) {
        for (int i = 0; i < len; i++) {
            SHORTS.set(dst, pos, HEX2[src[off + i] & 0xFF]);
            pos += 2;
        }
        return pos;
    }

    /** @return upper-case hex text */
    public static String hex(byte[] src, int off, int len) {
        byte[] out = new byte[len * 2];
        writeHex(src, off, len, out, 0);
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Decodes validated hex ASCII. */
    public static byte[] unhex(byte[] src, int off, int hexChars) {
        byte[] out = new byte[hexChars / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (hexValue(src[off + 2 * i]) << 4 | hexValue(src[off + 2 * i + 1]));
        }
        return out;
    }
}
