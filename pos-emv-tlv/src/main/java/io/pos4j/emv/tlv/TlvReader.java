package io.pos4j.emv.tlv;

import java.util.Arrays;
import java.util.Objects;

/**
 * A zero-copy cursor over BER-TLV bytes owned by the caller: it walks every data object in
 * pre-order (a constructed object, then its children) and reports positions, never copying or
 * allocating per object. Reuse one reader with {@link #reset(byte[], int, int)} for
 * allocation-free parsing on hot paths.
 *
 * <pre>{@code
 * TlvReader r = TlvParser.emv().newReader().reset(de55);
 * while (r.next()) {
 *     if (r.tag() == 0x9F26) { cryptogramOffset = r.valueOffset(); }
 * }
 * }</pre>
 *
 * <p>The whole input is checked as it is walked (every length against its enclosing object,
 * limits, padding rules); an error throws {@link TlvParseException} from {@link #next()} and the
 * reader must be reset before reuse. Nothing recurses on input depth.
 *
 * <p>Not thread-safe. The caller must not change the array while reading it.
 */
public final class TlvReader {

    private final TlvOptions options;
    private byte[] buf;
    private int limit;
    private int pos;
    private int[] ends = new int[8];
    private int[] openTags = new int[8];
    private int open;
    private int objects;
    private boolean pendingDescend;
    private int base;

    private int tag;
    private int headerOffset;
    private int valueOffset;
    private int valueLength;
    private int depth;
    private boolean constructed;

    TlvReader(TlvOptions options) {
        this.options = options;
    }

    /**
     * Starts reading {@code input}, whole.
     *
     * @param input the bytes, not copied
     * @return this reader
     */
    public TlvReader reset(byte[] input) {
        Objects.requireNonNull(input, "input");
        return reset(input, 0, input.length);
    }

    /**
     * Starts reading a range of {@code input}. Offsets reported by the reader and its exceptions
     * are indexes into {@code input}.
     *
     * @param input  the bytes, not copied
     * @param offset first byte
     * @param length number of bytes
     * @return this reader
     * @throws IndexOutOfBoundsException if the range is outside the array
     */
    public TlvReader reset(byte[] input, int offset, int length) {
        Objects.requireNonNull(input, "input");
        Objects.checkFromIndexSize(offset, length, input.length);
        buf = input;
        pos = offset;
        limit = offset + length;
        open = 0;
        objects = 0;
        pendingDescend = false;
        base = 0;
        tag = 0;
        depth = 0;
        constructed = false;
        return this;
    }

    /**
     * Moves to the next data object in pre-order.
     *
     * @return {@code false} at the end of the input
     * @throws TlvParseException if the input is malformed or over a limit
     * @throws IllegalStateException if the reader was never reset
     */
    public boolean next() {
        if (buf == null) {
            throw new IllegalStateException("reset the reader with an input first");
        }
        if (pendingDescend) {
            pendingDescend = false;
            push(valueOffset + valueLength, tag);
        }
        while (true) {
            int end = open == 0 ? limit : ends[open - 1];
            pos = skipPadding(pos, end);
            if (pos < end) {
                readHeader(end);
                return true;
            }
            if (open == 0) {
                tag = 0;
                depth = 0;
                return false;
            }
            open--;
        }
    }

    /**
     * Skips the children of the current constructed object (they are then not checked).
     * Does nothing for a primitive object.
     */
    public void skipChildren() {
        if (pendingDescend) {
            pendingDescend = false;
            pos = valueOffset + valueLength;
        }
    }

