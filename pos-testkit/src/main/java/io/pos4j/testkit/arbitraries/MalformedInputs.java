package io.pos4j.testkit.arbitraries;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvOptions;
import io.pos4j.emv.tlv.TlvParseException;
import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.IsoParseException.Reason;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Malformed inputs, each tagged with the reason a correct parser reports: truncations, trailing
 * bytes, bitmap bits without data, bits for undefined fields, length prefixes past the end or
 * beyond the field's maximum, non-digit BCD nibbles, non-digit characters, flipped MTI bits
 * (ISO 8583); truncated tags, lengths and values, values past the end of the input or of the
 * enclosing template, huge, over-long and indefinite lengths, over-long tags, padding where
 * strict mode forbids it, nesting past the depth limit, too many objects (BER-TLV).
 *
 * <p>Each input starts from a generated valid message or tree, so shrinking keeps the defect and
 * makes the rest smaller. Targeted ISO 8583 defects use a message whose fields all precede the
 * targeted field and sit in the primary bitmap. Stateless; thread-safe.
 */
public final class MalformedInputs {

    private MalformedInputs() {
    }

    /**
     * @param spec the layout
     * @return malformed inputs for it, each with the {@code IsoParseException.Reason} to expect
     */
    public static Arbitrary<MalformedIso> iso(MessageSpec spec) {
        IsoCodec codec = IsoCodec.of(spec);
        Arbitrary<IsoMessage> msgs = IsoArbitraries.messages(spec);
        List<Arbitrary<MalformedIso>> kinds = new ArrayList<>();
        kinds.add(Combinators.combine(msgs, Arbitraries.integers().between(0, Integer.MAX_VALUE)).as((m, cut) -> {
            byte[] p = codec.pack(m);
            int n = cut % p.length;
            return new MalformedIso(spec, Arrays.copyOf(p, n), Reason.TRUNCATED, "cut to " + n + " of " + p.length + " bytes");
        }));
        kinds.add(Combinators.combine(msgs, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)).as((m, extra) -> {
            byte[] p = codec.pack(m);
            byte[] q = Arrays.copyOf(p, p.length + extra.length);
            System.arraycopy(extra, 0, q, p.length, extra.length);
            return new MalformedIso(spec, q, Reason.TRAILING_DATA, extra.length + " bytes after the last field");
        }));
        kinds.add(Combinators.combine(msgs, Arbitraries.integers().between(0, 3)).as((m, which) -> {
            byte[] p = codec.pack(m);
            int at = IsoWire.mtiOffset(spec) + (spec.mtiEncoding() == FieldEncoding.BCD ? which / 2 : which);
            IsoWire.spoilDigit(p, at, spec.mtiEncoding(), which % 2 == 0);
            return new MalformedIso(spec, p, Reason.BAD_MTI, "bits flipped in MTI digit " + (which + 1));
        }));
        List<FieldSpec> primary = spec.fields().stream().filter(f -> f.number() <= 64).toList();
        if (!primary.isEmpty()) {
            kinds.add(Combinators.combine(msgs, Arbitraries.of(primary)).as((m, g) -> {
                byte[] p = codec.pack(before(m, g.number()).build());
                IsoWire.setBit(spec, p, g.number());
                return new MalformedIso(spec, p, Reason.TRUNCATED, "bit " + g.number() + " set without data");
            }));
        }
        List<Integer> undefined = new ArrayList<>();
        for (int i = 2; i <= 64; i++) {
            if (spec.field(i) == null) {
                undefined.add(i);
            }
        }
        if (!undefined.isEmpty()) {
            kinds.add(Combinators.combine(msgs, Arbitraries.of(undefined)).as((m, u) -> {
                byte[] p = codec.pack(before(m, u).build());
                IsoWire.setBit(spec, p, u);
                return new MalformedIso(spec, p, Reason.UNKNOWN_FIELD, "bit " + u + " set for an undefined field");
            }));
        }
        List<FieldSpec> variable = primary.stream().filter(f -> !f.isFixed() && f.type() != ContentType.XN).toList();
        if (!variable.isEmpty()) {
            kinds.add(Combinators.combine(msgs, valueOf(spec, variable, false), Arbitraries.integers().between(0, 9999))
                    .as((m, v, r) -> IsoWire.badPrefix(codec, m, v, r)));
        }
        List<FieldSpec> bcd = primary.stream().filter(f -> f.type() == ContentType.N
                && f.encoding() == FieldEncoding.BCD).toList();
        if (!bcd.isEmpty()) {
            kinds.add(Combinators.combine(msgs, valueOf(spec, bcd, true), Arbitraries.integers().between(0xA, 0xE))
                    .as((m, v, nibble) -> IsoWire.badNibble(codec, m, v, nibble)));
        }
        List<FieldSpec> digits = primary.stream().filter(f -> f.type() == ContentType.N
                && (f.encoding() == FieldEncoding.ASCII || f.encoding() == FieldEncoding.EBCDIC)).toList();
        if (!digits.isEmpty()) {
            kinds.add(Combinators.combine(msgs, valueOf(spec, digits, true)).as((m, v) -> IsoWire.badDigit(codec, m, v)));
        }
        return Arbitraries.oneOf(kinds);
    }

    private static Arbitrary<IsoArbitraries.Field> valueOf(MessageSpec spec, List<FieldSpec> fields, boolean nonEmpty) {
        return Arbitraries.of(fields).flatMap(f -> IsoArbitraries.field(spec, f))
                .filter(v -> !nonEmpty || (v.text() != null ? !v.text().isEmpty() : v.bytes().length > 0));
    }

    /** @return a builder of {@code m} without field {@code limit} and every field after it */
    static IsoMessage.Builder before(IsoMessage m, int limit) {
        IsoMessage.Builder b = m.toBuilder();
        for (int f : m.fields()) {
            if (f >= limit) {
                b.remove(f);
            }
        }
        return b;
    }

    /**
     * @return malformed BER-TLV, each with the options and the {@code TlvParseException.Reason} to expect
     */
    public static Arbitrary<MalformedTlv> tlv() {
        Arbitrary<TlvList> trees = TlvArbitraries.trees();
        Arbitrary<Tlv> one = TlvArbitraries.objects(2);
        TlvOptions strict = TlvOptions.strict();
        TlvOptions lenient = TlvOptions.emvLenient();
        List<Arbitrary<MalformedTlv>> kinds = new ArrayList<>();
        kinds.add(Combinators.combine(trees, one, Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((t, last, cut) -> TlvWire.truncated(t, last, cut)));
        kinds.add(Combinators.combine(trees, TlvArbitraries.tags(false), Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(1, 300)).as((t, tag, n, more) -> {
                    byte[] body = TlvWire.concat(tag.toBytes(), LongForms.length(n + more, 0), new byte[n]);
                    return new MalformedTlv(Bytes.of(TlvWire.concat(t.encode(), body)), strict,
                            TlvParseException.Reason.VALUE_OVERRUNS, "length " + (n + more) + " with " + n + " bytes left");
                }));
        kinds.add(Combinators.combine(TlvArbitraries.tags(true), TlvArbitraries.tags(false),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(1, 100)).as((parent, child, n, more) -> {
                    byte[] inner = TlvWire.concat(child.toBytes(), LongForms.length(n + more, 0), new byte[n]);
                    byte[] all = TlvWire.concat(parent.toBytes(), LongForms.length(inner.length, 0), inner,
                            new byte[] {0x5A, 0x01, 0x00}, new byte[more]);
                    return new MalformedTlv(Bytes.of(all), strict, TlvParseException.Reason.VALUE_OVERRUNS,
                            "child length past the end of its template");
                }));
        kinds.add(Combinators.combine(TlvArbitraries.tags(false), Arbitraries.integers().between(0x01000000, 0x7FFFFFFF))
                .as((tag, n) -> new MalformedTlv(Bytes.of(TlvWire.concat(tag.toBytes(), LongForms.length(n, 4), new byte[8])),
                        lenient, TlvParseException.Reason.VALUE_OVERRUNS, "huge length " + n)));
        kinds.add(Combinators.combine(TlvArbitraries.tags(false), Arbitraries.integers().between(5, 0x7E))
                .as((tag, k) -> new MalformedTlv(Bytes.of(TlvWire.concat(tag.toBytes(), new byte[] {(byte) (0x80 | k)},
                        new byte[k + 2])), lenient, TlvParseException.Reason.LENGTH_TOO_LONG, k + " length bytes")));
        kinds.add(Combinators.combine(TlvArbitraries.tags(true), trees).as((tag, t) -> new MalformedTlv(
                Bytes.of(TlvWire.concat(tag.toBytes(), new byte[] {(byte) 0x80}, t.encode(), new byte[2])), lenient,
                TlvParseException.Reason.INDEFINITE_LENGTH, "indefinite length")));
        kinds.add(Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.integers().between(1, 40))
                .as((extra, limit) -> TlvWire.deep(limit, extra)));
        kinds.add(Combinators.combine(Arbitraries.integers().between(4, 8), Arbitraries.of(0x1F, 0x5F, 0x9F, 0xDF, 0x3F, 0xFF))
                .as((more, first) -> TlvWire.longTag(first, more)));
        kinds.add(Combinators.combine(trees.filter(t -> !t.isEmpty()), Arbitraries.just((byte) 0x00),
                Arbitraries.integers().between(0, Integer.MAX_VALUE)).as((t, pad, at) -> TlvWire.padded(t, pad, at)));
        kinds.add(Combinators.combine(Arbitraries.integers().between(1, 20), Arbitraries.integers().between(1, 10))
                .as((limit, extra) -> TlvWire.tooMany(limit, extra)));
        return Arbitraries.oneOf(kinds);
    }
}
