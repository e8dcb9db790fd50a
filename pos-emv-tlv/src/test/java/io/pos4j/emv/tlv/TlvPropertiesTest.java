package io.pos4j.emv.tlv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Robustness on arbitrary bytes. The tree round-trip, padding and reader-offset properties run
 * on the shared generators in pos-testkit ({@code io.pos4j.testkit.arbitraries.TlvCodecProperties}),
 * which this module cannot depend on without a cycle.
 */
class TlvPropertiesTest {

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
                TlvOptions.strict().withMaxDepth(2).withMaxObjects(3),
                TlvOptions.emvLenient().withMaxDepth(3).withMaxObjects(20))) {
            TlvParser p = TlvParser.of(o);
            String treeOutcome;
            try {
                TlvList l = p.parse(input);
                StringBuilder objects = new StringBuilder();
                for (Tlv t : l.flatten()) {
                    // a constructed node's length is its children's (padding inside is not kept)
                    objects.append(Integer.toHexString(t.tagValue())).append('/')
                            .append(t.isConstructed() ? "c" : t.valueLength()).append(' ');
                }
                treeOutcome = "ok:" + objects;
                assertEquals(l, TlvParser.strict().parse(l.encode()), "re-encoding re-parses equal");
            } catch (TlvParseException e) {
                treeOutcome = "error:" + e.offset() + ":" + e.reason();
            }
            String readerOutcome;
            TlvReader r = p.newReader().reset(input);
            StringBuilder objects = new StringBuilder();
            try {
                while (r.next()) {
                    objects.append(Integer.toHexString(r.tag())).append('/')
                            .append(r.isConstructed() ? "c" : r.valueLength()).append(' ');
                    assertEquals(r.valueOffset() + r.valueLength(), r.endOffset());
                    assertTrue(r.headerOffset() < r.valueOffset(), "header before value");
                }
                readerOutcome = "ok:" + objects;
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
}
