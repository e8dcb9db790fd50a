package io.pos4j.emv.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class TlvPropertiesTest {

    /** Tags of 1 to 3 bytes with the constructed bit as asked. */
    static Arbitrary<Tag> tags(boolean constructed) {
        Arbitrary<Integer> first = Arbitraries.integers().between(0, 255)
                .map(b -> constructed ? b | 0x20 : b & ~0x20);
        return Combinators.combine(first, Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 0xFFFF)).as((b0, extra, rnd) -> {
                    if ((b0 & 0x1F) != 0x1F) {
                        return b0 == 0 ? Tag.of(0x5A & ~0x20 | (constructed ? 0x20 : 0) | 0x40) : Tag.of(b0);
                    }
                    int v = b0;
                    for (int i = 0; i <= extra; i++) {
                        int b = (rnd >>> (i * 5)) & 0x7F;
                        v = (v << 8) | (i < extra ? b | 0x80 : b);
                    }
                    return Tag.of(v);
                });
    }

    static Arbitrary<Tlv> tlv(int depth) {
        Arbitrary<Tlv> primitive = Combinators.combine(tags(false),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
                        .edgeCases(c -> c.add(new byte[0])))
                .as((t, v) -> Tlv.primitive(t, Bytes.of(v)));
        if (depth == 0) {
            return primitive;
        }
        Arbitrary<Tlv> constructed = Combinators.combine(tags(true), tlv(depth - 1).list().ofMaxSize(4))
                .as(Tlv::constructed);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, primitive), net.jqwik.api.Tuple.of(1, constructed));
    }

    @Provide
    Arbitrary<TlvList> trees() {
        return tlv(3).list().ofMaxSize(6).map(TlvList::of);
    }

    @Property(tries = 1000)
    void anyTree_encodeThenParse_givesEqualTreeAndSameBytes(@ForAll("trees") TlvList tree) {
        byte[] encoded = tree.encode();
        TlvList strict = TlvParser.strict().parse(encoded);
        assertEquals(tree, strict);
        assertEquals(tree, TlvParser.emv().parse(encoded));
        assertArrayEquals(encoded, strict.encode());
        assertEquals(encoded.length, strict.encodedLength());
    }

    @Property(tries = 500)
    void anyTree_zeroPaddingInsertedBetweenObjects_lenientParsesEqual_strictRejects(
            @ForAll("trees") TlvList tree, @ForAll java.util.Random random) {
        byte[] padded = padBetweenObjects(tree, random);
        assertEquals(tree, TlvParser.emv().parse(padded));
        if (padded.length != tree.encodedLength()) {
            TlvParseException e = org.junit.jupiter.api.Assertions.assertThrows(TlvParseException.class,
                    () -> TlvParser.strict().parse(padded));
            assertEquals(TlvParseException.Reason.PADDING_NOT_ALLOWED, e.reason());
        }
    }

    /** Re-encodes with 0-2 bytes of 00 before every object, lengths adjusted. */
    private static byte[] padBetweenObjects(TlvList tree, java.util.Random random) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Tlv t : tree) {
            writePadded(t, random, out);
        }
        out.write(0);
        return out.toByteArray();
    }

    private static void writePadded(Tlv t, java.util.Random random, java.io.ByteArrayOutputStream out) {
        for (int i = random.nextInt(3); i > 0; i--) {
            out.write(0);
        }
        byte[] value;
        if (t.isConstructed()) {
            java.io.ByteArrayOutputStream inner = new java.io.ByteArrayOutputStream();
            for (Tlv c : t.children()) {
                writePadded(c, random, inner);
            }
            value = inner.toByteArray();
        } else {
            value = t.value().toByteArray();
        }
        byte[] header = new byte[8];
        int n = TlvEncoding.writeHeader(header, 0, t.tagValue(), value.length);
        out.write(header, 0, n);
        out.write(value, 0, value.length);
    }

    @Property(tries = 1000)
    void anyTruncationOrCorruption_errorMessageNeverContainsValueBytes(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int cut,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int corruptAt,
            @ForAll byte corruption) {
        // a track-2-like secret inside a template; digits chosen so they cannot appear in a message
        byte[] in = HexFormat.of().parseHex("70 19 57 13 4761739001010119D22122011143804400000F 9F02 01 00"
                .replace(" ", ""));
        byte[] broken = java.util.Arrays.copyOf(in, Math.min(cut, in.length));
        if (corruptAt < broken.length) {
            broken[corruptAt] = corruption;
        }
        for (TlvParser p : List.of(TlvParser.emv(), TlvParser.strict())) {
            try {
                p.parse(broken);
            } catch (TlvParseException e) {
                String m = e.getMessage();
                for (String secret : List.of("476173", "4761739", "0119", "D2212", "1143804")) {
                    org.junit.jupiter.api.Assertions.assertFalse(m.contains(secret), m);
                }
            }
        }
    }

    @Provide
    Arbitrary<byte[]> noise() {
        // biased towards TLV-looking bytes so that deep paths are reached, not only early errors
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 0x00, (byte) 0x70, (byte) 0x9F, (byte) 0xFF,
                (byte) 0x81, (byte) 0x82, (byte) 0x84, (byte) 0x80, (byte) 0x01, (byte) 0x02, (byte) 0x1F,
                (byte) 0x5A, (byte) 0xBF);
        Arbitrary<Byte> any = Arbitraries.bytes();
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, any), net.jqwik.api.Tuple.of(1, interesting))
                .array(byte[].class).ofMaxSize(64);
    }

    @Property(tries = 10_000)
    void anyBytes_parseOrThrowOnlyTlvParseException_inEveryMode(@ForAll("noise") byte[] input) {
        for (TlvOptions o : List.of(TlvOptions.strict(), TlvOptions.emvLenient(),
                TlvOptions.emvLenient().withFfPadding(true).withLongFormLengthRepair(true),
                TlvOptions.strict().withMaxDepth(2).withMaxObjects(3))) {
            TlvParser p = TlvParser.of(o);
            String treeOutcome;
            try {
                TlvList l = p.parse(input);
                treeOutcome = "ok:" + l.flatten().size();
                assertEquals(l, TlvParser.strict().parse(l.encode()), "re-encoding re-parses equal");
            } catch (TlvParseException e) {
                treeOutcome = "error:" + e.offset() + ":" + e.reason();
            }
            String readerOutcome;
            TlvReader r = p.newReader().reset(input);
            int n = 0;
            try {
                while (r.next()) {
                    n++;
                }
                readerOutcome = "ok:" + n;
            } catch (TlvParseException e) {
                readerOutcome = "error:" + e.offset() + ":" + e.reason();
            }
            assertEquals(treeOutcome, readerOutcome, "tree and reader agree");
        }
    }

    @Property(tries = 2000)
    void anyBytes_anySubrange_offsetsIndexTheCallerArray(@ForAll @Size(max = 40) byte[] input,
            @ForAll @Size(max = 8) byte[] prefix) {
        byte[] framed = TlvParserTest.concat(prefix, input);
        Integer direct = errorOffset(() -> TlvParser.emv().parse(input));
        Integer inRange = errorOffset(() -> TlvParser.emv().parse(framed, prefix.length, input.length));
        assertEquals(direct == null ? null : direct + prefix.length, inRange);
    }

    private static Integer errorOffset(Runnable r) {
        try {
            r.run();
            return null;
        } catch (TlvParseException e) {
            return e.offset();
        }
    }

    @Property(tries = 200)
    void anyTree_splitIntoPieces_readerOffsetsMatchTree(@ForAll("trees") TlvList tree) {
        byte[] encoded = tree.encode();
        List<Tlv> flat = tree.flatten();
        List<Tlv> seen = new ArrayList<>();
        TlvReader r = TlvParser.strict().newReader().reset(encoded);
        while (r.next()) {
            seen.add(flat.get(seen.size()));
            Tlv t = seen.get(seen.size() - 1);
            assertEquals(t.tag().value(), r.tag());
            assertEquals(t.encodedLength(), r.endOffset() - r.headerOffset());
        }
        assertEquals(flat.size(), seen.size());
    }
}
