package io.pos4j.emv.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every blob of shared/samples/emv-tlv.txt, with facts read off the public sources. */
class SampleGoldenTest {

    static Stream<String> wellFormed() {
        return Samples.all().keySet().stream().filter(id -> id.compareTo("S20") < 0);
    }

    private static String value(TlvList list, String tag) {
        return list.first(tag).orElseThrow(() -> new AssertionError("no " + tag)).value().toHex();
    }

    private static List<String> tags(List<Tlv> objects) {
        return objects.stream().map(t -> t.tag().toString()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @MethodSource("wellFormed")
    void wellFormedSample_strictAndLenient_parseEqualAndReencodeByteExact(String id) {
        byte[] in = Samples.hex(id);
        TlvList strict = TlvParser.strict().parse(in);
        TlvList lenient = TlvParser.emv().parse(in);
        assertEquals(strict, lenient);
        assertArrayEquals(in, strict.encode(), id);
        assertEquals(in.length, strict.encodedLength());
    }

    @ParameterizedTest
    @MethodSource("wellFormed")
    void wellFormedSample_reader_visitsSameObjectsAsTree(String id) {
        byte[] in = Samples.hex(id);
        List<Tlv> flat = TlvParser.emv().parse(in).flatten();
        TlvReader r = TlvParser.emv().newReader().reset(in);
        int i = 0;
        while (r.next()) {
            Tlv t = flat.get(i++);
            assertEquals(t.tag().value(), r.tag());
            assertEquals(t.valueLength(), r.valueLength());
            assertEquals(t.isConstructed(), r.isConstructed());
            assertEquals(t.value(), Bytes.copyOf(in, r.valueOffset(), r.valueLength()));
        }
        assertEquals(flat.size(), i);
    }

    @Test
    void s01Ppse_pathAll_findsBothAids() {
        TlvList l = TlvParser.emv().parse(Samples.hex("S01"));
        assertEquals(List.of("A0000000421010", "A0000000031010"), l.pathAll("6F/A5/BF0C/61/4F")
                .stream().map(t -> t.value().toHex()).collect(Collectors.toList()));
        assertEquals("A0000000421010", l.path("6F/A5/BF0C/61/4F").orElseThrow().value().toHex());
        assertEquals("325041592E5359532E4444463031", value(l, "84")); // "2PAY.SYS.DDF01"
        assertEquals(2, l.all(Tag.of(0x61)).size());
    }

    @Test
    void s02MastercardPpse_secondEntry_hasLabelAndPriority() {
        TlvList l = TlvParser.emv().parse(Samples.hex("S02"));
        List<Tlv> entries = l.pathAll("6F/A5/BF0C/61");
        assertEquals(2, entries.size());
        assertEquals("A0000000041010", entries.get(1).first(Tag.of(0x4F)).orElseThrow().value().toHex());
        assertEquals("02", entries.get(1).first(Tag.of(0x87)).orElseThrow().value().toHex());
        assertEquals(List.of("4F", "87", "50", "9F28"), tags(entries.get(1).children()));
    }

    @Test
    void s03Fci_pdolAndProprietaryTemplate_found() {
        TlvList l = TlvParser.emv().parse(Samples.hex("S03"));
        assertEquals("9F66049F02069F03069F1A0295055F2A029A039C019F3704",
                l.path("6F/A5/9F38").orElseThrow().value().toHex());
        assertEquals(List.of("DF60", "DF61", "9F4D"), tags(l.path("6F/A5/BF0C").orElseThrow().children()));
    }

    @Test
    void s04DebitMastercard_df64InsideBf0c_has32Bytes() {
        TlvList l = TlvParser.emv().parse(Samples.hex("S04"));
        Tlv df64 = l.path("6F/A5/BF0C/DF64").orElseThrow();
        assertEquals(32, df64.valueLength());
        assertEquals("01", value(l, "DF65"));
        assertEquals("4D415354455243415244", value(l, "9F12")); // "MASTERCARD"
    }

    @Test
    void s05Interac_pdolAndLanguage_found() {
        TlvList l = TlvParser.emv().parse(Samples.hex("S05"));
        assertEquals("656E", value(l, "5F2D"));
        assertEquals(21, l.first("9F38").orElseThrow().valueLength());
    }

    @Test
    void s06AndS07GpoFormat1_arePrimitive80() {
        Tlv s06 = TlvParser.emv().parse(Samples.hex("S06")).objects().get(0);
        assertEquals(Tag.of(0x80), s06.tag());
        assertFalse(s06.isConstructed());
        assertEquals("3C00", s06.value().slice(0, 2).toHex()); // AIP
        Tlv s07 = TlvParser.emv().parse(Samples.hex("S07")).objects().get(0);
        assertEquals(14, s07.valueLength());
    }

    @Test
    void s08GpoFormat2_aipAndAfl() {
        TlvList l = TlvParser.emv().parse(Samples.hex("S08"));
        assertEquals("5980", value(l, "82"));
        assertEquals("08010100100101011801020020010200", value(l, "94"));
    }

    @Test
    void s09Qvsdc_atcAndCryptogram() {
        TlvList l = TlvParser.emv().parse(Samples.hex("S09"));
        assertEquals("028F", value(l, "9F36"));
        assertEquals("FFFFFFFFFFFFFFFF", value(l, "9F26"));
        assertEquals(List.of("9F10", "57", "82", "9F36", "9F26", "9F6C"), tags(l.objects().get(0).children()));
    }

    @Test
    void s10ReadRecord_ffInsideValues_isNotPadding() {
        TlvList l = TlvParser.of(TlvOptions.emvLenient().withFfPadding(true)).parse(Samples.hex("S10"));
        assertEquals(24, l.first("9F1F").orElseThrow().valueLength());
        assertEquals("202F", value(l, "5F20"));
    }

    @Test
    void s19De55_flatList_all31Objects() {
        TlvList l = TlvParser.emv().parse(Samples.hex("S19"));
        assertEquals(31, l.size());
        assertEquals("CBFC767977111F15", value(l, "9F26"));
        assertEquals("80", value(l, "9F27"));
        assertEquals("000000030104", value(l, "9F02"));
        assertEquals("5E0300", value(l, "9F34"));
    }

    @Test
    void s21TrailingZero_lenient_parsesAndDropsPad() {
        byte[] in = Samples.hex("S21");
        TlvList l = TlvParser.emv().parse(in);
        assertEquals(1, l.size());
        assertEquals(0x163, l.objects().get(0).valueLength());
        assertEquals("AFC7D95E1BAA573F", value(l, "9F26"));
        assertEquals("A000000333010101", l.path("70/4F").orElseThrow().value().toHex());
        assertArrayEquals(Arrays.copyOf(in, in.length - 1), l.encode());
    }

    @Test
    void s21TrailingZero_strict_failsAtThePad() {
        byte[] in = Samples.hex("S21");
        TlvParseException e = assertThrows(TlvParseException.class, () -> TlvParser.strict().parse(in));
        assertEquals(TlvParseException.Reason.PADDING_NOT_ALLOWED, e.reason());
        assertEquals(in.length - 1, e.offset());
        assertEquals(1, e.partial().orElseThrow().size(), "the 70 template was complete");
    }

    @Test
    void s22FfBetweenObjects_withFfPadding_skipsPads() {
        TlvList l = TlvParser.of(TlvOptions.emvLenient().withFfPadding(true)).parse(Samples.hex("S22"));
        assertEquals(List.of("5F34", "9F57"), tags(l.objects().get(0).children()));
        assertEquals("0840", value(l, "9F57"));
    }

    @Test
    void s22FfBetweenObjects_strictOrDefault_failsAtOffset6() {
        for (TlvParser p : List.of(TlvParser.strict(), TlvParser.emv())) {
            TlvParseException e = assertThrows(TlvParseException.class, () -> p.parse(Samples.hex("S22")));
            assertEquals(TlvParseException.Reason.TAG_TOO_LONG, e.reason());
            assertEquals(6, e.offset());
            assertEquals("70", e.tagPath());
        }
    }

    @Test
    void s23InvalidLengthByte_strict_failsAtOffset1() {
        TlvParseException e = assertThrows(TlvParseException.class,
                () -> TlvParser.strict().parse(Samples.hex("S23")));
        assertEquals(TlvParseException.Reason.LENGTH_TOO_LONG, e.reason());
        assertEquals(1, e.offset());
        assertEquals("70", e.tagPath());
        assertTrue(e.getMessage().startsWith("tag 70: length announces 17 length bytes"), e.getMessage());
    }

    @Test
    void s23InvalidLengthByte_lengthRepair_readsOneByteLength() {
        TlvParser p = TlvParser.of(TlvOptions.emvLenient().withLongFormLengthRepair(true));
        TlvList l = p.parse(Samples.hex("S23"));
        assertEquals(0x91, l.objects().get(0).valueLength());
        assertEquals(List.of("57", "5F20", "5F30", "9F1F", "9F08", "9F44", "8C", "8D", "9F49"),
                tags(l.objects().get(0).children()));
    }
}
