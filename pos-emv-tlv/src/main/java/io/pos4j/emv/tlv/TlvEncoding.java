package io.pos4j.emv.tlv;

/** Minimal BER length encoding (EMV Book 3 Annex B2). */
final class TlvEncoding {

    private TlvEncoding() {
    }

    /** @return bytes of the tag packed in {@code tag} */
    static int tagLength(int tag) {
        return (Integer.SIZE - Integer.numberOfLeadingZeros(tag) + 7) / 8;
    }

    /** @return bytes needed for the length field of a value of {@code length} bytes */
    static int lengthOfLength(int length) {
        if (length < 0x80) {
            return 1;
        }
        if (length <= 0xFF) {
            return 2;
        }
        if (length <= 0xFFFF) {
            return 3;
        }
        return length <= 0xFFFFFF ? 4 : 5;
    }

    /** Writes tag and minimal length; @return bytes written */
    static int writeHeader(byte[] dst, int at, int tag, int length) {
        int n = (Integer.SIZE - Integer.numberOfLeadingZeros(tag) + 7) / 8;
        int p = at;
        for (int i = n - 1; i >= 0; i--) {
            dst[p++] = (byte) (tag >>> (8 * i));
        }
        int l = lengthOfLength(length);
        if (l == 1) {
            dst[p++] = (byte) length;
        } else {
            dst[p++] = (byte) (0x80 | (l - 1));
            for (int i = l - 2; i >= 0; i--) {
                dst[p++] = (byte) (length >>> (8 * i));
            }
        }
        return p - at;
    }
}
