package io.pos4j.emv.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tag, Bytes, TlvOptions, TlvBuilder, Tlv factories and SensitiveTags. */
class ValuesTest {

    @Test
    void tag_properties_fromEncoding() {
        Tag t = Tag.parse("9f02");
        assertEquals(0x9F02, t.value());
        assertEquals("9F02", t.toString());
        assertEquals(2, t.byteLength());
        assertFalse(t.isConstructed());
        assertEquals(Tag.TagClass.CONTEXT_SPECIFIC, t.tagClass());
        assertArrayEquals(new byte[] {(byte) 0x9F, 0x02}, t.toBytes());
        assertTrue(Tag.of(0x70).isConstructed());
        assertEquals(Tag.TagClass.APPLICATION, Tag.of(0x70).tagClass());
        assertEquals(Tag.TagClass.PRIVATE, Tag.parse("DF8129").tagClass());
        assertEquals(Tag.TagClass.UNIVERSAL, Tag.of(0x04).tagClass());
        Tag four = Tag.parse("FF818101");
        assertEquals(4, four.byteLength());
        assertEquals("FF818101", four.toString());
        assertTrue(four.isConstructed());
        assertTrue(Tag.of(0x5A).compareTo(four) < 0, "unsigned order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "1F", "9F82", "5A01", "9F8181", "", "9", "9G", "0070", "FF81818181"})
    void tag_invalidEncoding_rejected(String hex) {
        assertThrows(IllegalArgumentException.class, () -> Tag.parse(hex));
    }

    @Test
    void tag_isValid_agreesWithConstructor() {
        assertTrue(Tag.isValid(0x9F02));
        assertFalse(Tag.isValid(0x9F));
        assertFalse(Tag.isValid(0));
        assertThrows(IllegalArgumentException.class, () -> Tag.of(0x5F));
    }

    @Test
    void bytes_copiesInAndOut_andHidesValueInToString() {
        byte[] src = {1, 2, 3};
        Bytes b = Bytes.of(src);
        src[0] = 9;
        assertEquals(1, b.get(0));
        byte[] out = b.toByteArray();
        out[1] = 9;
        assertEquals(2, b.get(1));
        assertEquals("Bytes[3]", b.toString());
        assertEquals("010203", b.toHex());
        assertEquals(Bytes.fromHex("0203"), b.slice(1, 3));
        assertEquals(Bytes.fromHex("0203").hashCode(), b.slice(1, 3).hashCode());
        assertNotEquals(Bytes.fromHex("0203"), b);
        assertTrue(Bytes.empty().isEmpty());
        assertThrows(IndexOutOfBoundsException.class, () -> b.get(3));
        assertThrows(IllegalArgumentException.class, () -> Bytes.fromHex("ABC"));
        assertThrows(IndexOutOfBoundsException.class, () -> Bytes.copyOf(src, 2, 2));
        byte[] dst = new byte[5];
        assertEquals(3, b.copyTo(dst, 1));
        assertArrayEquals(new byte[] {0, 1, 2, 3, 0}, dst);
    }

    @Test
    void options_outOfRange_rejectedNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TlvOptions.emvLenient().withMaxDepth(1001));
        assertEquals("maxDepth must be 1 to 1000: 1001", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TlvOptions.strict().withMaxTagBytes(5));
        assertThrows(IllegalArgumentException.class, () -> TlvOptions.strict().withMaxLengthBytes(0));
        assertThrows(IllegalArgumentException.class, () -> TlvOptions.strict().withMaxObjects(0));
        assertTrue(TlvOptions.strict().isStrict());
        assertFalse(TlvOptions.emvLenient().isStrict());
        assertFalse(TlvOptions.strict().withFfPadding(true).isStrict());
        assertTrue(TlvOptions.emvLenient().withZeroPadding(false).isStrict());
    }

    @Test
    void builder_nested_encodesMinimalLengths() {
        TlvList l = TlvBuilder.create()
                .add("9F02", "000000001000")
                .begin("70").add("5F34", "01").begin("A5").end().end()
                .add(Tlv.primitive(Tag.of(0x9F37), Bytes.empty()))
                .build();
        assertEquals("9F0206000000001000 7006 5F340101 A500 9F3700".replace(" ", ""),
                HexFormat.of().withUpperCase().formatHex(l.encode()));
        assertEquals(l, TlvParser.strict().parse(l.encode()));
    }

