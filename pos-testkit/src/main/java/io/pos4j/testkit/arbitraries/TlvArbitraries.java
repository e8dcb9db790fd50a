package io.pos4j.testkit.arbitraries;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tag;
import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * BER-TLV (EMV Book 3 Annex B) trees: tags of 1 to 4 bytes, primitive and constructed objects,
 * values long enough to need every minimal length form ({@code 81}, {@code 82} and, rarely,
 * {@code 83}), and {@link #encodings()} that write the same tree with non-minimal long-form
 * lengths. EMV-shaped records come from {@link EmvArbitraries}. Every tree shrinks to a smaller
 * valid tree. Stateless; thread-safe.
 */
public final class TlvArbitraries {

    private TlvArbitraries() {
    }

    /** @return valid tags of 1 to 4 bytes, primitive or constructed */
    public static Arbitrary<Tag> tags() {
        return Arbitraries.oneOf(tags(false), tags(true));
    }

    /**
     * @param constructed whether bit 6 of the first byte (constructed) is set
     * @return valid tags of 1 to 4 bytes of any class
     */
    public static Arbitrary<Tag> tags(boolean constructed) {
        Arbitrary<Integer> cls = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> low = Arbitraries.integers().between(1, 30); // 1..30: single byte (00 is padding)
        Arbitrary<Integer> extra = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> bits = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return Combinators.combine(cls, low, extra, bits).as((c, l, n, r) -> {
            int first = (c << 6) | (constructed ? 0x20 : 0);
            if (n == 0) {
                return Tag.of(first | l);
            }
            int v = first | 0x1F;
            for (int i = 0; i < n; i++) {
                int b = (r >>> (7 * i)) & 0x7F;
                if (i == 0 && b == 0) {
                    b = 1; // a first subsequent byte of 80 would be a non-minimal tag number
                }
                v = (v << 8) | (i < n - 1 ? b | 0x80 : b);
            }
            return Tag.of(v);
        });
    }

    /**
     * @return value bytes: mostly short, sometimes 128-255 bytes ({@code 81} form) or
     *         256-1000 bytes ({@code 82} form), shrinking towards empty
     */
    public static Arbitrary<Bytes> values() {
        Arbitrary<byte[]> shortV = Arbitraries.bytes().array(byte[].class).ofMaxSize(127);
        Arbitrary<byte[]> form81 = Arbitraries.bytes().array(byte[].class).ofMinSize(128).ofMaxSize(255);
        Arbitrary<byte[]> form82 = Arbitraries.bytes().array(byte[].class).ofMinSize(256).ofMaxSize(1000);
        return Arbitraries.frequencyOf(Tuple.of(20, shortV), Tuple.of(2, form81), Tuple.of(1, form82))
                .map(Bytes::of);
    }

    /** @return one value of 65,536 to 70,000 bytes, which needs the {@code 83} length form */
    public static Arbitrary<Bytes> hugeValues() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(65_536).ofMaxSize(70_000).map(Bytes::of);
    }

    /**
     * @param maxDepth largest nesting of constructed objects (0: primitives only)
     * @return one data object
     */
    public static Arbitrary<Tlv> objects(int maxDepth) {
        Arbitrary<Tlv> primitive = Combinators.combine(tags(false), values()).as(Tlv::primitive);
        if (maxDepth <= 0) {
            return primitive;
        }
        Arbitrary<Tlv> constructed = Combinators.combine(tags(true),
                Arbitraries.lazy(() -> objects(maxDepth - 1)).list().ofMaxSize(4)).as(Tlv::constructed);
        return Arbitraries.frequencyOf(Tuple.of(3, primitive), Tuple.of(1, constructed));
    }

    /** @return lists of up to 6 top-level objects nested up to 3 deep */
    public static Arbitrary<TlvList> trees() {
        return objects(3).list().ofMaxSize(6).map(TlvList::of);
    }

    /**
     * A tree and one encoding of it whose lengths use random (possibly non-minimal) forms: short
     * form where possible or {@code 81}..{@code 84}. Parsing {@link Encoded#bytes()} in strict
     * mode gives {@link Encoded#tree()}.
     *
     * @return encodings with every length form
     */
    public static Arbitrary<Encoded> encodings() {
        return Combinators.combine(trees(), Arbitraries.longs()).as((tree, seed) ->
                new Encoded(tree, Bytes.of(LongForms.encode(tree, new java.util.Random(seed)))));
    }

    /**
     * A tree and an encoding of it.
     *
     * @param tree  the tree
     * @param bytes its encoding (possibly with non-minimal long-form lengths)
     */
    public record Encoded(TlvList tree, Bytes bytes) {
        /** Checks for nulls. */
        public Encoded {
            java.util.Objects.requireNonNull(tree, "tree");
            java.util.Objects.requireNonNull(bytes, "bytes");
        }
    }
}
