package io.pos4j.emv.tlv;

import java.util.Locale;

/**
 * A BER-TLV tag (EMV Book 3 Annex B1) of one to four bytes, held as its encoded bytes packed
 * big-endian into an {@code int}: {@code 9F02} is {@code 0x9F02}, {@code DF8101} is
 * {@code 0xDF8101}. Immutable value; equality is by encoding.
 *
 * <p>A valid encoding is either one byte whose low five bits are not all set, or a first byte
 * whose low five bits are {@code 11111} followed by bytes with bit 8 set and a last byte with
 * bit 8 clear. The byte {@code 00} is not a tag (EMV uses it as padding).
 *
 * @param value the encoded tag bytes, big-endian, without leading zero bytes
 */
public record Tag(int value) implements Comparable<Tag> {

    /** The largest number of bytes a tag may have in this library. */
    public static final int MAX_BYTES = 4;

    /**
     * @throws IllegalArgumentException if {@code value} is not a valid tag encoding
     */
    public Tag {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("invalid tag " + hex(value) + ": " + problem);
        }
    }

    /**
     * @param value the encoded tag bytes packed into an int, such as {@code 0x9F02}
     * @return the tag
     * @throws IllegalArgumentException if the value is not a valid tag encoding
     */
    public static Tag of(int value) {
        return new Tag(value);
    }

    /**
     * @param hex the tag in hex, either case, such as {@code "9F02"}
     * @return the tag
     * @throws IllegalArgumentException if the text is not hex or not a valid tag encoding
     */
    public static Tag parse(String hex) {
        if (hex == null || hex.isEmpty() || hex.length() % 2 != 0 || hex.length() > 2 * MAX_BYTES) {
            throw new IllegalArgumentException("tag must be 2, 4, 6 or 8 hex digits");
        }
        int v = 0;
        for (int i = 0; i < hex.length(); i++) {
            int d = Character.digit(hex.charAt(i), 16);
            if (d < 0) {
                throw new IllegalArgumentException("tag: not a hex digit at character " + i);
            }
            v = (v << 4) | d;
        }
        if ((v >>> ((hex.length() / 2 - 1) * 8)) == 0) {
            throw new IllegalArgumentException("tag must not start with byte 00");
        }
        return new Tag(v);
    }

    /** @return whether {@code value} is a valid tag encoding (see the class comment) */
    public static boolean isValid(int value) {
        return problem(value) == null;
    }

    private static String problem(int value) {
        if (value == 0) {
            return "00 is not a tag";
        }
        int n = byteCount(value);
        int first = (value >>> ((n - 1) * 8)) & 0xFF;
        if (n == 1) {
            return (first & 0x1F) == 0x1F ? "first byte announces more tag bytes" : null;
        }
        if ((first & 0x1F) != 0x1F) {
            return "first byte does not announce more tag bytes";
        }
        for (int i = n - 2; i >= 0; i--) {
            int b = (value >>> (i * 8)) & 0xFF;
            boolean more = (b & 0x80) != 0;
            if (i > 0 && !more) {
                return "subsequent byte ends the tag early";
            }
            if (i == 0 && more) {
                return "last byte announces more tag bytes";
            }
        }
        return null;
    }

    private static int byteCount(int value) {
        return value == 0 ? 1 : (Integer.SIZE - Integer.numberOfLeadingZeros(value) + 7) / 8;
    }

    /** @return the number of bytes of the encoded tag, 1 to 4 */
    public int byteLength() {
        return byteCount(value);
    }

    /** @return whether the tag announces a constructed object (bit 6 of the first byte) */
    public boolean isConstructed() {
        return (firstByte() & 0x20) != 0;
    }

    /** @return the tag class from bits 8-7 of the first byte */
    public TagClass tagClass() {
        return TagClass.values()[firstByte() >>> 6];
    }

    private int firstByte() {
        return (value >>> ((byteLength() - 1) * 8)) & 0xFF;
    }

    /** @return a new array with the encoded tag */
    public byte[] toBytes() {
        byte[] b = new byte[byteLength()];
        writeTo(b, 0);
        return b;
    }

    /**
     * Writes the encoded tag.
     *
     * @param dst    destination
     * @param offset where to write
     * @return the number of bytes written
     */
    public int writeTo(byte[] dst, int offset) {
        int n = byteLength();
        for (int i = 0; i < n; i++) {
            dst[offset + i] = (byte) (value >>> ((n - 1 - i) * 8));
        }
        return n;
    }

    /** @return the tag in upper-case hex, such as {@code 9F02} */
    @Override
    public String toString() {
        return hex(value);
    }

    static String hex(int value) {
        int n = byteCount(value);
        return String.format(Locale.ROOT, "%0" + (2 * n) + "X", value);
    }

    /** Orders tags by their unsigned encoding. */
    @Override
    public int compareTo(Tag o) {
        return Integer.compareUnsigned(value, o.value);
    }

    /** The class of a tag, bits 8-7 of its first byte (ISO/IEC 8825-1). */
    public enum TagClass {
        /** {@code 00}: universal. */
        UNIVERSAL,
        /** {@code 01}: application (most EMV tags such as {@code 5A}, {@code 5F20}). */
        APPLICATION,
        /** {@code 10}: context-specific (such as {@code 82}, {@code 9F02}). */
        CONTEXT_SPECIFIC,
        /** {@code 11}: private (such as {@code DF01}). */
        PRIVATE
    }
}
