package io.pos4j.iso8583.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight-bytes-at-a-time checks for ASCII digits, hex digits, track data and EBCDIC digits. A
 * word with a bad byte is always flagged (borrows and carries only ever add flags next to a bad
 * byte); flagged words are re-checked byte by byte, so the reported index is exact.
 */
final class Swar {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

    private Swar() {
    }

    private static boolean digitsOk(long v) {
        long lo = v - ONES * 0x30;
        long hi = v + ONES * 0x46;
        return ((v | lo | hi) & HIGH) == 0;
    }

    private static boolean hexOk(long v) {
        return hexBad(v) == 0;
    }

    /**
     * @return non-zero when a byte of {@code v} is not a hex digit. Every sum stays inside its byte
     *         (7-bit values plus at most 0x50), so a digit next to a letter cannot borrow from or
     *         carry into it: a word of valid digits is never flagged.
     */
    static long hexBad(long v) {
        long x = v & ~HIGH;
        long lower = x | ONES * 0x20;
        long digit = (x + ONES * 0x50) & ~(x + ONES * 0x46);          // 0x30 <= x < 0x3A
        long alpha = (lower + ONES * 0x1F) & ~(lower + ONES * 0x19);  // 0x61 <= lower < 0x67
        return ~((digit | alpha) & ~v) & HIGH;
    }

    /**
     * The 1..7 bytes at [i, to) as a word, each XORed with {@code flip}, with the bytes past
     * {@code to} set to '0' (a digit and a hex digit, and valid track data), or when fewer than 8
     * bytes remain in the array -1 (never valid): callers then check those bytes one by one.
     */
    private static long tail(byte[] b, int i, int to, long flip) {
        if (b.length - i < 8) {
            return -1L;
        }
        long keep = -1L >>> (64 - 8 * (to - i));
        return ((long) LONGS.get(b, i) ^ flip) & keep | ONES * '0' & ~keep;
    }

    /** @return the index of the first byte in [from, to) that is not '0'..'9', or -1 */
    static int firstNonDigit(byte[] b, int from, int to) {
        return firstNonDigit(b, from, to, 0);
    }

    /**
     * @return the index of the first byte in [from, to) that is not an EBCDIC digit (0xF0..0xF9), or
     *         -1. XOR with 0xC0 maps those bytes onto '0'..'9' and is one-to-one, so the ASCII check
     *         of the mapped bytes is exact.
     */
    static int firstNonEbcdicDigit(byte[] b, int from, int to) {
        return firstNonDigit(b, from, to, 0xC0);
    }

    /** the first byte in [from, to) that is not '0'..'9' once XORed with {@code flip}, or -1 */
    private static int firstNonDigit(byte[] b, int from, int to, int flip) {
        long flips = ONES * flip;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (!digitsOk((long) LONGS.get(b, i) ^ flips)) {
                break;
            }
        }
        if (i + 8 > to && i < to && digitsOk(tail(b, i, to, flips))) {
            return -1;
        }
        for (; i < to; i++) {
            if (((b[i] ^ flip) - '0' & 0xFF) > 9) {
                return i;
            }
        }
        return -1;
    }

    /** digits, or '=' (0x3D) mapped to '0' first: exact per-byte equality without cross-byte carries */
    private static boolean trackOk(long v) {
        long t = v ^ (ONES * 0x3D);
        long notEq = ((t & ~HIGH) + ~HIGH | t) & HIGH;
        long eq = ~notEq & HIGH;
        return digitsOk(v ^ (eq >>> 7) * 0x0D);
    }

    /** @return the index of the first byte in [from, to) that is neither '0'..'9' nor '=', or -1 */
    static int firstNonTrack(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (!trackOk((long) LONGS.get(b, i))) {
                break;
            }
        }
        if (i + 8 > to && i < to && trackOk(tail(b, i, to, 0))) {
            return -1;
        }
        for (; i < to; i++) {
            int c = b[i];
            if ((c - '0' & 0xFF) > 9 && c != '=') {
                return i;
            }
        }
        return -1;
    }

    /** @return the index of the first byte in [from, to) that is not a hex digit, or -1 */
    static int firstNonHex(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (!hexOk((long) LONGS.get(b, i))) {
                break;
            }
        }
        if (i + 8 > to && i < to && hexOk(tail(b, i, to, 0))) {
            return -1;
        }
        for (; i < to; i++) {
            if (Wire.hexByte(b[i]) < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes 16 hex digits at {@code pos}, already checked (see {@link #firstNonHex}), first digit highest. */
    static long hex16(byte[] b, int pos) {
        return (long) hex8((long) LONGS.get(b, pos)) << 32 | hex8((long) LONGS.get(b, pos + 8)) & 0xFFFFFFFFL;
    }

    /** eight valid hex digits (little-endian word, first digit in the low byte) as 32 bits, first digit highest */
    private static int hex8(long v) {
        long nib = (v & ONES * 0x0F) + ((v >>> 6) & ONES) * 9; // '0'-'9' -> 0-9, 'A'-'F' and 'a'-'f' -> 10-15
        long t = (nib << 4 | nib >>> 8) & 0x00FF00FF00FF00FFL; // byte pairs -> one byte per 16-bit lane
        long u = (t | t >>> 8) & 0x0000FFFF0000FFFFL;
        return Integer.reverseBytes((int) (u | u >>> 16));
    }
}
