package io.pos4j.emv.tlv.dol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tag;
import io.pos4j.emv.tlv.TlvBuilder;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DolTest {

    private static Dol dol(String hex) {
        return Dol.parse(Bytes.fromHex(hex));
    }

    private static String build(String dolHex, Map<String, String> values) {
        return dol(dolHex).build(t -> Optional.ofNullable(values.get(t.toString())).map(Bytes::fromHex)).toHex();
    }

    @Test
    void parse_s03Pdol_entriesInOrder() {
        Dol d = dol("9F66049F02069F03069F1A0295055F2A029A039C019F3704");
        assertEquals("Dol[9F66(4), 9F02(6), 9F03(6), 9F1A(2), 95(5), 5F2A(2), 9A(3), 9C(1), 9F37(4)]", d.toString());
        assertEquals(33, d.dataLength());
        assertEquals("9F66049F02069F03069F1A0295055F2A029A039C019F3704", d.encode().toHex());
    }

    @Test
    void parse_duplicates_kept() {
        assertEquals(List.of(new DolEntry(Tag.of(0x9F37), 4), new DolEntry(Tag.of(0x9F37), 2)),
                dol("9F37049F3702").entries());
    }

    @Test
    void parse_truncated_throwsWithOffset() {
        TlvParseException e = assertThrows(TlvParseException.class, () -> dol("9F0206 9F"));
        assertEquals(3, e.offset());
        assertEquals(TlvParseException.Reason.TRUNCATED_TAG, e.reason());
        TlvParseException e2 = assertThrows(TlvParseException.class, () -> dol("9F0206 9F03"));
        assertEquals(5, e2.offset());
        assertEquals(TlvParseException.Reason.TRUNCATED_LENGTH, e2.reason());
        assertEquals(TlvParseException.Reason.INDEFINITE_LENGTH,
                assertThrows(TlvParseException.class, () -> dol("9F0280")).reason());
    }

    @Test
    void build_missingTag_zeros() {
        assertEquals("00000000", build("9F3704", Map.of()));
    }

    @Test
    void build_constructedTag_zerosEvenIfPresent() {
        assertEquals("0000", build("7002", Map.of("70", "5A00")));
    }

    @Test
    void build_numericShorter_padsLeftWithZeros() {
        assertEquals("000000000100", build("9F0206", Map.of("9F02", "0100")));
    }

    @Test
    void build_numericLonger_truncatesOnTheLeft() {
        assertEquals("0100", build("9F0202", Map.of("9F02", "000000000100")));
    }

    @Test
    void build_compressedNumericShorter_padsRightWithFF() {
        assertEquals("4761739001010119FFFF", build("5A0A", Map.of("5A", "4761739001010119")));
    }

    @Test
    void build_compressedNumericLonger_truncatesOnTheRight() {
        assertEquals("47617390", build("5A04", Map.of("5A", "4761739001010119")));
    }

    @Test
    void build_binaryOrTextShorter_padsRightWithZeros() {
        assertEquals("AABB0000", build("9F3704", Map.of("9F37", "AABB")));
        assertEquals("41424300", build("9F1C04", Map.of("9F1C", "414243"))); // an
    }

    @Test
    void build_binaryOrTextLonger_truncatesOnTheRight() {
        assertEquals("AABB", build("9F3702", Map.of("9F37", "AABBCCDD")));
        assertEquals("4142", build("9F1C02", Map.of("9F1C", "41424344")));
    }

    @Test
    void build_unknownTagPresent_treatedAsBinary() {
        assertEquals("0102000000", build("DF7705", Map.of("DF77", "0102")));
    }

    @Test
    void build_fromTlvList_andSplitBack() {
        TlvList data = TlvBuilder.create().add("9F02", "000000001000").add("9A", "260131")
                .add("9F37", "11223344").build();
        Dol d = dol("9F02069A039F3704");
        Bytes built = d.build(data);
        assertEquals("00000000100026013111223344", built.toHex());
        List<Dol.Value> values = d.split(built);
        assertEquals("260131", values.get(1).value().toHex());
        assertThrows(IllegalArgumentException.class, () -> d.split(Bytes.fromHex("00")));
    }

    @Property(tries = 1000)
    void anyBytes_parseOrThrowOnlyTlvParseException(@ForAll byte[] input) {
        try {
            Dol d = Dol.parse(Bytes.of(input));
            assertEquals(d, Dol.parse(d.encode()));
        } catch (TlvParseException e) {
            // expected for malformed input
        }
    }
}
