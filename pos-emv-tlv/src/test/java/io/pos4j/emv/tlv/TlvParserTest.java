package io.pos4j.emv.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.emv.tlv.TlvParseException.Reason;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlvParserTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static TlvParseException fails(TlvParser p, String input) {
        return assertThrows(TlvParseException.class, () -> p.parse(hex(input)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "9F,                 TRUNCATED_TAG,       0, ''",
        "9F81,               TRUNCATED_TAG,       0, ''",
        "9F818181 01 00,     TAG_TOO_LONG,        0, ''",
        "5A,                 TRUNCATED_LENGTH,    1, 5A",
        "70 80 5A0100 0000,  INDEFINITE_LENGTH,   1, 70",
        "5A 85 0000000001 00, LENGTH_TOO_LONG,    1, 5A",
        "5A FF,              LENGTH_TOO_LONG,     1, 5A",
        "5A 82 01,           TRUNCATED_LENGTH,    1, 5A",
        "5A 05 1234,         VALUE_OVERRUNS,      1, 5A",
        "5A 84 FFFFFFFF 00,  VALUE_OVERRUNS,      1, 5A",
        "70 03 5A0512 9F02,  VALUE_OVERRUNS,      3, 70/5A",
        "70 04 9F02 02 00,   VALUE_OVERRUNS,      4, 70/9F02",
        "70 02 9F02,         TRUNCATED_LENGTH,    4, 70/9F02",
        "70 03 9F0281,       TRUNCATED_LENGTH,    4, 70/9F02",
        "5A0112 00,          PADDING_NOT_ALLOWED, 3, ''",
        "00 5A0112,          PADDING_NOT_ALLOWED, 0, ''",
    })
    void malformedInput_strict_throwsWithReasonOffsetAndPath(String input, Reason reason, int offset,
            String path) {
        TlvParseException e = fails(TlvParser.strict(), input);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
        assertEquals(path, e.tagPath(), e.getMessage());
        assertTrue(e.getMessage().endsWith(" at offset " + offset), e.getMessage());
    }

    @Test
    void errorMessage_neverContainsValueBytes() {
        // a PAN-like value that overruns its template
        TlvParseException e = fails(TlvParser.emv(), "70 0B 5A 08 4761739001010119 9F");
        assertFalse(e.getMessage().contains("4761"), e.getMessage());
        assertEquals("tag 70: tag runs past the end of the enclosing 70 at offset 12", e.getMessage());
    }

    @Test
    void errorInRange_offsetIndexesCallerArray() {
        byte[] buf = hex("FFFF 5A05 1234 FFFF");
        TlvParseException e = assertThrows(TlvParseException.class,
                () -> TlvParser.emv().parse(buf, 2, 4));
        assertEquals(3, e.offset());
    }

    @Test
    void partialResult_holdsCompletedTopLevelObjects() {
        TlvParseException e = fails(TlvParser.emv(), "5A0112 9F0201AA 70035F3401 9F26");
        TlvList partial = e.partial().orElseThrow();
        assertEquals(2, partial.size());
        assertEquals("AA", partial.first("9F02").orElseThrow().value().toHex());
    }

    @Test
    void zeroPadding_lenient_skippedBeforeBetweenAfterAndInside() {
        TlvList l = TlvParser.emv().parse(hex("0000 5A0112 00 70 05 00 5F340101 00 0000"));
        assertEquals(2, l.size());
        assertEquals("01", l.path("70/5F34").orElseThrow().value().toHex());
        assertArrayEquals(hex("5A0112 7004 5F340101"), l.encode());
    }

    @Test
    void ffPadding_notRequested_ffStartsATag() {
        // FF announces more tag bytes: FF01 is a private constructed tag
        TlvList l = TlvParser.emv().parse(hex("FF01 02 5A00"));
        assertEquals(Tag.of(0xFF01), l.objects().get(0).tag());
        assertTrue(l.objects().get(0).isConstructed());
    }

    @Test
    void emptyInput_parsesToEmptyList() {
        assertTrue(TlvParser.strict().parse(new byte[0]).isEmpty());
        assertTrue(TlvParser.emv().parse(hex("000000")).isEmpty());
    }

    @Test
    void lengthForms_81To84_parsedAndReencodedMinimally() {
        assertEquals(0x80, TlvParser.strict().parse(concat(hex("5A8180"), new byte[0x80]))
                .objects().get(0).valueLength());
        assertEquals(0x100, TlvParser.strict().parse(concat(hex("5A820100"), new byte[0x100]))
                .objects().get(0).valueLength());
        assertEquals(0x10000, TlvParser.strict().parse(concat(hex("5A83010000"), new byte[0x10000]))
                .objects().get(0).valueLength());
        assertEquals(0x1000000, TlvParser.strict().parse(concat(hex("5A8401000000"), new byte[0x1000000]))
                .objects().get(0).valueLength());
        // non-minimal 81 05 parses, re-encodes as 05
        TlvList l = TlvParser.strict().parse(hex("5A8105 0102030405"));
        assertArrayEquals(hex("5A05 0102030405"), l.encode());
    }

    @Test
    void maxLengthBytes_two_rejects83() {
        TlvParser p = TlvParser.of(TlvOptions.strict().withMaxLengthBytes(2));
        TlvParseException e = assertThrows(TlvParseException.class,
                () -> p.parse(concat(hex("5A83010000"), new byte[0x10000])));
        assertEquals(Reason.LENGTH_TOO_LONG, e.reason());
        assertTrue(e.getMessage().contains("maxLengthBytes=2"), e.getMessage());
    }

    @Test
    void maxTagBytes_two_rejectsThreeByteTag() {
        TlvParser p = TlvParser.of(TlvOptions.strict().withMaxTagBytes(2));
        TlvParseException e = assertThrows(TlvParseException.class, () -> p.parse(hex("DF810100")));
        assertEquals(Reason.TAG_TOO_LONG, e.reason());
        assertEquals(1, TlvParser.strict().parse(hex("DF810100")).size());
    }

    @Test
    void maxObjects_exceeded_namesTheSetting() {
        TlvParser p = TlvParser.of(TlvOptions.strict().withMaxObjects(2));
        TlvParseException e = assertThrows(TlvParseException.class, () -> p.parse(hex("5A00 5A00 5A00")));
        assertEquals(Reason.OBJECT_LIMIT, e.reason());
        assertEquals(4, e.offset());
        assertTrue(e.getMessage().contains("maxObjects=2"));
        assertEquals(2, e.partial().orElseThrow().size());
    }

    @Test
    void hundredsOfTopLevelObjects_allKept() {
        byte[] in = new byte[2 * 500];
        for (int i = 0; i < 500; i++) {
            in[2 * i] = (byte) 0x5A;
        }
        assertEquals(500, TlvParser.strict().parse(in).size());
    }

    @Test
    void deepNesting10000Levels_throwsDepthLimit_notStackOverflow() {
        byte[] in = TlvFixtures.nested(10_000);
        TlvParseException e = assertThrows(TlvParseException.class, () -> TlvParser.emv().parse(in));
        assertEquals(Reason.DEPTH_LIMIT, e.reason());
        assertTrue(e.getMessage().contains("maxDepth=32"), e.getMessage());
        TlvParser deep = TlvParser.of(TlvOptions.emvLenient().withMaxDepth(TlvOptions.MAX_DEPTH));
        TlvParseException e2 = assertThrows(TlvParseException.class, () -> deep.parse(in));
        assertEquals(Reason.DEPTH_LIMIT, e2.reason());
        TlvReader r = TlvParser.emv().newReader().reset(in);
        assertThrows(TlvParseException.class, () -> {
            while (r.next()) {
                // walk
            }
        });
    }

    @Test
    void nestingAtLimit_parsesAndRoundTrips() {
        byte[] in = TlvFixtures.nested(TlvOptions.MAX_DEPTH - 1);
        TlvParser p = TlvParser.of(TlvOptions.strict().withMaxDepth(TlvOptions.MAX_DEPTH));
        TlvList l = p.parse(in);
        assertArrayEquals(in, l.encode());
        assertEquals(l, p.parse(l.encode()));
        assertEquals(TlvOptions.MAX_DEPTH, l.flatten().size());
    }

    @Test
    void selfNestingBytes_innerLengthTooLong_valueOverruns() {
        byte[] in = new byte[20_000];
        java.util.Arrays.fill(in, (byte) 0x70);
        TlvParseException e = assertThrows(TlvParseException.class, () -> TlvParser.emv().parse(in));
        assertEquals(Reason.VALUE_OVERRUNS, e.reason());
        assertEquals(3, e.offset(), "the inner 70 claims 112 of the 110 bytes left");
    }

    @Test
    void reader_skipChildren_jumpsOverTemplate() {
        TlvReader r = TlvParser.emv().newReader().reset(hex("70035F3401 9F0201AA"));
        assertTrue(r.next());
        assertEquals(0x70, r.tag());
        assertEquals(1, r.depth());
        r.skipChildren();
        assertTrue(r.next());
        assertEquals(0x9F02, r.tag());
        assertEquals(1, r.depth());
        assertEquals(8, r.valueOffset());
        assertFalse(r.next());
    }

    @Test
    void reader_beforeNextAndAfterEnd_hasNoCurrentObject() {
        TlvReader r = TlvParser.emv().newReader();
        assertThrows(IllegalStateException.class, r::next);
        r.reset(hex("5A0112"));
        assertEquals(0, r.tag());
        assertThrows(IllegalStateException.class, r::tagValue);
        assertTrue(r.next());
        assertEquals(Tag.of(0x5A), r.tagValue());
        assertFalse(r.next());
        assertFalse(r.next());
        assertEquals(0, r.depth());
    }

    @Test
    void publicExceptionConstructors_composeMessages() {
        assertEquals("bad DE 55 wrapper", new TlvParseException("bad DE 55 wrapper", 4).getMessage());
        TlvParseException e = new TlvParseException(Reason.MALFORMED, 7, "55/9F26", "wrong length");
        assertEquals("tag 55/9F26: wrong length at offset 7", e.getMessage());
        assertTrue(e.partial().isEmpty());
    }

    @Test
    void reader_afterError_mustBeReset() {
        TlvReader r = TlvParser.emv().newReader().reset(hex("5A05"));
        assertThrows(TlvParseException.class, r::next);
        assertThrows(IllegalStateException.class, r::next);
        r.reset(hex("5A00"));
        assertTrue(r.next());
    }

    @Test
    void parse_copiesInput_laterChangesNotSeen() {
        byte[] in = hex("5A0112");
        TlvList l = TlvParser.emv().parse(in);
        in[2] = 0x34;
        assertEquals("12", l.first("5A").orElseThrow().value().toHex());
    }

    @Test
    void lookups_firstAllPath_inDocumentOrder() {
        TlvList l = TlvParser.emv().parse(hex("70 0D 61 03 4F0101 61 03 4F0102 4F0103"));
        assertEquals("01", l.first("4F").orElseThrow().value().toHex());
        assertEquals(3, l.all(Tag.of(0x4F)).size());
        assertEquals(List.of("01", "02"), l.pathAll("70/61/4F").stream().map(t -> t.value().toHex()).toList());
        assertEquals("03", l.path("70/4F").orElseThrow().value().toHex());
        assertTrue(l.path("70/61/5A").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> l.path("70//4F"));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
