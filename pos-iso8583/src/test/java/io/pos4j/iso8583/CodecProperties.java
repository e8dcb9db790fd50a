package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Robustness on arbitrary bytes. The generator-based properties (round trip, mutated valid
 * messages, 1-byte chunked framing) run on the shared generators in pos-testkit
 * ({@code io.pos4j.testkit.arbitraries.IsoCodecProperties}), which this module cannot depend on
 * without a cycle.
 */
class CodecProperties {

    @Provide
    Arbitrary<MessageSpec> specs() {
        return Arbitraries.of(Specs.ALL);
    }

    @Property(tries = 3000)
    void anyBytes_decodeOrThrowOnlyIsoParseException(@ForAll("specs") MessageSpec spec,
            @ForAll @Size(max = 300) byte[] input) {
        decodeFully(IsoCodec.of(spec), input);
    }

    @Property(tries = 1000)
    void anyBytes_withTlvValidation_decodeOrThrowOnlyIsoParseException(@ForAll("specs") MessageSpec spec,
            @ForAll @Size(max = 300) byte[] input) {
        decodeFully(IsoCodec.of(spec, DecodeLimits.DEFAULT.withTlvValidation()), input);
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
}
