package io.pos4j.emv.tlv;

/**
 * How a {@link TlvParser} reads: padding rules and limits. Immutable; start from
 * {@link #emvLenient()} or {@link #strict()} and adjust with the {@code with...} methods, each of
 * which checks its argument eagerly.
 *
 * <p>Padding (EMV Book 3 Annex B): {@code 00} bytes may appear before, between and after data
 * objects; {@code FF} filler is seen on real cards but {@code FFxx} can also start a real tag, so
 * FF skipping is only on request. Padding is skipped only where a tag is expected, at any nesting
 * level, and is not kept in the tree.
 *
 * <p>Limits (all counted over the whole input): nesting depth (top-level objects are at depth 1),
 * number of objects, bytes per tag, and bytes per long-form length (after the {@code 8x} byte).
 * Exceeding a limit throws {@link TlvParseException} whose message names the setting.
 *
 * @param skipZeroPadding      skip {@code 00} bytes where a tag is expected
 * @param skipFfPadding        skip {@code FF} bytes where a tag is expected
 * @param maxDepth             deepest nesting allowed, 1 to {@link #MAX_DEPTH}
 * @param maxObjects           most data objects allowed in one input, at least 1
 * @param maxTagBytes          longest tag allowed, 1 to {@link Tag#MAX_BYTES}
 * @param maxLengthBytes       most subsequent length bytes allowed, 1 to 4
 * @param repairLongFormLength read an impossible long-form length byte ({@code 85}-{@code FE}) as
 *                             a one-byte length when that value ends exactly where the enclosing
 *                             object (or the input) ends; a work-around for cloned cards seen in
 *                             the wild, off by default
 */
public record TlvOptions(boolean skipZeroPadding, boolean skipFfPadding, int maxDepth, int maxObjects,
        int maxTagBytes, int maxLengthBytes, boolean repairLongFormLength) {

    /** The largest depth limit that can be configured; keeps every tree operation shallow. */
    public static final int MAX_DEPTH = 1000;
    /** Default nesting limit: real EMV data nests at most about 5 levels deep. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** Default object limit. */
    public static final int DEFAULT_MAX_OBJECTS = 10_000;

    private static final TlvOptions LENIENT = new TlvOptions(true, false, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_OBJECTS, Tag.MAX_BYTES, 4, false);
    private static final TlvOptions STRICT = new TlvOptions(false, false, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_OBJECTS, Tag.MAX_BYTES, 4, false);

    /**
     * @throws IllegalArgumentException if a limit is out of its range
     */
    public TlvOptions {
        check("maxDepth", maxDepth, 1, MAX_DEPTH);
        check("maxObjects", maxObjects, 1, Integer.MAX_VALUE);
        check("maxTagBytes", maxTagBytes, 1, Tag.MAX_BYTES);
        check("maxLengthBytes", maxLengthBytes, 1, 4);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ": " + value);
        }
    }

    /**
     * @return the EMV default: {@code 00} padding skipped, no FF padding, default limits, no repair
     */
    public static TlvOptions emvLenient() {
        return LENIENT;
    }

    /** @return plain BER: no padding anywhere, the input must end exactly after the last object */
    public static TlvOptions strict() {
        return STRICT;
    }

    /** @return whether no padding is skipped and nothing is repaired */
    public boolean isStrict() {
        return !skipZeroPadding && !skipFfPadding && !repairLongFormLength;
    }

    /**
     * @param skip whether to skip {@code 00} padding
     * @return a copy with the setting
     */
    public TlvOptions withZeroPadding(boolean skip) {
        return new TlvOptions(skip, skipFfPadding, maxDepth, maxObjects, maxTagBytes, maxLengthBytes,
                repairLongFormLength);
    }

    /**
     * @param skip whether to skip {@code FF} padding
     * @return a copy with the setting
     */
    public TlvOptions withFfPadding(boolean skip) {
        return new TlvOptions(skipZeroPadding, skip, maxDepth, maxObjects, maxTagBytes, maxLengthBytes,
                repairLongFormLength);
    }

    /**
     * @param limit deepest nesting, 1 to {@link #MAX_DEPTH}
     * @return a copy with the setting
     */
    public TlvOptions withMaxDepth(int limit) {
        return new TlvOptions(skipZeroPadding, skipFfPadding, limit, maxObjects, maxTagBytes,
                maxLengthBytes, repairLongFormLength);
    }

    /**
     * @param limit most objects, at least 1
     * @return a copy with the setting
     */
    public TlvOptions withMaxObjects(int limit) {
        return new TlvOptions(skipZeroPadding, skipFfPadding, maxDepth, limit, maxTagBytes,
                maxLengthBytes, repairLongFormLength);
    }

    /**
     * @param limit longest tag, 1 to 4 bytes
     * @return a copy with the setting
     */
    public TlvOptions withMaxTagBytes(int limit) {
        return new TlvOptions(skipZeroPadding, skipFfPadding, maxDepth, maxObjects, limit,
                maxLengthBytes, repairLongFormLength);
    }

    /**
     * @param limit most subsequent length bytes, 1 to 4
     * @return a copy with the setting
     */
    public TlvOptions withMaxLengthBytes(int limit) {
        return new TlvOptions(skipZeroPadding, skipFfPadding, maxDepth, maxObjects, maxTagBytes, limit,
                repairLongFormLength);
    }

    /**
     * @param repair whether to repair impossible long-form lengths
     * @return a copy with the setting
     */
    public TlvOptions withLongFormLengthRepair(boolean repair) {
        return new TlvOptions(skipZeroPadding, skipFfPadding, maxDepth, maxObjects, maxTagBytes,
                maxLengthBytes, repair);
    }
}
