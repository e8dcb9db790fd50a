package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.LengthUnit;
import io.pos4j.iso8583.spec.MessageSpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The word-at-a-time digit and hex checks report exactly the first bad byte, for every byte value. */
class SwarCheckTest {

    static final MessageSpec SPEC = MessageSpec.builder("swar").bitmapEncoding(FieldEncoding.HEX_ASCII)
            .field(FieldSpec.builder(2).type(ContentType.N).fixed(40).encoding(FieldEncoding.ASCII).build())
            .field(FieldSpec.builder(3).type(ContentType.B).variable(LengthType.LLL, 999, LengthEncoding.ASCII)
                    .encoding(FieldEncoding.HEX_ASCII).unit(LengthUnit.WIRE).build())
            .build();

    @Property(tries = 3000)
    void digits_oneBadByteAnywhere_reportedAtItsOffset(@ForAll @IntRange(min = 0, max = 39) int at,
            @ForAll @IntRange(min = 0, max = 255) int value, @ForAll @IntRange(min = 0, max = 39) int at2) {
        byte[] msg = ("0100" + "6000000000000000" + "1234567890".repeat(4) + "002" + "0A").getBytes(
                java.nio.charset.StandardCharsets.US_ASCII);
        int base = 4 + 16;
        msg[base + at] = (byte) value;
        boolean bad = value < '0' || value > '9';
        int expected = bad ? base + at : -1;
        if (at2 > at) {
            msg[base + at2] = (byte) 'x';
            expected = bad ? base + at : base + at2;
        }
        try {
            IsoCodec.of(SPEC).unpack(msg);
            assertEquals(-1, expected);
        } catch (IsoParseException e) {
            assertEquals(expected, e.offset());
            assertEquals("2", e.fieldPath());
        }
    }

    @Property(tries = 3000)
    void hex_oneBadByteAnywhere_reportedAtItsOffset(@ForAll @IntRange(min = 0, max = 31) int at,
            @ForAll @IntRange(min = 0, max = 255) int value) {
        byte[] msg = ("0100" + "2000000000000000" + "032" + "0123456789abcdefABCDEF0123456789")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int base = 4 + 16 + 3;
        msg[base + at] = (byte) value;
        boolean ok = value >= '0' && value <= '9' || value >= 'a' && value <= 'f' || value >= 'A' && value <= 'F';
        try {
            IsoCodec.of(SPEC).unpack(msg);
            assertEquals(true, ok);
        } catch (IsoParseException e) {
            assertEquals(false, ok);
            assertEquals(base + at, e.offset());
        }
    }
}
