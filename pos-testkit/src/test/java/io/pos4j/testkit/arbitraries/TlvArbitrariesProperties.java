package io.pos4j.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tag;
import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvParseException;
import io.pos4j.emv.tlv.TlvParser;
import io.pos4j.emv.tlv.TlvReader;
import io.pos4j.emv.tlv.dol.Dol;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TlvArbitrariesProperties {

    @Provide
    Arbitrary<TlvArbitraries.Encoded> encodings() {
        return TlvArbitraries.encodings();
    }

    @Property(tries = 300)
    void anyLengthForm_parsedStrictly_givesTheTree(@ForAll("encodings") TlvArbitraries.Encoded e) {
        assertEquals(e.tree(), TlvParser.strict().parse(e.bytes()));
    }

    @Example
    void tags_overManySamples_haveOneToFourBytes() {
        Set<Integer> lengths = new java.util.HashSet<>();
        TlvArbitraries.tags().sampleStream().limit(500).forEach(t -> lengths.add(t.byteLength()));
        assertEquals(Set.of(1, 2, 3, 4), lengths);
    }

    @Example
    void hugeValue_needsTheThreeByteLengthForm_andRoundTrips() {
        Tlv t = Tlv.primitive(Tag.of(0xDF8101), TlvArbitraries.hugeValues().sample());
        byte[] enc = t.encode();
        assertEquals(0x83, enc[3] & 0xFF);
        assertEquals(TlvList.of(t), TlvParser.strict().parse(enc));
    }

    @Provide
    Arbitrary<TlvList> emvRecords() {
        return net.jqwik.api.Arbitraries.oneOf(EmvArbitraries.fci(), EmvArbitraries.gpoFormat1(),
                EmvArbitraries.gpoFormat2(), EmvArbitraries.readRecord(), EmvArbitraries.de55());
    }

    @Property(tries = 300)
    void emvRecord_roundTripsStrictly(@ForAll("emvRecords") TlvList record) {
        assertEquals(record, TlvParser.strict().parse(record.encode()));
    }

    @Property(tries = 100)
    void fci_hasDfNameAndParsablePdolWhenPresent(@ForAll("fci") TlvList fci) {
        assertTrue(fci.path("6F/84").isPresent());
        fci.path("6F/A5/9F38").ifPresent(p -> assertTrue(Dol.parse(p.value()).dataLength() > 0));
    }

    @Provide
    Arbitrary<TlvList> fci() {
        return EmvArbitraries.fci();
    }

    @Property(tries = 100)
    void gpoFormat1_isAipThenWholeAflEntries(@ForAll("gpo1") TlvList gpo) {
        Bytes v = gpo.first("80").orElseThrow().value();
        assertEquals(2, (v.length() - 2) % 4 == 0 ? 2 : -1);
        for (int i = 2; i < v.length(); i += 4) {
            int sfi = v.get(i) >> 3;
            assertTrue(sfi >= 1 && sfi <= 30 && v.get(i + 1) >= 1 && v.get(i + 2) >= v.get(i + 1));
        }
    }

    @Provide
    Arbitrary<TlvList> gpo1() {
        return EmvArbitraries.gpoFormat1();
    }

    @Property(tries = 100)
    void readRecordPan_isLuhnValid(@ForAll("records") TlvList record) {
        record.value(Tag.of(0x5A)).ifPresent(pan ->
                assertTrue(CardArbitraries.isLuhnValid(pan.toHex().replace("F", ""))));
        record.value(Tag.of(0x57)).ifPresent(t2 -> {
            String pan = t2.toHex().substring(0, t2.toHex().indexOf('D'));
            assertTrue(CardArbitraries.isLuhnValid(pan));
        });
    }

    @Provide
    Arbitrary<TlvList> records() {
        return EmvArbitraries.readRecord();
    }

    @Property(tries = 100)
    void de55_hasTheMandatoryChipData(@ForAll("de55") TlvList de55) {
        for (String t : new String[] {"9F26", "9F27", "9F10", "9F37", "9F36", "95", "9A", "9C", "9F02", "5F2A", "82"}) {
            assertTrue(de55.first(t).isPresent(), t);
        }
        assertEquals(8, de55.value(Tag.of(0x9F26)).orElseThrow().length());
    }

    @Provide
    Arbitrary<TlvList> de55() {
        return EmvArbitraries.de55();
    }

    @Provide
    Arbitrary<MalformedTlv> malformed() {
        return MalformedInputs.tlv();
    }

    @Property(tries = 1500)
    void malformedTlv_treeAndReader_throwTheTaggedReason(@ForAll("malformed") MalformedTlv bad) {
        TlvParser parser = TlvParser.of(bad.options());
        byte[] in = bad.input().toByteArray();
        TlvParseException e = assertThrows(TlvParseException.class, () -> parser.parse(in), bad::toString);
        assertEquals(bad.expected(), e.reason(), () -> bad + ": " + e.getMessage());
        TlvReader r = parser.newReader().reset(in);
        TlvParseException e2 = assertThrows(TlvParseException.class, () -> {
            while (r.next()) {
                // walk everything
            }
        }, bad::toString);
        assertEquals(bad.expected(), e2.reason(), bad::toString);
    }

    @Example
    void malformedTlv_overManySamples_coverEveryParserReason() {
        Set<TlvParseException.Reason> seen = EnumSet.noneOf(TlvParseException.Reason.class);
        MalformedInputs.tlv().sampleStream().limit(600).forEach(b -> seen.add(b.expected()));
        assertEquals(EnumSet.complementOf(EnumSet.of(TlvParseException.Reason.MALFORMED)), seen);
    }
}
