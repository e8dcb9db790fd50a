package io.pos4j.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvParseException;
import io.pos4j.emv.tlv.TlvParser;
import io.pos4j.emv.tlv.TlvReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * pos-emv-tlv's generator-based codec properties, on the shared arbitraries (moved here from
 * pos-emv-tlv's TlvPropertiesTest: that module cannot depend on pos-testkit without a cycle).
 */
class TlvCodecProperties {

    @Provide
    Arbitrary<TlvList> trees() {
        return TlvArbitraries.trees();
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
            @ForAll("trees") TlvList tree, @ForAll Random random) {
        byte[] padded = padBetweenObjects(tree, random);
        assertEquals(tree, TlvParser.emv().parse(padded));
        if (padded.length != tree.encodedLength()) {
            TlvParseException e = assertThrows(TlvParseException.class, () -> TlvParser.strict().parse(padded));
            assertEquals(TlvParseException.Reason.PADDING_NOT_ALLOWED, e.reason());
        }
    }

    /** Re-encodes with 0-2 bytes of 00 before every object, lengths adjusted. */
    private static byte[] padBetweenObjects(TlvList tree, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Tlv t : tree) {
            writePadded(t, random, out);
        }
        out.write(0);
        return out.toByteArray();
    }

    private static void writePadded(Tlv t, Random random, ByteArrayOutputStream out) {
        for (int i = random.nextInt(3); i > 0; i--) {
            out.write(0);
        }
        byte[] value;
        if (t.isConstructed()) {
            ByteArrayOutputStream inner = new ByteArrayOutputStream();
            for (Tlv c : t.children()) {
                writePadded(c, random, inner);
            }
            value = inner.toByteArray();
        } else {
            value = t.value().toByteArray();
        }
        out.writeBytes(t.tag().toBytes());
        out.writeBytes(LongForms.length(value.length, 0));
        out.writeBytes(value);
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
