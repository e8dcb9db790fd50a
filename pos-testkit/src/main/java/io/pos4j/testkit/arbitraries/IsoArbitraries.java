package io.pos4j.testkit.arbitraries;

import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.Tpdu;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthUnit;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Subfields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * ISO 8583 messages for any {@link MessageSpec}: a random subset of the defined fields (so
 * secondary and, where the spec has one, tertiary bitmaps appear), each with a value that is
 * valid for its content class, encoding and length (n digits, z track data with {@code =},
 * x+n signed amounts, an/ans text, GBK text with Chinese characters, b bytes, BER-TLV for
 * DE 55), plus TPDU and header when the spec has them. Every generated value is checked by
 * {@link IsoMessage.Builder#set(int, String)} before use, so shrinking (fewer fields, shorter
 * values) only ever produces messages that pack. Stateless; thread-safe.
 */
public final class IsoArbitraries {

    /** Longest value generated for a variable-length field (keeps messages small and fast). */
    static final int MAX_VARIABLE = 40;

    private IsoArbitraries() {
    }

    /** @return the five ready dialects of {@link Dialects} */
    public static Arbitrary<MessageSpec> dialects() {
        return Arbitraries.of(Dialects.ISO87_ASCII, Dialects.ISO87_BINARY, Dialects.ISO87_EBCDIC, Dialects.ISO93_ASCII,
                Dialects.CUP);
    }

    /** @return messages of any of the five ready dialects */
    public static Arbitrary<IsoMessage> messages() {
        return Arbitraries.oneOf(messages(Dialects.ISO87_ASCII), messages(Dialects.ISO87_BINARY),
                messages(Dialects.ISO87_EBCDIC), messages(Dialects.ISO93_ASCII), messages(Dialects.CUP));
    }

    /**
     * @param spec the layout
     * @return valid messages of that layout with random field subsets
     */
    public static Arbitrary<IsoMessage> messages(MessageSpec spec) {
        List<Arbitrary<Optional<Field>>> parts = new ArrayList<>();
        for (FieldSpec f : spec.fields()) {
            // denser in the primary bitmap, sparser above, so every bitmap level shows up regularly
            double p = f.number() <= 64 ? 0.3 : 0.1;
            parts.add(field(spec, f).optional(p));
        }
        Arbitrary<List<Field>> fields = Combinators.combine(parts)
                .as(l -> l.stream().flatMap(Optional::stream).toList());
        // how many bitmaps the message may use: shrinks towards the primary bitmap alone
        int levels = spec.maxField() > 128 ? 3 : spec.maxField() > 64 ? 2 : 1;
        Arbitrary<Integer> bitmaps = Arbitraries.integers().between(1, levels);
        return Combinators.combine(mtis(), tpdus(), headers(spec.headerLength()), bitmaps, fields)
                .as((mti, tpdu, header, level, fs) -> build(spec, mti, tpdu, header,
                        fs.stream().filter(f -> f.number() <= 64 * level).toList()));
    }

    /**
     * Messages that carry at least the given fields (for example 2, 3, 4, 11 for a purchase).
     *
     * @param spec     the layout
     * @param required fields every message has
     * @return valid messages with the required fields and a random subset of the others
     */
    public static Arbitrary<IsoMessage> messages(MessageSpec spec, int... required) {
        List<Arbitrary<Field>> req = new ArrayList<>();
        for (int n : required) {
            FieldSpec f = spec.field(n);
            if (f == null) {
                throw new IllegalArgumentException("field " + n + " is not defined by " + spec.name());
            }
            req.add(field(spec, f));
        }
        return Combinators.combine(messages(spec), Combinators.combine(req).as(l -> l)).as((m, fs) -> {
            IsoMessage.Builder b = m.toBuilder();
            for (Field f : fs) {
                f.apply(b);
            }
            return b.build();
        });
    }

    /** @return message type indicators: mostly common ones, sometimes any four digits */
    public static Arbitrary<String> mtis() {
        return Arbitraries.oneOf(Arbitraries.of("0100", "0110", "0200", "0210", "0220", "0400", "0410", "0420",
                "0500", "0510", "0800", "0810", "0820", "0830", "1100", "1200", "1420", "1804"),
                Arbitraries.strings().numeric().ofLength(4));
    }

