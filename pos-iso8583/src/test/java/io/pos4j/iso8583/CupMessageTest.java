package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.iso8583.spec.Dialects;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CupMessageTest {

    private static final IsoCodec CUP = IsoCodec.of(Dialects.CUP);
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static IsoMessage.Builder sale() {
        return CUP.builder("0200").tpdu(Tpdu.of("6000030000")).header(HEX.parseHex("603100310100"))
                .set(2, "6224242300000069").set(3, "000000").set(4, "1111").set(11, "000123")
                .set(22, "071").set(25, "00").set(41, "12345678").set(42, "123456789012345")
                .set(49, "156").set(52, HEX.parseHex("0123456789ABCDEF"))
                .subfields(60, "22", "000001", "000", "6", "0");
    }

    @Test
    void de22_n3_isRightPaddedBcd() {
        byte[] packed = CUP.pack(sale().build());
        IsoMessage m = CUP.unpack(packed);
        assertArrayEquals(new byte[] {0x07, 0x10}, m.bytes(22));
        assertEquals("071", m.text(22));
        assertEquals("000000001111", m.text(4));
    }

    @Test
    void de60_oddDigits_rightPaddedAndSubfieldsReadBack() {
        IsoMessage m = CUP.unpack(CUP.pack(sale().build()));
        assertEquals("2200000100060", m.text(60));
        assertArrayEquals(HEX.parseHex("22000001000600"), m.bytes(60));
        assertEquals("000001", m.subfield(60, 2).orElseThrow());
        assertEquals("6", m.subfield(60, 4).orElseThrow());
        assertTrue(m.subfield(60, 6).isEmpty());
    }

    @Test
    void macInput_withoutDe64_coversMtiToEndAndAnnouncesBit64() {
        IsoMessage m = sale().build();
        byte[] input = CUP.macInput(m);
        byte[] full = CUP.pack(sale().set(64, new byte[8]).build());
        assertArrayEquals(Arrays.copyOfRange(full, 11, full.length - 8), input);
        assertEquals(0x01, input[2 + 7] & 0x01, "bit 64 set in the bitmap");
        IsoMessage received = CUP.unpack(full);
        assertArrayEquals(input, CUP.macInput(received));
    }

    @Test
    void toString_masksPanAndHidesPinBlock() {
        String s = sale().build().toString();
        assertTrue(s.contains("2=622424******0069"), s);
        assertFalse(s.contains("0123456789ABCDEF"), s);
        assertTrue(s.contains("52=<hidden>"), s);
        assertTrue(sale().build().toUnmaskedString().contains("6224242300000069"));
    }

    @Test
    void builder_valueTooLong_namesFieldWithoutValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sale().set(41, "123456789"));
        assertEquals("field 41: length 9 is not the fixed length 8", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sale().set(4, "12a"));
        assertThrows(IllegalArgumentException.class, () -> sale().set(5, "1"));
    }

    @Test
    void unpack_truncatedMac_reportsFieldOffsetAndAvailable() {
        byte[] packed = CUP.pack(sale().set(64, new byte[8]).build());
        IsoParseException e = assertThrows(IsoParseException.class,
                () -> CUP.unpack(packed, 0, packed.length - 8));
        assertEquals(IsoParseException.Reason.TRUNCATED, e.reason());
        assertEquals("64", e.fieldPath());
        assertEquals(packed.length - 8, e.offset());
        assertEquals("field 64: need 8 bytes at offset " + (packed.length - 8) + ", 0 available", e.getMessage());
    }

    @Test
    void mti_responseAndClassHelpers() {
        assertEquals("0210", Mti.of("0200").response().toString());
        assertEquals("0410", Mti.of("0401").response().toString());
        assertTrue(Mti.of("0401").isRepeat());
        assertTrue(Mti.of("0400").isReversal());
        assertTrue(Mti.of("0810").isResponse());
        assertEquals(8, Mti.of("0800").messageClass());
        assertThrows(IllegalStateException.class, () -> Mti.of("0210").response());
    }

    @Test
    void equals_decodedAndBuilt_sameContent_equal() {
        IsoMessage built = sale().build();
        IsoMessage decoded = CUP.unpack(CUP.pack(built));
        assertEquals(built, decoded);
        assertEquals(built.hashCode(), decoded.hashCode());
        assertFalse(built.equals(sale().set(11, "000124").build()));
    }

    @Test
    void builder_anyOrderAndRemove_sameMessage() {
        IsoMessage forward = sale().build();
        IsoMessage.Builder reverse = CUP.builder("0200").tpdu(Tpdu.of("6000030000"))
                .header(HEX.parseHex("603100310100")).set(64, new byte[8]);
        int[] fields = forward.fields();
        for (int i = fields.length - 1; i >= 0; i--) {
            int f = fields[i];
            if (Dialects.CUP.field(f).type() == io.pos4j.iso8583.spec.ContentType.B) {
                reverse.set(f, forward.bytes(f));
            } else {
                reverse.set(f, forward.text(f));
            }
        }
        reverse.remove(64).remove(63).set(11, "000123");
        assertEquals(forward, reverse.build());
        IsoMessage without = sale().remove(52).remove(2).build();
        assertFalse(without.has(52));
        assertFalse(without.has(2));
        assertEquals("000123", without.text(11));
        assertEquals(forward.fields().length - 2, without.fields().length);
    }
}
