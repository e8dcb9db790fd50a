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

    private static final int[] EMPTY = new int[0];

    private final TlvOptions options;
    private final boolean skipZero;
    private final boolean skipFf;
    private final int maxDepth;
    private final int maxObjects;
    private final int maxTagBytes;
    private final int maxLengthBytes;
    private final boolean repair;

    private byte[] buf;
    private int limit;
    /** End of the innermost open constructed value, or {@link #limit} at the top level. */
    private int end;
    /**
     * Per open level {@code i}: at {@code 2i} the end of the enclosing level (restored into
     * {@link #end} when it closes), at {@code 2i + 1} the level's tag (for error paths). One array
     * and few fields on the hot path keep the caller's loop within the registers.
     */
    private int[] ends = EMPTY;
    private int open;
    private int objects;
    /** the fast path of {@link #next()} must not run: a limit could be reached (checked on the general path) */
    private boolean guarded;
    /**
     * the depth at which {@link #guarded} is set: the depth limit, or 0 (always guarded) when the
     * object limit is reachable in this input or tags are limited to one byte
     */
    private int guardDepth;
    private boolean pendingDescend;
    private int base;

    private int tag;
    private int headerOffset;
    /** the next header is read here (when descending into the current object) or at valueOffset + valueLength */
    private int valueOffset;
    private int valueLength;
    private boolean constructed;

    TlvReader(TlvOptions options) {
        this.options = options;
        this.skipZero = options.skipZeroPadding();
        this.skipFf = options.skipFfPadding();
        this.maxDepth = options.maxDepth();
        this.maxObjects = options.maxObjects();
        this.maxTagBytes = options.maxTagBytes();
        this.maxLengthBytes = options.maxLengthBytes();
        this.repair = options.repairLongFormLength();
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
        limit = offset + length;
        end = limit;
        open = 0;
        objects = 0;
        // every object takes at least 2 bytes, so below the limit no count is needed on the fast path
        boolean alwaysGuarded = length / 2 >= maxObjects || maxTagBytes < 2;
        guardDepth = alwaysGuarded ? 0 : maxDepth;
        guarded = guardDepth <= 0;
        pendingDescend = false;
        base = 0;
        tag = 0;
        constructed = false;
        headerOffset = offset;
        valueOffset = offset; // the first header is read here
        valueLength = 0;
        return this;
    }

    /**
     * Moves to the next data object in pre-order.
     *
     * @return {@code false} at the end of the input
     * @throws TlvParseException if the input is malformed or over a limit
     * @throws IllegalStateException if the reader was never reset or the last call threw
     */
    public boolean next() {
        byte[] b = buf;
        if (b == null) {
            throw new IllegalStateException("reset the reader with an input first");
        }
        // the next header follows the current value, or starts it when descending into it
        int p = valueOffset;
        if (pendingDescend) {
            pendingDescend = false;
            push(p + valueLength, tag);
        } else {
            p += valueLength;
        }
        int e = end;
        // fast path, small enough to be inlined into the caller's loop: no padding here, a 1- or
        // 2-byte tag and a short-form length that fits. Anything else (padding, long tags or
        // lengths, the end of a level, limits, every error) takes the general path.
        if (!guarded && e - p >= 3) {
            int b0 = b[p] & 0xFF;
            int q = p + 1;
            int t = b0;
            if ((b0 & 0x1F) == 0x1F) {
                int x = b[q++];
                t = b0 << 8 | (x & 0xFF);
                q = x < 0 || b0 == 0xFF ? 0 : q;
            }
            int len = b[q];
            if (b0 != 0 && q > 0 && len >= 0 && len < e - q) {
                headerOffset = p;
                tag = t;
                valueOffset = ++q;
                valueLength = len;
                boolean c = (b0 & 0x20) != 0;
                constructed = c;
                pendingDescend = c;
                return true;
            }
        }
        return advance(b, p);
    }

    /** The general path of {@link #next()}: padding, level ends, long forms, limits and errors. */
    private boolean advance(byte[] b, int p) {
        while (true) {
            int e = end;
            if (skipZero || skipFf) {
                while (p < e && ((b[p] == 0 && skipZero) || (b[p] == (byte) 0xFF && skipFf))) {
                    p++;
                }
            }
            if (p < e) {
                readHeader(b, p, e);
                return true;
            }
            if (open == 0) {
                valueOffset = p;
                valueLength = 0;
                tag = 0;
                return false;
            }
            open--;
            guarded = open >= guardDepth;
            end = ends[2 * open];
        }
    }

    /**
     * Skips the children of the current constructed object (they are then not checked).
     * Does nothing for a primitive object.
     */
    public void skipChildren() {
        pendingDescend = false;
    }

    private void readHeader(byte[] b, int start, int e) {
        headerOffset = start;
        int b0 = b[start] & 0xFF;
        if (b0 == 0) {
            throw fail(TlvParseException.Reason.PADDING_NOT_ALLOWED, start, 0, 0);
        }
        int p = start + 1;
        int t = b0;
        if ((b0 & 0x1F) == 0x1F) {
            int x;
            do {
                if (p >= e) {
                    throw fail(TlvParseException.Reason.TRUNCATED_TAG, start, 0, 0);
                }
                if (p - start >= maxTagBytes) {
                    throw fail(TlvParseException.Reason.TAG_TOO_LONG, start, 0, 0);
                }
                x = b[p++] & 0xFF;
                t = (t << 8) | x;
            } while ((x & 0x80) != 0);
        }
        tag = t;
        if (open >= maxDepth) {
            throw fail(TlvParseException.Reason.DEPTH_LIMIT, start, 0, 0);
        }
        if (++objects > maxObjects) {
            throw fail(TlvParseException.Reason.OBJECT_LIMIT, start, 0, 0);
        }
        if (p >= e) {
            throw fail(TlvParseException.Reason.TRUNCATED_LENGTH, p, -1, 0);
        }
        int lengthOffset = p;
        int l0 = b[p++] & 0xFF;
        long len;
        if (l0 < 0x80) {
            len = l0;
        } else {
            len = longLength(b, l0, lengthOffset, e);
            p += l0 == 0x80 || (l0 & 0x7F) > maxLengthBytes ? 0 : l0 & 0x7F;
        }
        if (len > e - p) {
            throw fail(TlvParseException.Reason.VALUE_OVERRUNS, lengthOffset, len, e - p);
        }
        valueOffset = p;
        valueLength = (int) len;
        constructed = (b0 & 0x20) != 0;
        pendingDescend = constructed;
    }

    /** Long-form (or invalid) length starting with {@code l0} at {@code at}. */
    private long longLength(byte[] b, int l0, int at, int e) {
        if (l0 == 0x80) {
            throw fail(TlvParseException.Reason.INDEFINITE_LENGTH, at, 0, 0);
        }
        int n = l0 & 0x7F;
        int p = at + 1;
        if (n > maxLengthBytes) {
            if (repair && p + l0 == e) {
                return l0;
            }
            throw fail(TlvParseException.Reason.LENGTH_TOO_LONG, at, n, 0);
        }
        if (n > e - p) {
            throw fail(TlvParseException.Reason.TRUNCATED_LENGTH, at, n, e - p);
        }
        long len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (b[p + i] & 0xFF);
        }
        return len;
    }

    /** Builds the exception off the hot path, so the parsing methods stay small enough to inline. */
    private TlvParseException fail(TlvParseException.Reason reason, int offset, long a, long b) {
        return error(reason, offset, TlvErrors.withTag(reason), TlvErrors.detail(reason, a, b, where(), options));
    }

    private String where() {
        return open == 0 ? "the input" : "the enclosing " + Tag.hex(ends[2 * open - 1]);
    }

    private void push(int newEnd, int t) {
        int i = 2 * open;
        if (i == ends.length) {
            ends = Arrays.copyOf(ends, Math.min(Math.max(ends.length * 2, 16), 2 * (TlvOptions.MAX_DEPTH + 1)));
        }
        ends[i] = end; // the enclosing level's end, restored when this level ends
        ends[i + 1] = t;
        open++;
        guarded = open >= guardDepth;
        end = newEnd;
    }

    private TlvParseException error(TlvParseException.Reason reason, int offset, boolean withTag,
            String detail) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < open; i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(Tag.hex(ends[2 * i + 1]));
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

    /**
     * @return the current object's tag, encoded bytes packed in an int (see {@link Tag}); 0 before
     *         the first {@link #next()} and after the end
     */
    public int tag() {
        return tag;
    }

    /**
     * @return the current object's tag as a value
     * @throws IllegalStateException before the first {@link #next()} or after the end
     */
    public Tag tagValue() {
        if (tag == 0) {
            throw new IllegalStateException("no current object: call next() first");
        }
        return Tag.of(tag);
    }

    /** @return whether the current object is constructed (bit 6 of the tag's first byte) */
    public boolean isConstructed() {
        return constructed;
    }

    /** @return nesting depth of the current object; top-level objects are at depth 1 */
    public int depth() {
        return tag == 0 ? 0 : open + 1;
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
