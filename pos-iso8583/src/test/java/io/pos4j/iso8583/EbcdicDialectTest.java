package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pos4j.iso8583.spec.Dialects;
import java.nio.charset.Charset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** iso87-ebcdic: bytes checked against hand-computed code page 037, round trip, errors. */
class EbcdicDialectTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final IsoCodec CODEC = IsoCodec.of(Dialects.ISO87_EBCDIC);

    /** 0200 with n, z (LL), x+n, ans, b and DE 55 (LLL binary) fields */
    private static IsoMessage message() {
        return CODEC.builder("0200")
                .set(3, "000000")
                .set(4, "1000")
                .set(11, "123")
                .set(28, "D100")
                .set(35, "4761739001010119=2512")
                .set(41, "TERM0001")
                .set(43, "Caf\u00e9 [Z\u00fcrich]")
                .setHex(52, "A1B2C3D4E5F60718")
                .setHex(55, "9F0206000000001000")
                .build();
    }

    private static final String EXPECTED = "F0F2F0F0"                      // MTI 0200
            + "30200010" + "20A01200"                                        // bitmap: 3 4 11 28 35 41 43 52 55
            + "F0F0F0F0F0F0"                                                 // 3
            + "F0F0F0F0F0F0F0F0F1F0F0F0"                                     // 4 (left-padded)
            + "F0F0F0F1F2F3"                                                 // 11
            + "C4" + "F0F0F0F0F0F1F0F0"                                      // 28 x+n 9: D + 8 digits
            + "F2F1" + "F4F7F6F1F7F3F9F0F0F1F0F1F0F1F1F9" + "7E" + "F2F5F1F2" // 35: LL 21, '=' is 7E
            + "E3C5D9D4F0F0F0F1"                                             // 41 TERM0001
            + "C3818651" + "40" + "BAE9DC99898388BB" + "40".repeat(27)        // 43: Caf\u00e9 [Z\u00fcrich] + pad
            + "A1B2C3D4E5F60718"                                             // 52 raw
            + "F0F0F9" + "9F0206000000001000";                               // 55: LLL 009 + raw

    @Test
    void pack_everyKindOfField_handComputedCodePage037Bytes() {
        assertEquals(EXPECTED, HEX.formatHex(CODEC.pack(message())));
    }

    @Test
    void unpack_handComputedBytes_valuesAndByteExactRepack() {
        byte[] wire = HEX.parseHex(EXPECTED);
        IsoMessage m = CODEC.unpack(wire);
        assertEquals(200, m.mti().code());
        assertEquals("000000001000", m.text(4));
        assertEquals("D00000100", m.text(28));
        assertEquals("4761739001010119=2512", m.text(35));
        assertEquals("TERM0001", m.text(41));
        assertEquals("Caf\u00e9 [Z\u00fcrich]" + " ".repeat(27), m.text(43));
        assertEquals("9F0206000000001000", m.text(55));
        assertEquals("000000001000", m.find("55/9F02").orElseThrow());
        assertArrayEquals(wire, CODEC.pack(m));
        assertEquals(message(), m);
        assertArrayEquals(wire, CODEC.pack(m.toBuilder().build()));
    }

    @Test
    void codePage_builtInTable_matchesTheJdkIbm037ExceptNel() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String jdk = new String(all, Charset.forName("IBM037"));
        IsoMessage.Builder b = CODEC.builder("0800");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 256; i++) {
            text.append(i == 0x15 ? '\u0085' : jdk.charAt(i));
        }
        // DE 48 LLL ans..999: every byte value once, in order
        byte[] packed = CODEC.pack(b.set(48, text.toString()).build());
        byte[] content = java.util.Arrays.copyOfRange(packed, packed.length - 256, packed.length);
        assertArrayEquals(all, content);
        assertEquals(text.toString(), CODEC.unpack(packed).text(48));
    }

    @Test
    void unpack_asciiDigitsWhereEbcdicExpected_badCharacterWithFieldAndOffset() {
        byte[] wire = HEX.parseHex(EXPECTED);
        wire[4 + 8] = '0'; // first byte of DE 3 in ASCII
        IsoParseException e = assertThrows(IsoParseException.class, () -> CODEC.unpack(wire));
        assertEquals(IsoParseException.Reason.BAD_CHARACTER, e.reason());
        assertEquals("3", e.fieldPath());
        assertEquals(12, e.offset());
    }

    @Test
    void unpack_asciiLengthPrefix_badLength() {
        byte[] wire = HEX.parseHex(EXPECTED);
        int de35 = 4 + 8 + 6 + 12 + 6 + 9;
        wire[de35] = '2';
        IsoParseException e = assertThrows(IsoParseException.class, () -> CODEC.unpack(wire));
        assertEquals(IsoParseException.Reason.BAD_LENGTH, e.reason());
        assertEquals("35", e.fieldPath());
        assertEquals(de35, e.offset());
    }

    @Test
    void byName_iso87Ebcdic_isTheConstant() {
        assertEquals(Dialects.ISO87_EBCDIC, Dialects.byName("ISO87-EBCDIC"));
    }
}
