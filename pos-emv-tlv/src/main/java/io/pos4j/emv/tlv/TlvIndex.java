package io.pos4j.emv.tlv;

import java.util.Arrays;

/**
 * The result of a tree parse: the parser's private copy of the input plus one flat {@code int[]}
 * with four ints per data object, in pre-order. Tree nodes ({@link Tlv}) are views created from
 * it on first use, one level at a time, so a parse allocates the copy, this index and nothing per
 * object; lookups such as {@link TlvList#value(Tag)} scan the index without creating nodes.
 *
 * <p>Node {@code k} occupies {@code nodes[3k .. 3k+2]}:
 * <ul>
 * <li>primitive: tag, value offset, value length (at least 0);</li>
 * <li>constructed: tag, value length of the minimal re-encoding of its children, and the
 *     complement ({@code ~}, so negative) of the index of the first node after its subtree.
 *     While the parse still reads its children the second and third ints hold its declared end
 *     offset and its parent's node index (-1 at the top level).</li>
 * </ul>
 * Immutable once built (the parse never hands it out before it is complete).
 */
final class TlvIndex {

    /** Ints per node. */
    static final int W = 3;

    private static final int[] NO_NODES = new int[0];

    final byte[] data;
    final int[] nodes;
    final int count;

    private TlvIndex(byte[] data, int[] nodes, int count) {
        this.data = data;
        this.nodes = nodes;
        this.count = count;
    }

    /**
     * Parses {@code data} (owned from now on) in one tight loop, checking exactly what
     * {@link TlvReader} checks in the same order so both report the same errors.
     *
     * @param base added to offsets reported in exceptions (the caller's index of {@code data[0]})
     * @return the top-level objects
     */
    static TlvList parse(byte[] data, int base, TlvOptions o) {
        return parse(data, base, o, 0);
    }

    /**
     * As {@link #parse(byte[], int, TlvOptions)} for a stream: {@code before} objects were read
     * earlier and count against {@link TlvOptions#maxObjects()}.
     */
    static TlvList parse(byte[] data, int base, TlvOptions o, int before) {
        final byte[] b = data;
        final int to = b.length;
        final boolean skipZero = o.skipZeroPadding();
        final boolean skipFf = o.skipFfPadding();
        final boolean skip = skipZero || skipFf;
        final int maxDepth = o.maxDepth();
        final int maxObjects = o.maxObjects() - before;
        final int maxTagBytes = o.maxTagBytes();
        // EMV objects average about 8 bytes; large inputs start small and grow
        int[] n = to == 0 ? NO_NODES : new int[W * Math.min(to / 8 + 4, 4096)];
        int count = 0;
        int cur = -1;
        int open = 0;
        int end = to;
        int p = 0;
        int t = 0;
        while (true) {
            if (skip) {
                while (p < end && ((b[p] == 0 && skipZero) || (b[p] == (byte) 0xFF && skipFf))) {
                    p++;
                }
            }
            if (p >= end) {
                if (cur < 0) {
                    break;
                }
                int parent = n[W * cur + 2];
                close(b, n, cur, count, base);
                cur = parent;
                open--;
                end = cur < 0 ? to : n[W * cur + 1];
                continue;
            }
            final int start = p;
            final int b0 = b[p++] & 0xFF;
            if (b0 == 0) {
                throw fail(b, n, count, cur, 0, TlvParseException.Reason.PADDING_NOT_ALLOWED, start, 0, 0, base, o);
            }
            t = b0;
            if ((b0 & 0x1F) == 0x1F) {
                int x;
                do {
                    if (p >= end) {
                        throw fail(b, n, count, cur, 0, TlvParseException.Reason.TRUNCATED_TAG, start, 0, 0, base, o);
                    }
                    if (p - start >= maxTagBytes) {
                        throw fail(b, n, count, cur, 0, TlvParseException.Reason.TAG_TOO_LONG, start, 0, 0, base, o);
                    }
                    x = b[p++] & 0xFF;
                    t = (t << 8) | x;
                } while ((x & 0x80) != 0);
            }
            if (open >= maxDepth) {
                throw fail(b, n, count, cur, t, TlvParseException.Reason.DEPTH_LIMIT, start, 0, 0, base, o);
            }
            if (count >= maxObjects) {
                throw fail(b, n, count, cur, t, TlvParseException.Reason.OBJECT_LIMIT, start, 0, 0, base, o);
            }
            if (p >= end) {
                throw fail(b, n, count, cur, t, TlvParseException.Reason.TRUNCATED_LENGTH, p, -1, 0, base, o);
            }
            final int lengthOffset = p;
            final int l0 = b[p++] & 0xFF;
            long len;
            if (l0 < 0x80) {
                len = l0;
            } else {
                len = longLength(b, n, count, cur, t, l0, lengthOffset, end, base, o);
                p += l0 == 0x80 || (l0 & 0x7F) > o.maxLengthBytes() ? 0 : l0 & 0x7F;
            }
            if (len > end - p) {
                throw fail(b, n, count, cur, t, TlvParseException.Reason.VALUE_OVERRUNS, lengthOffset, len, end - p,
                        base, o);
            }
            int at = W * count;
            if (at == n.length) {
                n = grow(n, base);
            }
            n[at] = t;
            if ((b0 & 0x20) != 0) {
                end = p + (int) len;
                n[at + 1] = end;
                n[at + 2] = cur;
                cur = count;
                open++;
            } else {
                n[at + 1] = p;
                n[at + 2] = (int) len;
                p += (int) len;
            }
            count++;
        }
        return count == 0 ? TlvList.empty() : new TlvList(new TlvIndex(b, n, count), count);
    }

