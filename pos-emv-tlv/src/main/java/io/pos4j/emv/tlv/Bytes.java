package io.pos4j.emv.tlv;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable sequence of bytes: copied in, copied out, never exposed. Values of parsed TLV
 * objects are views on one private copy of the input, so parsing copies the input once.
 *
 * <p>{@link #toString()} shows only the length, because values can be card data; use
 * {@link #toHex()} deliberately.
 */
public final class Bytes {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

    private final byte[] data;
    private final int offset;
    private final int length;

    private Bytes(byte[] data, int offset, int length) {
        this.data = data;
        this.offset = offset;
        this.length = length;
    }

    /** Wraps an array this class owns (never handed out). */
    static Bytes wrapOwned(byte[] data, int offset, int length) {
        return length == 0 ? EMPTY : new Bytes(data, offset, length);
    }

    /** @return the empty value */
    public static Bytes empty() {
        return EMPTY;
    }

    /**
     * @param bytes the bytes, copied
     * @return an immutable copy
     */
    public static Bytes of(byte... bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return copyOf(bytes, 0, bytes.length);
    }

    /**
     * @param bytes  source array
     * @param offset first byte
     * @param length number of bytes
     * @return an immutable copy of the range
     * @throws IndexOutOfBoundsException if the range is outside the array
     */
    public static Bytes copyOf(byte[] bytes, int offset, int length) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return wrapOwned(Arrays.copyOfRange(bytes, offset, offset + length), 0, length);
    }

    /**
     * @param hex hex digits, either case; spaces are ignored
     * @return the bytes
     * @throws IllegalArgumentException if the text is not an even number of hex digits
     */
    public static Bytes fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        String compact = hex.replace(" ", "");
        byte[] b;
        try {
            b = HexFormat.of().parseHex(compact);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an even number of hex digits");
        }
        return wrapOwned(b, 0, b.length);
    }

    /** @return the number of bytes */
    public int length() {
        return length;
    }

    /** @return whether the length is zero */
    public boolean isEmpty() {
        return length == 0;
    }

    /**
     * @param index position, 0 to {@code length() - 1}
     * @return the byte at {@code index} as 0 to 255
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public int get(int index) {
        Objects.checkIndex(index, length);
        return data[offset + index] & 0xFF;
    }

    /** @return a new array with the bytes */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(data, offset, offset + length);
    }

    /**
     * Copies the bytes into {@code dst}.
     *
     * @param dst       destination
     * @param dstOffset where to write
     * @return the number of bytes written
     */
    public int copyTo(byte[] dst, int dstOffset) {
        System.arraycopy(data, offset, dst, dstOffset, length);
        return length;
    }

    /**
     * @param from first index, inclusive
     * @param to   last index, exclusive
     * @return the sub-range, sharing this value's storage
     */
    public Bytes slice(int from, int to) {
        Objects.checkFromToIndex(from, to, length);
        return wrapOwned(data, offset + from, to - from);
    }

    /** @return the bytes in upper-case hex (deliberately not {@link #toString()}) */
    public String toHex() {
        return HEX.formatHex(data, offset, offset + length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b
                && Arrays.equals(data, offset, offset + length, b.data, b.offset, b.offset + b.length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + data[i];
        }
        return h;
    }

    /** @return the length only, such as {@code Bytes[8]}; values may be card data */
    @Override
    public String toString() {
        return "Bytes[" + length + "]";
    }
}
