package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthUnit;
import io.pos4j.iso8583.spec.MessageSpec;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Round trip of spec-generated messages, robustness on arbitrary bytes, chunked framing. */
class CodecProperties {

    @Provide
    Arbitrary<MessageSpec> specs() {
        return Arbitraries.of(Specs.ALL);
    }

    /** A random valid message of {@code spec}, from a seed (jqwik shrinks the seed). */
    static IsoMessage randomMessage(MessageSpec spec, long seed) {
        Random r = new Random(seed);
        IsoMessage.Builder b = IsoMessage.builder(spec, String.format("%04d", r.nextInt(10000)));
        if (spec.hasTpdu()) {
            b.tpdu(new Tpdu(r.nextInt(256), r.nextInt(65536), r.nextInt(65536)));
        }
        if (spec.headerLength() > 0) {
            byte[] h = new byte[spec.headerLength()];
            r.nextBytes(h);
            b.header(h);
        }
        for (FieldSpec f : spec.fields()) {
            if (r.nextInt(4) != 0) {
                continue;
            }
            if (f.type() == ContentType.B) {
                int max = f.unit() == LengthUnit.WIRE && f.encoding() == FieldEncoding.HEX_ASCII ? f.length() / 2 : f.length();
                byte[] v = new byte[f.isFixed() ? f.length() : r.nextInt(Math.min(max, 40) + 1)];
                r.nextBytes(v);
                b.set(f.number(), v);
            } else {
                b.set(f.number(), text(f, r));
            }
        }
        return b.build();
    }

    private static String text(FieldSpec f, Random r) {
        int max = f.length();
        if (f.unit() == LengthUnit.WIRE && f.encoding() == FieldEncoding.BCD) {
            max = max * 2;
        }
        int n = f.isFixed() ? f.length() : r.nextInt(Math.min(max, 40) + 1);
        if (f.unit() == LengthUnit.WIRE && f.encoding() == FieldEncoding.BCD) {
            n -= n % 2;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            switch (f.type()) {
                case N -> sb.append((char) ('0' + r.nextInt(10)));
                case Z -> sb.append(r.nextInt(12) == 0 ? '=' : (char) ('0' + r.nextInt(10)));
                case XN -> sb.append(i == 0 ? (r.nextBoolean() ? 'C' : 'D') : (char) ('0' + r.nextInt(10)));
                default -> {
                    if (f.encoding() == FieldEncoding.GBK && i + 1 < n && r.nextInt(5) == 0) {
                        sb.append("银"); // two GBK bytes
                        i++;
                    } else {
                        sb.append((char) (' ' + r.nextInt(95)));
                    }
                }
            }
        }
        return sb.toString();
    }

    @Property(tries = 400)
    void message_packedThenUnpacked_sameFieldsAndBytes(@ForAll("specs") MessageSpec spec, @ForAll long seed) {
        IsoCodec codec = IsoCodec.of(spec);
        IsoMessage m = randomMessage(spec, seed);
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
        assertArrayEquals(packed, java.util.Arrays.copyOfRange(dst, 7, dst.length));
    }

    @Property(tries = 3000)
    void anyBytes_decodeOrThrowOnlyIsoParseException(@ForAll("specs") MessageSpec spec,
            @ForAll @Size(max = 300) byte[] input) {
        decodeFully(IsoCodec.of(spec), input);
    }

    @Property(tries = 4000)
    void mutatedValidMessage_decodesOrThrowsOnlyIsoParseException(@ForAll("specs") MessageSpec spec,
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int mutations) {
        IsoCodec codec = IsoCodec.of(spec);
        byte[] packed = codec.pack(randomMessage(spec, seed));
        Random r = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < mutations; i++) {
            switch (r.nextInt(3)) {
                case 0 -> packed[r.nextInt(packed.length)] = (byte) r.nextInt(256);
                case 1 -> packed = java.util.Arrays.copyOf(packed, r.nextInt(packed.length + 1));
                default -> packed[r.nextInt(packed.length)] ^= (byte) (1 << r.nextInt(8));
            }
            if (packed.length == 0) {
                break;
            }
        }
        decodeFully(codec, packed);
    }

    private static void decodeFully(IsoCodec codec, byte[] input) {
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
            if (codec.spec().field(f).subfields() instanceof io.pos4j.iso8583.spec.Subfields.Bitmapped b) {
                for (io.pos4j.iso8583.spec.FieldSpec part : b.parts()) {
                    try {
                        m.subfield(f, part.number());
                    } catch (IsoParseException expected) {
                        // malformed composite inside a well-formed field
                    }
                }
            }
            if (codec.spec().field(f).subfields() instanceof io.pos4j.iso8583.spec.Subfields.Positional p) {
                for (io.pos4j.iso8583.spec.FieldSpec part : p.parts()) {
                    m.subfield(f, part.number());
                }
            }
            if (codec.spec().field(f).subfields() instanceof io.pos4j.iso8583.spec.Subfields.Tlv) {
                try {
                    m.tlv(f);
                } catch (IsoParseException expected) {
                    // malformed TLV inside a well-formed field
                }
            }
        }
        assertArrayEquals(input, codec.pack(m));
    }

    @Property(tries = 200)
    void framing_oneByteChunks_sameFrames(@ForAll("specs") MessageSpec spec, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 5) int count, @ForAll("formats") FrameFormat format) {
        IsoCodec codec = IsoCodec.of(spec);
        Framing framing = Framing.of(format);
        List<byte[]> sent = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            byte[] p = codec.pack(randomMessage(spec, seed + i));
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

    @Provide
    Arbitrary<FrameFormat> formats() {
        return Arbitraries.of(FrameFormat.class);
    }
}
