package io.pos4j.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.FrameFormat;
import io.pos4j.iso8583.Framing;
import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.IsoParseException;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.Subfields;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * pos-iso8583's generator-based codec properties on the shared arbitraries: round trip, mutated
 * valid messages, 1-byte chunked framing, over the five dialects, an EBCDIC ISO87 with a text bitmap and a layout with
 * a bitmapped composite. (pos-iso8583 cannot depend on pos-testkit without a cycle.)
 */
class IsoCodecProperties {

    private static final Arbitrary<IsoMessage> MESSAGES = Arbitraries.oneOf(
            TestSpecs.ALL.stream().map(IsoArbitraries::messages).toList());

    @Provide
    Arbitrary<IsoMessage> messages() {
        return MESSAGES;
    }

    @Property(tries = 400)
    void message_packedThenUnpacked_sameFieldsAndBytes(@ForAll("messages") IsoMessage m) {
        IsoCodec codec = IsoCodec.of(m.spec());
        byte[] packed = codec.pack(m);
        IsoMessage back = codec.unpack(packed);
        assertEquals(m.mti(), back.mti());
        assertEquals(m.tpdu(), back.tpdu());
        assertArrayEquals(m.header(), back.header());
        assertArrayEquals(m.fields(), back.fields());
        for (int f : m.fields()) {
            assertEquals(m.text(f), back.text(f), "field " + f);
            assertArrayEquals(m.bytes(f), back.bytes(f), "field " + f);
        }
        assertArrayEquals(packed, codec.pack(back.toBuilder().build()));
        byte[] dst = new byte[packed.length + 7];
        assertEquals(packed.length, codec.pack(m, dst, 7));
        assertArrayEquals(packed, Arrays.copyOfRange(dst, 7, dst.length));
    }

    @Property(tries = 1000)
    void mutatedValidMessage_decodesOrThrowsOnlyIsoParseException(@ForAll("messages") IsoMessage m,
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int mutations) {
        IsoCodec codec = IsoCodec.of(m.spec());
        byte[] packed = codec.pack(m);
        Random r = new Random(seed);
        for (int i = 0; i < mutations; i++) {
            switch (r.nextInt(3)) {
                case 0 -> packed[r.nextInt(packed.length)] = (byte) r.nextInt(256);
                case 1 -> packed = Arrays.copyOf(packed, r.nextInt(packed.length + 1));
                default -> packed[r.nextInt(packed.length)] ^= (byte) (1 << r.nextInt(8));
            }
            if (packed.length == 0) {
                break;
            }
        }
        decodeFully(codec, packed);
    }

    /** Decodes, reads every field and subfield, and re-packs to the same bytes; only IsoParseException may escape. */
    static void decodeFully(IsoCodec codec, byte[] input) {
        IsoMessage m;
        try {
            m = codec.unpack(input);
        } catch (IsoParseException expected) {
            return;
        }
        m.toString();
        m.toUnmaskedString();
        for (int f : m.fields()) {
            m.text(f);
            m.bytes(f);
            Subfields sub = codec.spec().field(f).subfields();
            if (sub instanceof Subfields.Bitmapped b) {
                for (FieldSpec part : b.parts()) {
                    try {
                        m.subfield(f, part.number());
                    } catch (IsoParseException expected) {
                        // malformed composite inside a well-formed field
                    }
                }
            }
            if (sub instanceof Subfields.Positional p) {
                for (FieldSpec part : p.parts()) {
                    m.subfield(f, part.number());
                }
            }
            if (sub instanceof Subfields.Tlv) {
                try {
                    m.tlv(f);
                } catch (IsoParseException expected) {
                    // malformed TLV inside a well-formed field
                }
            }
        }
        assertArrayEquals(input, codec.pack(m));
    }

    @Provide
    Arbitrary<List<IsoMessage>> batches() {
        return Arbitraries.oneOf(TestSpecs.ALL.stream()
                .map(s -> IsoArbitraries.messages(s).list().ofMinSize(1).ofMaxSize(5)).toList());
    }

    @Property(tries = 200)
    void framing_oneByteChunks_sameFrames(@ForAll("batches") List<IsoMessage> batch,
            @ForAll FrameFormat format) {
        IsoCodec codec = IsoCodec.of(batch.get(0).spec());
        Framing framing = Framing.of(format);
        List<byte[]> sent = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (IsoMessage m : batch) {
            byte[] p = codec.pack(m);
            sent.add(p);
            stream.writeBytes(framing.frame(p));
        }
        Framing.Decoder d = framing.decoder();
        List<byte[]> got = new ArrayList<>();
        for (byte x : stream.toByteArray()) {
            d.feed(new byte[] {x}, 0, 1);
            for (byte[] f = d.next(); f != null; f = d.next()) {
                got.add(f);
            }
        }
        assertEquals(sent.size(), got.size());
        for (int i = 0; i < sent.size(); i++) {
            assertArrayEquals(sent.get(i), got.get(i));
            assertEquals(codec.unpack(sent.get(i)).mti(), codec.unpack(got.get(i)).mti());
        }
    }

    @Property(tries = 300)
    void bitmappedComposite_partsReadBackAsSet(@ForAll("with127") IsoMessage m) {
        IsoMessage back = IsoCodec.of(TestSpecs.WITH_127).unpack(IsoCodec.of(TestSpecs.WITH_127).pack(m));
        if (m.has(127)) {
            for (int part : new int[] {2, 3, 9}) {
                assertEquals(m.subfield(127, part), back.subfield(127, part), "127." + part);
            }
        }
    }

    @Provide
    Arbitrary<IsoMessage> with127() {
        return IsoArbitraries.messages(TestSpecs.WITH_127, 127);
    }

}
