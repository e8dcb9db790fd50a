package io.pos4j.emv.tlv;

import java.io.InputStream;
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
 * <p>The tree copies the input once and indexes it in one pass (every object is checked then);
 * values are views on that private copy, and node objects are created on first use. Parsing
 * never recurses on input depth and never depends on the dictionary: unknown tags parse fine.
 */
public final class TlvParser {

    private static final TlvParser EMV = new TlvParser(TlvOptions.emvLenient());
    private static final TlvParser STRICT = new TlvParser(TlvOptions.strict());

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
     * @param in the stream to read top-level objects from (not closed by the reader)
     * @return a reader with this parser's options and
     *         {@link TlvStreamReader#DEFAULT_MAX_OBJECT_LENGTH} (not thread-safe)
     */
    public TlvStreamReader newStreamReader(InputStream in) {
        return new TlvStreamReader(options, in, TlvStreamReader.DEFAULT_MAX_OBJECT_LENGTH);
    }

    /**
     * @param in              the stream to read top-level objects from (not closed by the reader)
     * @param maxObjectLength most value bytes a top-level object may announce (bounds memory)
     * @return a reader with this parser's options (not thread-safe)
     * @throws IllegalArgumentException if {@code maxObjectLength} is negative
     */
    public TlvStreamReader newStreamReader(InputStream in, int maxObjectLength) {
        return new TlvStreamReader(options, in, maxObjectLength);
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
        return TlvIndex.parse(copy, offset, options);
    }
}