    /** The largest index array: a whole number of nodes below the VM's array size limit. */
    private static final int MAX_INTS = (Integer.MAX_VALUE - 16) / W * W;

    private static int[] grow(int[] n, int base) {
        if (n.length >= MAX_INTS) {
            // only reachable with gigabyte inputs of tiny objects and a raised maxObjects
            throw new TlvParseException(TlvParseException.Reason.MALFORMED, base, "",
                    "more than " + (MAX_INTS / W) + " objects cannot be indexed; use TlvReader");
        }
        return Arrays.copyOf(n, (int) Math.min(Math.max(2L * n.length, 4 * W), MAX_INTS));
    }

    private static long longLength(byte[] b, int[] n, int count, int cur, int t, int l0, int at, int end,
            int base, TlvOptions o) {
        if (l0 == 0x80) {
            throw fail(b, n, count, cur, t, TlvParseException.Reason.INDEFINITE_LENGTH, at, 0, 0, base, o);
        }
        int k = l0 & 0x7F;
        int p = at + 1;
        if (k > o.maxLengthBytes()) {
            if (o.repairLongFormLength() && p + l0 == end) {
                return l0;
            }
            throw fail(b, n, count, cur, t, TlvParseException.Reason.LENGTH_TOO_LONG, at, k, 0, base, o);
        }
        if (k > end - p) {
            throw fail(b, n, count, cur, t, TlvParseException.Reason.TRUNCATED_LENGTH, at, k, end - p, base, o);
        }
        long len = 0;
        for (int i = 0; i < k; i++) {
            len = (len << 8) | (b[p + i] & 0xFF);
        }
        return len;
    }

    /**
     * Finishes constructed node {@code c} whose subtree ends before node {@code next}: sums the
     * minimal re-encodings of its direct children.
     */
    private static void close(byte[] b, int[] n, int c, int next, int base) {
        long length = 0;
        for (int k = c + 1; k < next;) {
            int at = W * k;
            int x = n[at + 2];
            int len;
            if (x >= 0) {
                len = x;
                k++;
            } else {
                len = n[at + 1];
                k = ~x;
            }
            length += TlvEncoding.tagLength(n[at]) + TlvEncoding.lengthOfLength(len) + len;
        }
        if (length > Integer.MAX_VALUE - 16) {
            // only reachable with inputs near 2 GiB whose repaired lengths re-encode longer
            throw new TlvParseException(TlvParseException.Reason.MALFORMED, base, Tag.hex(n[W * c]),
                    "re-encoded value exceeds 2 GiB");
        }
        int at = W * c;
        n[at + 1] = (int) length;
        n[at + 2] = ~next;
    }

