package io.pos4j.iso8583.internal;

import java.nio.charset.Charset;
import java.util.Arrays;

/** IBM code page 037; the JDK's IBM037 when present, else a built-in table of printable ASCII. */
final class Ebcdic {

    static final char[] TO_CHAR = new char[256];
    static final byte[] FROM_CHAR = new byte[256];
    static final boolean[] MAPPED = new boolean[256];

    static {
        Arrays.fill(TO_CHAR, '\uFFFD');
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String decoded = null;
        try {
            decoded = new String(all, Charset.forName("IBM037"));
        } catch (RuntimeException e) {
            decoded = null;
        }
        if (decoded != null && decoded.length() == 256) {
            for (int i = 0; i < 256; i++) {
                char c = decoded.charAt(i);
                TO_CHAR[i] = c;
                if (c < 256) {
                    FROM_CHAR[c] = (byte) i;
                    MAPPED[c] = true;
                }
            }
        } else {
            String ascii = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
            int[] codes = {0x40, 0x5A, 0x7F, 0x7B, 0x5B, 0x6C, 0x50, 0x7D, 0x4D, 0x5D, 0x5C, 0x4E, 0x6B, 0x60,
                0x4B, 0x61, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x7A, 0x5E, 0x4C, 0x7E,
                0x6E, 0x6F, 0x7C, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xD1, 0xD2, 0xD3, 0xD4,
                0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xBA, 0xE0, 0xBB,
                0xB0, 0x6D, 0x79, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x91, 0x92, 0x93, 0x94,
                0x95, 0x96, 0x97, 0x98, 0x99, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xC0, 0x4F, 0xD0,
                0xA1};
            for (int i = 0; i < ascii.length(); i++) {
                char c = ascii.charAt(i);
                TO_CHAR[codes[i]] = c;
                FROM_CHAR[c] = (byte) codes[i];
                MAPPED[c] = true;
            }
        }
    }

    private Ebcdic() {
    }

    static String decode(byte[] b, int off, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = TO_CHAR[b[off + i] & 0xFF];
        }
        return new String(c);
    }

    static boolean canEncode(char c) {
        return c < 256 && MAPPED[c];
    }

    static byte encode(char c) {
        return FROM_CHAR[c];
    }

    /** @return the digit 0..9 of an EBCDIC digit byte (F0..F9), or -1 */
    static int digit(byte b) {
        int v = b & 0xFF;
        return v >= 0xF0 && v <= 0xF9 ? v - 0xF0 : -1;
    }
}
