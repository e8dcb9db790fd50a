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
        int[] marks = NO_INTS;
        int[] openTags = NO_INTS;
        int open = 0;
        try {
            while (reader.next()) {
                int depth = reader.depth();
                while (open >= depth) {
                    open--;
                    size = close(stack, size, marks[open], openTags[open]);
                }
                if (size == stack.length) {
                    stack = Arrays.copyOf(stack, size * 2);
                }
                if (reader.isConstructed()) {
                    if (open == marks.length) {
                        marks = Arrays.copyOf(marks, Math.max(4, open * 2));
                        openTags = Arrays.copyOf(openTags, Math.max(4, open * 2));
                    }
                    marks[open] = size;
                    openTags[open] = reader.tag();
                    open++;
                } else {
                    stack[size++] = new Tlv.Primitive(copy, reader.headerOffset(), reader.valueOffset());
                }
            }
            while (open > 0) {
                open--;
                size = close(stack, size, marks[open], openTags[open]);
            }
        } catch (TlvParseException e) {
            // objects whose end the reader had passed are complete: close them for the partial result
            while (open > reader.openCount()) {
                open--;
                size = close(stack, size, marks[open], openTags[open]);
            }
            int top = open == 0 ? size : marks[0];
            throw e.withPartial(TlvList.wrap(new TlvArrayList(Arrays.copyOf(stack, top))));
        }
        return TlvList.wrap(new TlvArrayList(stack, size));
    }

    /** Replaces the entries from {@code mark} with one constructed object; @return the new size. */
    private static int close(Tlv[] stack, int size, int mark, int tag) {
        Tlv[] children = mark == size ? NONE : Arrays.copyOfRange(stack, mark, size);
        stack[mark] = Tlv.Constructed.create(tag, new TlvArrayList(children));
        return mark + 1;
    }
}
