package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.iso8583.IsoParseException.Reason;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.LengthUnit;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** One named test per reason: offset, field path and a message without values. */
class DecodeErrorsTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final IsoCodec BIN = IsoCodec.of(Dialects.ISO87_BINARY);
    private static final IsoCodec CUP = IsoCodec.of(Dialects.CUP);

    private static IsoParseException fail(IsoCodec codec, byte[] input) {
        return assertThrows(IsoParseException.class, () -> codec.unpack(input));
    }

    @Test
    void unpack_bcdMtiWithHexNibble_isBadMti() {
        IsoParseException e = fail(BIN, HEX.parseHex("02A0" + "0000000000000000"));
        assertEquals(Reason.BAD_MTI, e.reason());
        assertEquals("mti", e.fieldPath());
        assertEquals(0, e.offset());
    }

    @Test
    void unpack_cupWithSecondaryBitmapBit_isBadBitmap() {
        byte[] s03 = Samples.get("S03", 0).clone();
        s03[13] |= (byte) 0x80;
        IsoParseException e = fail(CUP, s03);
        assertEquals(Reason.BAD_BITMAP, e.reason());
        assertEquals(13, e.offset());
    }

    @Test
    void unpack_bitForUndefinedField_isUnknownFieldNamingIt() {
        byte[] s03 = Samples.get("S03", 0).clone();
        s03[13 + 2] |= 0x01; // bit 24: CUP does not define DE 24
        IsoParseException e = fail(CUP, s03);
        assertEquals(Reason.UNKNOWN_FIELD, e.reason());
        assertEquals("24", e.fieldPath());
    }

    @Test
    void unpack_extraBytes_isTrailingData() {
        byte[] s16 = Samples.get("S16", 0);
        IsoParseException e = fail(BIN, Arrays.copyOf(s16, s16.length + 2));
        assertEquals(Reason.TRAILING_DATA, e.reason());
        assertEquals(s16.length, e.offset());
    }

    @Test
    void unpack_panLengthAboveMaximum_isBadLengthWithoutValue() {
        byte[] s16 = Samples.get("S16", 0).clone();
        s16[10] = 0x21; // DE 2 LL = 21 > 19
        IsoParseException e = fail(BIN, s16);
        assertEquals(Reason.BAD_LENGTH, e.reason());
        assertEquals("field 2: length 21 exceeds maximum 19 at offset 10", e.getMessage());
    }

    @Test
    void unpack_nonDigitNibbleInAmount_isBadBcd() {
        byte[] s16 = Samples.get("S16", 0).clone();
        s16[22] = (byte) 0xA0; // inside DE 4
        IsoParseException e = fail(BIN, s16);
        assertEquals(Reason.BAD_BCD, e.reason());
        assertEquals("4", e.fieldPath());
        assertEquals(22, e.offset());
    }

    @Test
    void unpack_letterInAsciiNumeric_isBadCharacter() {
        byte[] s16 = Samples.get("S16", 1).clone();
        s16[40] = 'X'; // inside DE 4 of the ASCII rendering
        IsoParseException e = fail(IsoCodec.of(Dialects.ISO87_ASCII), s16);
        assertEquals(Reason.BAD_CHARACTER, e.reason());
        assertEquals(40, e.offset());
    }

    @Test
    void unpack_variableBcdAmountOfLengthZero_isBadLengthNotAnIndexError() {
        // found by ScannerDifferentialTest: an x+n field announcing 0 units has no sign byte to read
        // (the byte after the prefix is a C, the sign of the next field or trailing data)
        for (LengthUnit unit : LengthUnit.values()) {
            FieldSpec amount = FieldSpec.builder(2).type(ContentType.XN).encoding(FieldEncoding.BCD).unit(unit)
                    .variable(LengthType.L, 5, LengthEncoding.BCD).build();
            IsoCodec codec = IsoCodec.of(Dialects.ISO87_BINARY.toBuilder().name("xn-var").field(amount).build());
            IsoParseException e = fail(codec, HEX.parseHex("0200" + "4000000000000000" + "00" + "43"));
            assertEquals(Reason.BAD_LENGTH, e.reason(), unit.name());
            assertEquals("2", e.fieldPath());
            assertEquals(11, e.offset());
        }
    }

    @Test
    void unpack_messageAboveLimit_isLimitExceeded() {
        IsoCodec small = IsoCodec.of(Dialects.ISO87_BINARY, new DecodeLimits(100, 9999));
        IsoParseException e = fail(small, Samples.get("S16", 0));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertTrue(e.getMessage().contains("maxMessageBytes=100"), e.getMessage());
    }

    @Test
    void unpack_fieldAboveLimit_isLimitExceededNamingField() {
        IsoCodec small = IsoCodec.of(Dialects.ISO87_BINARY, new DecodeLimits(65535, 32));
        IsoParseException e = fail(small, Samples.get("S16", 0));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("55", e.fieldPath());
    }

    @Test
    void errorMessages_neverContainFieldValues() {
        byte[] s03 = Samples.get("S03", 0);
        for (int cut = 0; cut < s03.length; cut++) {
            try {
                CUP.unpack(s03, 0, cut);
            } catch (IsoParseException e) {
                assertFalse(e.getMessage().contains("6224242300000069"), e.getMessage());
                assertFalse(e.getMessage().contains("622424"), e.getMessage());
            }
        }
    }

    @Test
    void iso93_fieldAbove128_usesTertiaryBitmap() {
        IsoCodec iso93 = IsoCodec.of(Dialects.ISO93_ASCII);
        IsoMessage m = iso93.builder("1200").set(3, "000000").set(150, "private").build();
        byte[] packed = iso93.pack(m);
        assertEquals(4 + 16 * 3 + 6 + 3 + 7, packed.length);
        assertEquals('A', packed[4], "bits 1 and 3 in the primary bitmap: hex A...");
        assertEquals('8', packed[4 + 16], "bit 65 announces the tertiary bitmap");
        IsoMessage back = iso93.unpack(packed);
        assertEquals("private", back.text(150));
        assertEquals(2, back.fields().length);
    }
}