    private int skipPadding(int p, int end) {
        boolean zero = options.skipZeroPadding();
        boolean ff = options.skipFfPadding();
        while (p < end) {
            byte b = buf[p];
            if ((b == 0 && zero) || (b == (byte) 0xFF && ff)) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    private void readHeader(int end) {
        int start = pos;
        headerOffset = start;
        depth = open + 1;
        int b0 = buf[start] & 0xFF;
        if (b0 == 0) {
            throw error(TlvParseException.Reason.PADDING_NOT_ALLOWED, start, false,
                    "padding byte 00 where a tag was expected (padding is off)");
        }
        int p = start + 1;
        int t = b0;
        if ((b0 & 0x1F) == 0x1F) {
            int b;
            do {
                if (p >= end) {
                    throw error(TlvParseException.Reason.TRUNCATED_TAG, start, false,
                            "tag runs past the end of " + where());
                }
                if (p - start >= options.maxTagBytes()) {
                    throw error(TlvParseException.Reason.TAG_TOO_LONG, start, false,
                            "tag longer than maxTagBytes=" + options.maxTagBytes());
                }
                b = buf[p++] & 0xFF;
                t = (t << 8) | b;
            } while ((b & 0x80) != 0);
        }
        tag = t;
        if (depth > options.maxDepth()) {
            throw error(TlvParseException.Reason.DEPTH_LIMIT, start, true,
                    "nesting deeper than maxDepth=" + options.maxDepth());
        }
        if (++objects > options.maxObjects()) {
            throw error(TlvParseException.Reason.OBJECT_LIMIT, start, true,
                    "more objects than maxObjects=" + options.maxObjects());
        }
        if (p >= end) {
            throw error(TlvParseException.Reason.TRUNCATED_LENGTH, p, true,
                    "length missing at the end of " + where());
        }
        int lengthOffset = p;
        int l0 = buf[p++] & 0xFF;
        long len;
        if (l0 < 0x80) {
            len = l0;
        } else if (l0 == 0x80) {
            throw error(TlvParseException.Reason.INDEFINITE_LENGTH, lengthOffset, true,
                    "indefinite length (80) not allowed (expected a definite length)");
        } else {
            int n = l0 & 0x7F;
            if (n > options.maxLengthBytes()) {
                if (options.repairLongFormLength() && p + l0 == end) {
                    len = l0;
                    n = 0;
                } else {
                    throw error(TlvParseException.Reason.LENGTH_TOO_LONG, lengthOffset, true,
                            "length announces " + n + " length bytes (expected at most maxLengthBytes="
                                    + options.maxLengthBytes() + ")");
                }
            } else if (n > end - p) {
                throw error(TlvParseException.Reason.TRUNCATED_LENGTH, lengthOffset, true,
                        "length needs " + n + " more bytes but " + (end - p) + " remain in " + where());
            } else {
                len = 0;
                for (int i = 0; i < n; i++) {
                    len = (len << 8) | (buf[p++] & 0xFF);
                }
            }
        }
        if (len > end - p) {
            throw error(TlvParseException.Reason.VALUE_OVERRUNS, lengthOffset, true,
                    "length " + len + " exceeds the " + (end - p) + " bytes left in " + where());
        }
        valueOffset = p;
        valueLength = (int) len;
        constructed = (b0 & 0x20) != 0;
        if (constructed) {
            pendingDescend = true;
            pos = p;
        } else {
            pos = p + valueLength;
        }
    }

    private String where() {
        return open == 0 ? "the input" : "the enclosing " + Tag.hex(openTags[open - 1]);
    }

    private void push(int end, int t) {
        if (open == ends.length) {
            int n = Math.min(Math.max(ends.length * 2, 8), TlvOptions.MAX_DEPTH + 1);
            ends = Arrays.copyOf(ends, n);
            openTags = Arrays.copyOf(openTags, n);
        }
        ends[open] = end;
        openTags[open] = t;
        open++;
    }

    private TlvParseException error(TlvParseException.Reason reason, int offset, boolean withTag,
            String detail) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < open; i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(Tag.hex(openTags[i]));
        }
        if (withTag) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(Tag.hex(tag));
        }
        buf = null;
        return new TlvParseException(reason, offset + base, path.toString(), detail);
    }

    /** @return the current object's tag, encoded bytes packed in an int (see {@link Tag}) */
    public int tag() {
        return tag;
    }

    /** @return the current object's tag as a value */
    public Tag tagValue() {
        return Tag.of(tag);
    }

    /** @return whether the current object is constructed (bit 6 of the tag's first byte) */
    public boolean isConstructed() {
        return constructed;
    }

    /** @return nesting depth of the current object; top-level objects are at depth 1 */
    public int depth() {
        return depth;
    }

    /** @return offset of the current object's first tag byte in the input array */
    public int headerOffset() {
        return headerOffset;
    }

    /** @return offset of the current object's first value byte in the input array */
    public int valueOffset() {
        return valueOffset;
    }

    /** @return the current object's value length in bytes */
    public int valueLength() {
        return valueLength;
    }

    /** @return offset just after the current object's value */
    public int endOffset() {
        return valueOffset + valueLength;
    }

    /** @return the number of constructed objects whose value is being read */
    int openCount() {
        return open;
    }

    /** Adds {@code delta} to offsets reported in exceptions (the parser reads a copy). */
    void errorBase(int delta) {
        base = delta;
    }

    /** @return the options this reader applies */
    public TlvOptions options() {
        return options;
    }
}