    /**
     * A field number and its value.
     *
     * @param number the data element
     * @param text   the value of a text field, or null
     * @param bytes  the value of a b field, or null
     */
    record Field(int number, String text, byte[] bytes) {
        void apply(IsoMessage.Builder b) {
            if (text != null) {
                b.set(number, text);
            } else {
                b.set(number, bytes);
            }
        }
    }

    /**
     * @param spec  the layout (to check values against)
     * @param field one of its fields
     * @return text values valid for a text field (n, an, ans, z, x+n)
     */
    public static Arbitrary<String> texts(MessageSpec spec, FieldSpec field) {
        if (!field.type().isText()) {
            throw new IllegalArgumentException("field " + field.number() + " is binary; use binaries(...)");
        }
        return field(spec, field).map(Field::text);
    }

    /**
     * @param spec  the layout
     * @param field one of its b fields
     * @return byte values valid for it (BER-TLV chip data for a DE 55-style field)
     */
    public static Arbitrary<byte[]> binaries(MessageSpec spec, FieldSpec field) {
        if (field.type().isText()) {
            throw new IllegalArgumentException("field " + field.number() + " is text; use texts(...)");
        }
        return field(spec, field).map(Field::bytes);
    }

    static Arbitrary<Field> field(MessageSpec spec, FieldSpec f) {
        IsoMessage.Builder probe = IsoMessage.builder(spec, "0200");
        Arbitrary<Field> raw;
        if (f.subfields() instanceof Subfields.Positional p) {
            raw = positional(spec, f, p);
        } else if (f.subfields() instanceof Subfields.Bitmapped b) {
            raw = bitmapped(spec, f, b);
        } else if (f.type() == ContentType.B) {
            int max = f.unit() == LengthUnit.WIRE && f.encoding() == FieldEncoding.HEX_ASCII ? f.length() / 2 : f.length();
            Arbitrary<byte[]> bytes = f.isFixed()
                    ? Arbitraries.bytes().array(byte[].class).ofSize(f.length())
                    : Arbitraries.bytes().array(byte[].class).ofMaxSize(Math.min(max, MAX_VARIABLE));
            if (f.subfields() instanceof Subfields.Tlv && !f.isFixed()) {
                int cap = max;
                bytes = Arbitraries.oneOf(EmvArbitraries.de55().map(l -> l.encode()).filter(b -> b.length <= cap), bytes);
            }
            raw = bytes.map(b -> new Field(f.number(), null, b));
        } else {
            raw = text(f).map(s -> new Field(f.number(), s, null));
        }
        return raw.filter(v -> v != null && fits(probe, v));
    }

    /** Leading parts (at least one) of a positional field, each valid for its own spec. */
    private static Arbitrary<Field> positional(MessageSpec spec, FieldSpec f, Subfields.Positional p) {
        List<Arbitrary<String>> parts = p.parts().stream().map(IsoArbitraries::text).toList();
        Arbitrary<Integer> count = Arbitraries.integers().between(1, parts.size()).shrinkTowards(1);
        return Combinators.combine(count, Combinators.combine(parts).as(l -> l)).as((n, values) -> {
            try {
                String v = probe(spec).subfields(f.number(),
                        values.subList(0, n).toArray(String[]::new)).build().text(f.number());
                return new Field(f.number(), v, null);
            } catch (IllegalArgumentException e) {
                return null; // filtered out in field(...)
            }
        });
    }

    /** A random subset of a bitmapped composite's parts, encoded by the builder. */
    private static Arbitrary<Field> bitmapped(MessageSpec spec, FieldSpec f, Subfields.Bitmapped b) {
        List<Arbitrary<Optional<String>>> parts = new ArrayList<>();
        for (FieldSpec part : b.parts()) {
            Arbitrary<String> v = part.type() == ContentType.B
                    ? (part.isFixed() ? Arbitraries.bytes().array(byte[].class).ofSize(part.length())
                            : Arbitraries.bytes().array(byte[].class).ofMaxSize(Math.min(part.length(), MAX_VARIABLE)))
                            .map(java.util.HexFormat.of()::formatHex)
                    : text(part);
            parts.add(v.optional(0.5));
        }
        return Combinators.combine(parts).as(values -> {
            java.util.Map<Integer, String> m = new java.util.TreeMap<>();
            for (int i = 0; i < values.size(); i++) {
                int n = b.parts().get(i).number();
                values.get(i).ifPresent(v -> m.put(n, v));
            }
            try {
                IsoMessage built = probe(spec).bitmapped(f.number(), m).build();
                return f.type() == ContentType.B ? new Field(f.number(), null, built.bytes(f.number()))
                        : new Field(f.number(), built.text(f.number()), null);
            } catch (IllegalArgumentException e) {
                return null; // filtered out in field(...)
            }
        });
    }

