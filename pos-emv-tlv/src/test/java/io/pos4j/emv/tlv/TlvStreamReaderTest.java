package io.pos4j.emv.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class TlvStreamReaderTest {

    private static final Set<TlvParseException.Reason> TRUNCATED = EnumSet.of(
            TlvParseException.Reason.TRUNCATED_TAG, TlvParseException.Reason.TRUNCATED_LENGTH,
            TlvParseException.Reason.VALUE_OVERRUNS);

    /** Hands out at most one byte per read call, like a slow card reader or socket. */
    static final class OneByteAtATime extends InputStream {
        private final byte[] data;
        private int pos;

        OneByteAtATime(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= data.length) {
                return -1;
            }
            b[off] = data[pos++];
            return 1;
        }

        int remaining() {
            return data.length - pos;
        }
    }

    private static final List<TlvOptions> OPTIONS = List.of(TlvOptions.strict(), TlvOptions.emvLenient(),
            TlvOptions.emvLenient().withFfPadding(true), TlvOptions.strict().withMaxDepth(2).withMaxObjects(3));

    @Provide
    Arbitrary<byte[]> noise() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 0x00, (byte) 0x70, (byte) 0x9F, (byte) 0xFF,
                (byte) 0x81, (byte) 0x82, (byte) 0x84, (byte) 0x80, (byte) 0x01, (byte) 0x02, (byte) 0x1F,
                (byte) 0x5A, (byte) 0xBF, (byte) 0x03);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.bytes()), Tuple.of(2, interesting))
                .array(byte[].class).ofMaxSize(48);
    }

    private static String outcome(Parse p) {
        try {
            TlvList l = p.run();
            return "ok " + l.encodedLength() + " " + l;
        } catch (TlvParseException e) {
            return "error " + e.reason() + " at " + e.offset() + " path " + e.tagPath() + ": " + e.getMessage();
        }
    }

    interface Parse {
        TlvList run();
    }

    private static TlvList readAll(TlvParser parser, InputStream in) {
        try {
            return parser.newStreamReader(in).readAll();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Property(tries = 3000)
    void anyBytes_oneByteChunks_sameObjectsOrSameErrorAsArrayParser(@ForAll("noise") byte[] input) {
        for (TlvOptions o : OPTIONS) {
            TlvParser p = TlvParser.of(o);
            String array = outcome(() -> p.parse(input));
            String stream = outcome(() -> readAll(p, new OneByteAtATime(input)));
            assertEquals(array, stream, o.toString());
            if (array.startsWith("ok")) {
                assertEquals(p.parse(input), readAll(p, new OneByteAtATime(input)));
            }
        }
    }

    @Property(tries = 500)
    void generatedTrees_oneByteChunks_equalArrayParseAndNothingReadPastTheObject(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        List<Tlv> objects = new ArrayList<>();
        for (int i = random.nextInt(4) + 1; i > 0; i--) {
            objects.add(randomTlv(random, 3));
        }
        byte[] encoded = TlvList.of(objects).encode();
        byte[] sentinel = {(byte) 0xC3, 0x5A};
        OneByteAtATime in = new OneByteAtATime(TlvParserTest.concat(encoded, sentinel));
        TlvStreamReader reader = TlvParser.strict().newStreamReader(in);
        long expectedPosition = 0;
        for (Tlv expected : objects) {
            assertEquals(Optional.of(expected), reader.next());
            expectedPosition += expected.encodedLength();
            assertEquals(expectedPosition, reader.position());
            assertEquals(sentinel.length + encoded.length - expectedPosition, in.remaining(),
                    "read exactly the object, nothing after it");
        }
        assertEquals(TlvParser.strict().parse(encoded), TlvList.of(objects));
    }

    static Tlv randomTlv(Random r, int depth) {
        int[] primitiveTags = {0x5A, 0x9F02, 0x9F1F, 0x8A, 0x5F2A, 0xDF8129, 0x9F8101};
        if (depth > 0 && r.nextInt(3) == 0) {
            int[] constructedTags = {0x70, 0x77, 0xA5, 0xBF0C, 0xFF8105};
            List<Tlv> children = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                children.add(randomTlv(r, depth - 1));
            }
            return Tlv.constructed(Tag.of(constructedTags[r.nextInt(constructedTags.length)]), children);
        }
        byte[] value = new byte[r.nextInt(8) == 0 ? 128 + r.nextInt(200) : r.nextInt(12)];
        r.nextBytes(value);
        return Tlv.primitive(Tag.of(primitiveTags[r.nextInt(primitiveTags.length)]), Bytes.of(value));
    }

    @Test
    void samples_everyCutPoint_truncatedReasonOrTheCompleteObjects() {
        for (String id : List.of("S04", "S19", "S01", "S10")) {
            byte[] full = Samples.hex(id);
            List<Integer> boundaries = new ArrayList<>();
            int at = 0;
            boundaries.add(0);
            for (Tlv t : TlvParser.strict().parse(full)) {
                at += t.encodedLength();
                boundaries.add(at);
            }
            for (int cut = 0; cut < full.length; cut++) {
                byte[] part = java.util.Arrays.copyOf(full, cut);
                if (boundaries.contains(cut)) {
                    assertEquals(TlvParser.strict().parse(part), readAll(TlvParser.strict(), new OneByteAtATime(part)));
                    continue;
                }
                TlvParseException e = assertThrows(TlvParseException.class,
                        () -> readAll(TlvParser.strict(), new OneByteAtATime(part)), id + " cut at " + cut);
                assertTrue(TRUNCATED.contains(e.reason()), id + " cut at " + cut + ": " + e.reason());
                assertTrue(e.offset() <= cut, "offset inside the stream");
            }
        }
    }

    @Test
    void truncatedValue_valueOverrunsAtTheLengthOffset_withPartialObjectsBefore() {
        byte[] in = HexFormat.of().parseHex("9F02060000000001005A0847617390");
        TlvParseException e = assertThrows(TlvParseException.class,
                () -> TlvParser.emv().newStreamReader(new ByteArrayInputStream(in)).readAll());
        assertEquals(TlvParseException.Reason.VALUE_OVERRUNS, e.reason());
        assertEquals(10, e.offset());
        assertEquals("5A", e.tagPath());
        assertEquals("tag 5A: length 8 exceeds the 4 bytes left in the input at offset 10", e.getMessage());
        assertEquals(1, e.partial().orElseThrow().size());
    }

    @Test
    void hugeAnnouncedLength_endlessStream_lengthTooLongAfterMaxObjectLength() {
        byte[] header = HexFormat.of().parseHex("5A847FFFFFFF");
        InputStream endless = new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < header.length ? header[pos++] & 0xFF : 0;
            }
        };
        TlvParseException e = assertThrows(TlvParseException.class,
                () -> TlvParser.emv().newStreamReader(endless, 1000).next());
        assertEquals(TlvParseException.Reason.LENGTH_TOO_LONG, e.reason());
        assertEquals(1, e.offset());
        assertEquals("tag 5A: length 2147483647 exceeds the stream reader's maxObjectLength=1000 at offset 1",
                e.getMessage());
    }

    @Test
    void hugeAnnouncedLength_shortStream_valueOverrunsLikeTheArrayParser() {
        byte[] in = HexFormat.of().parseHex("5A847FFFFFFF0102");
        TlvParseException e = assertThrows(TlvParseException.class,
                () -> TlvParser.emv().newStreamReader(new ByteArrayInputStream(in)).next());
        TlvParseException array = assertThrows(TlvParseException.class, () -> TlvParser.emv().parse(in));
        assertEquals(TlvParseException.Reason.VALUE_OVERRUNS, e.reason());
        assertEquals(array.getMessage(), e.getMessage());
    }

    @Test
    void bigValue_readInChunks_equalsArrayParse() throws IOException {
        byte[] in = TlvParserTest.concat(HexFormat.of().parseHex("DF6583010000"), new byte[0x10000]);
        in[in.length - 1] = 7;
        Tlv t = TlvParser.strict().newStreamReader(new OneByteAtATime(in)).next().orElseThrow();
        assertEquals(TlvParser.strict().parse(in).objects().get(0), t);
    }

    @Test
    void objectLimit_countsOverTheWholeStream() {
        byte[] in = HexFormat.of().parseHex("5A01015A01015A0101");
        TlvParseException e = assertThrows(TlvParseException.class,
                () -> TlvParser.of(TlvOptions.emvLenient().withMaxObjects(2)).newStreamReader(new ByteArrayInputStream(in))
                        .readAll());
        assertEquals(TlvParseException.Reason.OBJECT_LIMIT, e.reason());
        assertEquals(6, e.offset());
    }

    @Test
    void lenientTrailingPadding_endOfStream_strictPadding_rejected() throws IOException {
        byte[] in = HexFormat.of().parseHex("005A0101000000");
        TlvStreamReader r = TlvParser.emv().newStreamReader(new ByteArrayInputStream(in));
        assertEquals("01", r.next().orElseThrow().value().toHex());
        assertEquals(Optional.empty(), r.next());
        assertEquals(7, r.position());
        TlvStreamReader strict = TlvParser.strict().newStreamReader(new ByteArrayInputStream(in));
        TlvParseException e = assertThrows(TlvParseException.class, strict::next);
        assertEquals(TlvParseException.Reason.PADDING_NOT_ALLOWED, e.reason());
        assertThrows(IllegalStateException.class, strict::next, "unusable after an error");
    }

    @Test
    void streamFailure_ioExceptionPropagates() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("card removed");
            }
        };
        IOException e = assertThrows(IOException.class, () -> TlvParser.emv().newStreamReader(broken).next());
        assertEquals("card removed", e.getMessage());
    }

    @Test
    void twoResponsesOnOneStream_eachNextStopsAtItsObject() throws IOException {
        byte[] s01 = Samples.hex("S01");
        byte[] s04 = Samples.hex("S04");
        ByteArrayInputStream in = new ByteArrayInputStream(TlvParserTest.concat(s01, s04));
        TlvStreamReader r = TlvParser.strict().newStreamReader(in);
        assertArrayEquals(s01, r.next().orElseThrow().encode());
        assertEquals(s04.length, in.available());
        assertArrayEquals(s04, r.next().orElseThrow().encode());
        assertFalse(r.next().isPresent());
    }
}