    @Test
    void builder_misuse_failsAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> TlvBuilder.create().add("70", "00"));
        assertThrows(IllegalArgumentException.class, () -> TlvBuilder.create().begin("5A"));
        assertThrows(IllegalStateException.class, () -> TlvBuilder.create().end());
        IllegalStateException open = assertThrows(IllegalStateException.class,
                () -> TlvBuilder.create().begin("70").begin("A5").build());
        assertEquals("constructed A5 not ended", open.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tlv.constructed(Tag.of(0x5A), List.of()));
    }

    @Test
    void encoder_valueOver64KiB_uses83Length() {
        byte[] big = new byte[70_000];
        big[69_999] = 7;
        Tlv t = Tlv.primitive(Tag.of(0xDF01), Bytes.of(big));
        byte[] enc = t.encode();
        assertEquals(2 + 4 + 70_000, enc.length);
        assertEquals("DF0183011170", HexFormat.of().withUpperCase().formatHex(enc, 0, 6));
        assertEquals(t, TlvParser.strict().parse(enc).objects().get(0));
        Tlv wrapped = Tlv.constructed(Tag.of(0x70), t);
        assertEquals("7083011176", HexFormat.of().withUpperCase().formatHex(wrapped.encode(), 0, 5));
    }

    @Test
    void encoder_lengthBoundaries_minimalForm() {
        int[][] cases = {{0, 1}, {127, 1}, {128, 2}, {255, 2}, {256, 3}, {65535, 3}, {65536, 4}};
        for (int[] c : cases) {
            Tlv t = Tlv.primitive(Tag.of(0x5A), Bytes.of(new byte[c[0]]));
            assertEquals(1 + c[1] + c[0], t.encodedLength(), "length " + c[0]);
            assertEquals(t.encodedLength(), t.encode().length);
        }
    }

    @Test
    void constructed_tooDeep_rejected() {
        Tlv t = Tlv.primitive("5A", "00");
        for (int i = 0; i < TlvOptions.MAX_DEPTH; i++) {
            t = Tlv.constructed(Tag.of(0x70), t);
        }
        Tlv deepest = t;
        assertThrows(IllegalArgumentException.class, () -> Tlv.constructed(Tag.of(0x70), deepest));
    }

    @Test
    void toString_masksSensitiveValues() {
        TlvList l = TlvBuilder.create().add("5A", "4761739001010119").add("5F20", "4A4F484E")
                .begin("70").add("57", "4761739001010119D22122011143804400000F").end()
                .add("9F02", "000000001000").build();
        String s = l.toString();
        assertEquals("[5A[8]=476173******0119, 5F20[4]=********, "
                + "70[21]{57[19]=476173******0119D*********************}, 9F02[6]=000000001000]", s);
    }

    @Test
    void sensitiveTags_display_shortPanFullyMasked() {
        assertEquals("**********", SensitiveTags.display(Tag.of(0x5A), Bytes.fromHex("1234567890")));
        assertEquals("************", SensitiveTags.display(Tag.of(0x5A), Bytes.fromHex("123456789012")));
        assertEquals("541333******1234FF", SensitiveTags.display(Tag.of(0x5A), Bytes.fromHex("5413330000001234FF")));
        assertEquals("541333*******2345F", SensitiveTags.display(Tag.of(0x5A), Bytes.fromHex("54133300000012345F")));
        assertEquals("000000000100", SensitiveTags.display(Tag.of(0x9F02), Bytes.fromHex("000000000100")));
        assertTrue(SensitiveTags.all().contains(Tag.of(0x57)));
    }

    @Test
    void tlv_valueOfConstructed_isEncodedChildren() {
        Tlv t = TlvBuilder.create().begin("70").add("5F34", "01").add("9F36", "0001").end().build()
                .objects().get(0);
        assertEquals("5F3401019F36020001", t.value().toHex());
        assertEquals(List.of(Tag.of(0x5F34), Tag.of(0x9F36)), t.children().stream().map(Tlv::tag).toList());
        assertEquals("0001", t.first(Tag.of(0x9F36)).orElseThrow().value().toHex());
        assertEquals(1, t.all(Tag.of(0x5F34)).size());
    }
}