    /** A builder that can build: TPDU and header set when the layout has them. */
    private static IsoMessage.Builder probe(MessageSpec spec) {
        IsoMessage.Builder b = IsoMessage.builder(spec, "0200");
        if (spec.hasTpdu()) {
            b.tpdu(new Tpdu(0x60, 0, 0));
        }
        if (spec.headerLength() > 0) {
            b.header(new byte[spec.headerLength()]);
        }
        return b;
    }

    private static boolean fits(IsoMessage.Builder probe, Field v) {
        try {
            v.apply(probe);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Arbitrary<String> text(FieldSpec f) {
        boolean wireBcd = f.unit() == LengthUnit.WIRE && f.encoding() == FieldEncoding.BCD;
        int max = wireBcd ? f.length() * 2 : f.length();
        Arbitrary<Integer> len = f.isFixed() ? Arbitraries.just(f.length())
                : Arbitraries.integers().between(0, Math.min(max, MAX_VARIABLE)).map(n -> wireBcd ? n - n % 2 : n);
        return len.flatMap(n -> switch (f.type()) {
            case N -> Arbitraries.strings().numeric().ofLength(n);
            case Z -> n == 0 ? Arbitraries.just("") : track(n);
            case XN -> Combinators.combine(Arbitraries.of("C", "D"), Arbitraries.strings().numeric()
                    .ofLength(Math.max(0, n - 1))).as((s, d) -> n == 0 ? "" : s + d);
            default -> f.encoding() == FieldEncoding.GBK ? gbk(n) : printable(n);
        });
    }

    private static Arbitrary<String> track(int n) {
        Arbitrary<String> plain = Arbitraries.strings().numeric().ofLength(n);
        if (n < 3) {
            return plain;
        }
        return Combinators.combine(plain, Arbitraries.integers().between(1, n - 2))
                .as((d, at) -> d.substring(0, at) + "=" + d.substring(at + 1));
    }

    private static Arbitrary<String> printable(int n) {
        return Arbitraries.chars().range(' ', '~').list().ofSize(n)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }

    private static Arbitrary<String> gbk(int n) {
        // mixes ASCII and two-byte GBK characters; lengths count bytes
        Arbitrary<String> unit = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range(' ', '~').map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("银", "联", "商", "户", "终", "端")));
        return unit.list().ofMaxSize(n).map(l -> {
            StringBuilder sb = new StringBuilder();
            int bytes = 0;
            for (String s : l) {
                int w = s.charAt(0) < 0x80 ? 1 : 2;
                if (bytes + w > n) {
                    break;
                }
                sb.append(s);
                bytes += w;
            }
            while (bytes < n) {
                sb.append(' ');
                bytes++;
            }
            return sb.toString();
        });
    }

    private static Arbitrary<Optional<Tpdu>> tpdus() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 0xFFFF),
                Arbitraries.integers().between(0, 0xFFFF)).as((id, dst, src) -> Optional.of(new Tpdu(id, dst, src)));
    }

    private static Arbitrary<byte[]> headers(int length) {
        return Arbitraries.bytes().array(byte[].class).ofSize(length);
    }

    private static IsoMessage build(MessageSpec spec, String mti, Optional<Tpdu> tpdu, byte[] header,
            List<Field> fields) {
        IsoMessage.Builder b = IsoMessage.builder(spec, mti);
        if (spec.hasTpdu()) {
            b.tpdu(tpdu.orElseThrow());
        }
        if (spec.headerLength() > 0) {
            b.header(header);
        }
        for (Field f : fields) {
            f.apply(b);
        }
        return b.build();
    }
}