    private static TlvParseException fail(byte[] b, int[] n, int count, int cur, int tag,
            TlvParseException.Reason reason, int offset, long x, long y, int base, TlvOptions o) {
        // tags of the open constructed objects, innermost first
        StringBuilder path = new StringBuilder();
        for (int k = cur; k >= 0; k = n[W * k + 2]) {
            path.insert(0, path.length() == 0 ? Tag.hex(n[W * k]) : Tag.hex(n[W * k]) + "/");
        }
        String where = cur < 0 ? "the input" : "the enclosing " + Tag.hex(n[W * cur]);
        if (TlvErrors.withTag(reason)) {
            path.append(path.length() == 0 ? "" : "/").append(Tag.hex(tag));
        }
        TlvParseException e = new TlvParseException(reason, offset + base, path.toString(),
                TlvErrors.detail(reason, x, y, where, o));
        // the top-level objects before the outermost open one are complete
        int top = count;
        for (int k = cur; k >= 0; k = n[W * k + 2]) {
            top = k;
        }
        return e.withPartial(top == 0 ? TlvList.empty() : new TlvList(new TlvIndex(b, n, top), top));
    }

    /** @return a one-node index over the encoding of a built primitive */
    static TlvIndex primitive(byte[] encoding, int tag, int valueOffset, int valueLength) {
        return new TlvIndex(encoding, new int[] {tag, valueOffset, valueLength}, 1);
    }

    /** @return the tag of node {@code k} */
    int tag(int k) {
        return nodes[W * k];
    }

    /** @return the value offset of primitive node {@code k} */
    int valueOffset(int k) {
        return nodes[W * k + 1];
    }

    /** @return the value length of primitive node {@code k} */
    int valueLength(int k) {
        return nodes[W * k + 2];
    }

    /** @return whether node {@code k} is constructed */
    boolean isConstructed(int k) {
        return nodes[W * k + 2] < 0;
    }

    /** @return the node after node {@code k}'s subtree (its next sibling, if any) */
    int skip(int k) {
        int x = nodes[W * k + 2];
        return x >= 0 ? k + 1 : ~x;
    }

    /** @return the height of constructed node {@code k}: 1 plus the deepest nesting below it */
    int height(int k) {
        int[] ends = new int[8];
        int open = 0;
        int height = 1;
        for (int i = k + 1, end = skip(k); i < end; i++) {
            while (open > 0 && i >= ends[open - 1]) {
                open--;
            }
            if (isConstructed(i)) {
                if (open == ends.length) {
                    ends = Arrays.copyOf(ends, 2 * open);
                }
                ends[open++] = skip(i);
                height = Math.max(height, open + 1);
            }
        }
        return height;
    }

    /** @return the value of primitive node {@code k}, a view on the private copy */
    Bytes primitiveValue(int k) {
        int at = W * k;
        return Bytes.wrapOwned(data, nodes[at + 1], nodes[at + 2]);
    }

    /** @return a new node object for node {@code k} */
    Tlv node(int k) {
        int at = W * k;
        if (nodes[at + 2] >= 0) {
            return new Tlv.Primitive(this, k);
        }
        return Tlv.Constructed.indexed(nodes[at], this, k, nodes[at + 1]);
    }

    /** @return the children of constructed node {@code k} */
    TlvArrayList children(int k) {
        return level(k + 1, ~nodes[W * k + 2]);
    }

    /** @return node objects for the siblings starting at node {@code first}, up to node {@code end} */
    TlvArrayList level(int first, int end) {
        int size = 0;
        for (int k = first; k < end; k = skip(k)) {
            size++;
        }
        Tlv[] items = new Tlv[size];
        int i = 0;
        for (int k = first; k < end; k = skip(k)) {
            items[i++] = node(k);
        }
        return new TlvArrayList(items);
    }
}
