package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.spec.Dialects;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The README's usage example, verbatim, so it keeps compiling and working. */
class ReadmeExampleTest {

    @Test
    void readmeExample_cupSignIn_packsFramesAndReadsBack() throws Exception {
        // --- README example start
        IsoCodec cup = IsoCodec.of(Dialects.CUP);
        IsoMessage.Builder b = cup.builder("0800")
                .tpdu(Tpdu.of("6000030000"))
                .header(HexFormat.of().parseHex("603100310100"))
                .set(11, "000001")
                .set(41, "12345678")
                .set(42, "123456789012345")
                .subfields(60, "00", "000001", "003");       // 60.1 type, 60.2 batch, 60.3 network code
        byte[] macInput = cup.macInput(b.build());           // MTI .. end of DE 63, bitmap has bit 64
        byte[] mac = new byte[8];                            // compute with pos-pin over macInput
        byte[] packed = cup.pack(b.set(64, mac).build());    // TPDU + header + MTI + bitmap + fields
        Framing framing = Framing.of(FrameFormat.BINARY_2);
        byte[] onTheWire = framing.frame(packed);            // 2-byte length + packed

        IsoMessage back = cup.unpack(framing.read(new java.io.ByteArrayInputStream(onTheWire)));
        String networkCode = back.subfield(60, 3).orElseThrow();   // "003"
        IsoMessage.Builder reply = back.responseBuilder(11, 41, 42, 60).set(39, "00");
        // --- README example end
        assertEquals("003", networkCode);
        assertEquals("0810", reply.build().mti().toString());
        assertEquals("6000000003", reply.build().tpdu().orElseThrow().toString());
        assertArrayEquals(packed, cup.pack(back));
        assertEquals(packed.length - 11 - 8, macInput.length);
    }
}
