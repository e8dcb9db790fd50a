package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Padding;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Typed numbers: {@code Builder.set(int, long)} and {@link IsoMessage#number(int)}. */
class NumberValuesTest {

    /** the dialects, plus iso87-binary with each of the four BCD paddings on every BCD field */
    private static final List<MessageSpec> DIALECTS = Stream.concat(
            Dialects.names().stream().map(Dialects::byName),
            Arrays.stream(Padding.values()).map(NumberValuesTest::padded)).toList();

    private static MessageSpec padded(Padding p) {
        MessageSpec.Builder b = Dialects.ISO87_BINARY.toBuilder().name("iso87-binary-" + p);
        for (FieldSpec f : Dialects.ISO87_BINARY.fields()) {
            b.field(f.encoding() == FieldEncoding.BCD ? f.toBuilder().padding(p).build() : f);
        }
        return b.build();
    }

    /** a dialect, one of its n fields and a number that fits the field (at most 18 digits) */
    record Case(MessageSpec spec, FieldSpec field, long value) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<MessageSpec> specs = Arbitraries.of(DIALECTS);
        return specs.flatMap(spec -> {
            List<FieldSpec> n = spec.fields().stream()
                    .filter(f -> f.type() == ContentType.N && f.number() > 1).toList();
            return Arbitraries.of(n).flatMap(f -> {
                int digits = Math.min(f.length(), 18);
                long max = 1;
                for (int i = 0; i < digits; i++) {
                    max *= 10;
                }
                Arbitrary<Long> values = Arbitraries.oneOf(Arbitraries.longs().between(0, max - 1),
                        Arbitraries.of(0L, max - 1, max / 10, 7L));
                return Combinators.combine(Arbitraries.just(spec), Arbitraries.just(f), values).as(Case::new);
            });
        });
    }

    private static IsoMessage.Builder builder(MessageSpec spec) {
        IsoMessage.Builder b = IsoCodec.of(spec).builder("0200");
        if (spec.hasTpdu()) {
            b.tpdu(Tpdu.of("6000030000"));
        }
        if (spec.headerLength() > 0) {
            b.header(new byte[spec.headerLength()]);
        }
        return b;
    }

    @Property(tries = 3000)
    void number_setAndRead_sameBytesAsTheDigitsAndSameNumberBack(@ForAll("cases") Case c) {
        IsoCodec codec = IsoCodec.of(c.spec());
        int f = c.field().number();
        String digits = Long.toString(c.value());
        String text = c.field().isFixed() ? "0".repeat(c.field().length() - digits.length()) + digits : digits;
        IsoMessage.Builder viaText = builder(c.spec());
        IllegalArgumentException textError = null;
        try {
            viaText.set(f, text);
        } catch (IllegalArgumentException e) {
            textError = e;
        }
        IsoMessage.Builder viaNumber = builder(c.spec());
        if (textError != null) {
            // a field that cannot hold these digits (for example an odd count in wire-byte units)
            // refuses the number in the same way
            assertThrows(IllegalArgumentException.class, () -> viaNumber.set(f, c.value()));
            return;
        }
        IsoMessage built = viaNumber.set(f, c.value()).build();
        byte[] packed = codec.pack(built);
        assertArrayEquals(codec.pack(viaText.build()), packed);
        assertEquals(text, built.text(f));
        assertEquals(c.value(), built.number(f));
        assertEquals(c.value(), codec.unpack(packed).number(f));
    }

    @Test
    void set_fixedField_leftPaddedWithZeros() {
        IsoMessage m = IsoCodec.of(Dialects.ISO87_BINARY).builder("0200").set(4, 1250).set(11, 42).build();
        assertEquals("000000001250", m.text(4));
        assertEquals("000042", m.text(11));
        assertEquals(1250, m.number(4));
        assertEquals(42, m.number(11));
    }

    @Test
    void set_variableField_digitsWithoutLeadingZeros() {
        IsoMessage m = IsoCodec.of(Dialects.ISO87_ASCII).builder("0200").set(32, 123456).build();
        assertEquals("123456", m.text(32));
        assertEquals(123456, m.number(32));
    }

    @Test
    void set_badNumbers_namedErrors() {
        IsoMessage.Builder b = IsoCodec.of(Dialects.ISO87_BINARY).builder("0200");
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> b.set(4, -1));
        assertTrue(negative.getMessage().startsWith("field 4: "), negative.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> b.set(3, 1_234_567));
        assertTrue(tooLong.getMessage().startsWith("field 3: "), tooLong.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> b.set(41, 5));
        assertEquals("field 41: ans field; numbers are for n fields", text.getMessage());
        IllegalArgumentException track = assertThrows(IllegalArgumentException.class, () -> b.set(35, 5));
        assertTrue(track.getMessage().startsWith("field 35: z field"), track.getMessage());
        assertFalse(b.build().has(4), "a refused number leaves the field absent");
    }

    @Test
    void number_refusals() {
        IsoMessage m = IsoCodec.of(Dialects.ISO87_BINARY).builder("0200")
                .set(2, "9999999999999999999").set(32, "").set(52, new byte[8]).build();
        ArithmeticException big = assertThrows(ArithmeticException.class, () -> m.number(2));
        assertEquals("field 2: 19 digits do not fit a long", big.getMessage());
        assertFalse(big.getMessage().contains("9999"), "the value never appears in an error");
        assertThrows(IllegalStateException.class, () -> m.number(32));
        assertThrows(IllegalArgumentException.class, () -> m.number(52));
        assertThrows(NoSuchElementException.class, () -> m.number(4));
    }

    @Test
    void number_largestLongFits() {
        IsoMessage m = IsoCodec.of(Dialects.ISO87_BINARY).builder("0200").set(2, Long.MAX_VALUE).build();
        assertEquals(Long.toString(Long.MAX_VALUE), m.text(2));
        assertEquals(Long.MAX_VALUE, m.number(2));
    }

    @Test
    void number_cupRightPaddedBcd_readsTheDigits() {
        // UnionPay DE 22 is n3 packed right-aligned: 071 -> 07 1x
        IsoMessage m = IsoCodec.of(Dialects.CUP).builder("0200").tpdu(Tpdu.of("6000030000"))
                .header(HexFormat.of().parseHex("603100310100")).set(22, 71).build();
        assertEquals("071", m.text(22));
        assertEquals(71, m.number(22));
    }
}
