package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.emv.tlv.Tag;
import io.pos4j.emv.tlv.TlvBuilder;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.iso8583.spec.Dialects;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TlvFieldTest {

    @Test
    void s16_de55_readsAsTlv_inBinaryAndAscii() {
        IsoMessage bin = IsoCodec.of(Dialects.ISO87_BINARY).unpack(Samples.get("S16", 0));
        IsoMessage asc = IsoCodec.of(Dialects.ISO87_ASCII).unpack(Samples.get("S16", 1));
        TlvList a = bin.tlv(55);
        assertEquals("1122334455667788", a.value(Tag.of(0x9F26)).orElseThrow().toHex());
        assertEquals(a, asc.tlv(55));
        assertArrayEquals(bin.bytes(55), a.encode());
    }

    @Test
    void toString_de55_masksSensitiveTags() {
        TlvList tlv = TlvBuilder.create().add("5A", "4761739001010119").add("9F02", "000000001000").build();
        IsoMessage m = IsoCodec.of(Dialects.ISO87_BINARY).builder("0200").set(55, tlv).build();
        String s = m.toString();
        assertFalse(s.contains("4761739001010119"), s);
        assertTrue(s.contains("476173"), s);
        assertTrue(s.contains("000000001000"), s);
    }

    @Test
    void tlv_malformedDe55_throwsBadSubfieldWithMessageOffset() {
        IsoCodec codec = IsoCodec.of(Dialects.ISO87_BINARY);
        byte[] packed = codec.pack(codec.builder("0200").set(55, HexFormat.of().parseHex("9F0206000000")).build());
        IsoMessage m = codec.unpack(packed);
        IsoParseException e = assertThrows(IsoParseException.class, () -> m.tlv(55));
        assertEquals(IsoParseException.Reason.BAD_SUBFIELD, e.reason());
        assertTrue(e.fieldPath().startsWith("55"), e.fieldPath());
        assertTrue(e.offset() >= packed.length - 6 && e.offset() <= packed.length, "offset " + e.offset());
        assertTrue(m.toString().contains("not BER-TLV"));
    }

    @Test
    void unpack_validateTlv_malformedDe55_rejectedWithPathAndOffset() {
        IsoCodec lenient = IsoCodec.of(Dialects.ISO87_BINARY);
        IsoCodec strict = IsoCodec.of(Dialects.ISO87_BINARY, DecodeLimits.DEFAULT.withTlvValidation());
        // 9F02 announces 6 value bytes, 3 follow
        byte[] packed = lenient.pack(lenient.builder("0200").set(11, "000001")
                .set(55, HexFormat.of().parseHex("9F0206000000")).build());
        assertEquals(6, lenient.unpack(packed).bytes(55).length);
        IsoParseException e = assertThrows(IsoParseException.class, () -> strict.unpack(packed));
        assertEquals(IsoParseException.Reason.BAD_SUBFIELD, e.reason());
        assertEquals("55/9F02", e.fieldPath());
        assertEquals(packed.length - 4, e.offset(), "offset of 9F02's length byte in the message");
        assertTrue(e.getMessage().startsWith("field 55: not valid BER-TLV ("), e.getMessage());
        assertFalse(e.getMessage().contains("000000"), e.getMessage());
    }

    @Test
    void unpack_validateTlv_wellFormedDe55InBothIso87Dialects_accepted() {
        IsoCodec bin = IsoCodec.of(Dialects.ISO87_BINARY, DecodeLimits.DEFAULT.withTlvValidation());
        IsoCodec asc = IsoCodec.of(Dialects.ISO87_ASCII, DecodeLimits.DEFAULT.withTlvValidation());
        assertEquals(bin.unpack(Samples.get("S16", 0)).tlv(55), asc.unpack(Samples.get("S16", 1)).tlv(55));
        assertTrue(DecodeLimits.DEFAULT.withTlvValidation().validateTlv());
        assertFalse(DecodeLimits.DEFAULT.validateTlv());
    }

    @Test
    void find_paths_fieldPartAndTag() {
        IsoMessage cup = IsoCodec.of(Dialects.CUP).unpack(Samples.get("S03", 0));
        assertEquals("071", cup.find("22").orElseThrow());
        assertEquals("000727", cup.find("60.2").orElseThrow());
        assertEquals("000000001111", cup.find("55/9F02").orElseThrow());
        assertTrue(cup.find("55/9F7A").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> cup.find("55/9F99")); // not a valid tag
        assertTrue(cup.find("39").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> cup.find("x.y"));
    }
}
