package io.pos4j.emv.tlv;

import java.util.Arrays;
import java.util.Objects;

/**
 * Parses BER-TLV (EMV Book 3 Annex B) into an immutable {@link TlvList}, or hands out a
 * zero-copy {@link TlvReader}. Immutable and thread-safe; create one per set of options and share
 * it.
 *
 * <pre>{@code
 * TlvList de55 = TlvParser.emv().parse(bytes);          // 00 padding skipped
 * Bytes arqc = de55.value(Tag.of(0x9F26)).orElseThrow();
 * TlvList strict = TlvParser.strict().parse(bytes);     // plain BER, no padding
 * }</pre>
 *
 * <p>The tree copies the input once; values are views on that private copy. Parsing never
 * recurses on input depth and never depends on the dictionary: unknown tags parse fine.
 */
public final class TlvParser {

    private static final TlvParser EMV = new TlvParser(TlvOptions.emvLenient());
    private static final TlvParser STRICT = new TlvParser(TlvOptions.strict());

    private static final Tlv[] NONE = new Tlv[0];
    private static final int[] NO_INTS = new int[0];

    private final TlvOptions options;

    private TlvParser(TlvOptions options) {
        this.options = options;
    }

    /**
     * @param options padding rules and limits
     * @return a parser applying them
     */
    public static TlvParser of(TlvOptions options) {
        return new TlvParser(Objects.requireNonNull(options, "options"));
    }

    /** @return the EMV-lenient parser ({@link TlvOptions#emvLenient()}) */
    public static TlvParser emv() {
        return EMV;
    }

    /** @return the strict parser ({@link TlvOptions#strict()}) */
    public static TlvParser strict() {
        return STRICT;
    }

    /** @return the options applied */
    public TlvOptions options() {
        return options;
    }

    /** @return a new reusable cursor with this parser's options (not thread-safe) */
    public TlvReader newReader() {
        return new TlvReader(options);
    }

    /**
     * @param input the bytes (copied)
     * @return the top-level objects
     * @throws TlvParseException if the input is malformed or over a limit; its
     *                           {@link TlvParseException#partial()} has the objects read before
     */
    public TlvList parse(byte[] input) {
        Objects.requireNonNull(input, "input");
        return parse(input, 0, input.length);
    }

    /**
     * @param input the bytes
     * @return the top-level objects
     * @throws TlvParseException as {@link #parse(byte[])}
     */
    public TlvList parse(Bytes input) {
        Objects.requireNonNull(input, "input");
        byte[] owned = input.toByteArray();
        return parseOwned(owned, 0, owned.length);
    }

    /**
     * @param input  the bytes (the range is copied)
     * @param offset first byte
     * @param length number of bytes
     * @return the top-level objects
     * @throws TlvParseException         as {@link #parse(byte[])}; offsets index {@code input}
     * @throws IndexOutOfBoundsException if the range is outside the array
     */
    public TlvList parse(byte[] input, int offset, int length) {
        Objects.requireNonNull(input, "input");
        Objects.checkFromIndexSize(offset, length, input.length);
        byte[] copy = offset == 0 && length == input.length
                ? input.clone() : Arrays.copyOfRange(input, offset, offset + length);
        return parseOwned(copy, offset, length);
    }

    /** @param copy the bytes to parse, owned by the result from now on; offsets reported + {@code offset} */
    private TlvList parseOwned(byte[] copy, int offset, int length) {
        TlvReader reader = new TlvReader(options).reset(copy);
        reader.errorBase(offset);
        // every object not yet attached to a finished parent sits on one stack; a constructed
        // object's children are the stack entries above its start mark
        Tlv[] stack = new Tlv[Math.min(length / 8 + 4, 64)];
        int size = 0;
        // per open constructed level, 4 ints: stack mark of its first child, tag, height so far,
        // encoded length of its children so far
        int[] lv = NO_INTS;
        int open = 0;
        try {
            while (reader.next()) {
                int depth = reader.depth();
                while (open >= depth) {
                    open--;
                    size = close(stack, size, lv, open);
                }
                if (size == stack.length) {
                    stack = Arrays.copyOf(stack, size * 2);
                }
                if (reader.isConstructed()) {
                    if (4 * open == lv.length) {
                        lv = Arrays.copyOf(lv, Math.max(16, lv.length * 2));
                    }
                    int at = 4 * open;
                    lv[at] = size;
                    lv[at + 1] = reader.tag();
                    lv[at + 2] = 0;
                    lv[at + 3] = 0;
                    open++;
                } else {
                    stack[size++] = new Tlv.Primitive(copy, reader.headerOffset(), reader.valueOffset());
                    if (open > 0) {
                        int len = reader.valueLength();
                        add(lv, open - 1, TlvEncoding.tagLength(reader.tag()) + TlvEncoding.lengthOfLength(len),
                                len);
                    }
                }
            }
            while (open > 0) {
                open--;
                size = close(stack, size, lv, open);
            }
        } catch (TlvParseException e) {
            // objects whose end the reader had passed are complete: close them for the partial result
            while (open > reader.openCount()) {
                open--;
                size = close(stack, size, lv, open);
            }
            int top = open == 0 ? size : lv[0];
            throw e.withPartial(TlvList.wrap(new TlvArrayList(Arrays.copyOf(stack, top))));
        }
        return TlvList.wrap(new TlvArrayList(stack, size));
    }

    /** Adds a child's encoded length to the children total of {@code level}. */
    private static void add(int[] lv, int level, int header, int valueLength) {
        long sum = (long) lv[4 * level + 3] + header + valueLength;
        if (sum > Integer.MAX_VALUE - 16) {
            // only reachable with inputs near 2 GiB whose repaired lengths re-encode longer
            throw new TlvParseException(TlvParseException.Reason.MALFORMED, 0, Tag.hex(lv[4 * level + 1]),
                    "re-encoded value exceeds 2 GiB");
        }
        lv[4 * level + 3] = (int) sum;
    }

    /** Replaces the stack entries of {@code level} with one constructed object; @return the new size. */
    private static int close(Tlv[] stack, int size, int[] lv, int level) {
        int at = 4 * level;
        int mark = lv[at];
        Tlv[] children = mark == size ? NONE : Arrays.copyOfRange(stack, mark, size);
        int height = lv[at + 2] + 1;
        int valueLength = lv[at + 3];
        stack[mark] = Tlv.Constructed.trusted(lv[at + 1], new TlvArrayList(children), valueLength, height);
        if (level > 0) {
            add(lv, level - 1, TlvEncoding.tagLength(lv[at + 1]) + TlvEncoding.lengthOfLength(valueLength),
                    valueLength);
            lv[at - 4 + 2] = Math.max(lv[at - 4 + 2], height);
        }
        return mark + 1;
    }
}
