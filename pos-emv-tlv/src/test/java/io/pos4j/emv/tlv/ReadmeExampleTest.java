package io.pos4j.emv.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.emv.tlv.dol.Dol;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The usage example of README.md, verbatim between the markers. */
class ReadmeExampleTest {

    @Test
    void readmeExample_runs() {
        byte[] de55 = HexFormat.of().parseHex("9F2608CBFC767977111F159F2701805A0847617390010101199F3602000E");
        // --- README example start
        TlvList list = TlvParser.emv().parse(de55);                 // 00 padding skipped
        Bytes arqc = list.value(Tag.of(0x9F26)).orElseThrow();      // first 9F26 anywhere
        for (Tlv t : list) {
            System.out.println(t);                                  // 5A[8]=476173******0119
        }
        byte[] again = list.encode();                               // byte-exact for minimal input
        TlvList response = TlvBuilder.create()
                .begin("70").add("5F34", "01").add(Tag.of(0x9F36), Bytes.fromHex("0001")).end()
                .build();
        TlvReader reader = TlvParser.emv().newReader();             // zero-copy, reusable
        reader.reset(de55);
        while (reader.next()) {
            if (reader.tag() == 0x9F27) {
                int cid = de55[reader.valueOffset()] & 0xFF;        // no copies, no allocation
            }
        }
        // --- README example end
        assertEquals("CBFC767977111F15", arqc.toHex());
        assertArrayEquals(de55, again);
        assertEquals("70095F3401019F36020001", HexFormat.of().withUpperCase().formatHex(response.encode()));
        assertEquals("5A[8]=476173******0119", list.first("5A").orElseThrow().toString());
    }

    @Test
    void readmeStreamExample_runs() throws java.io.IOException {
        byte[] two = HexFormat.of().parseHex("9F2701805A0847617390010101199F3602000E");
        java.io.InputStream in = new java.io.ByteArrayInputStream(two);
        java.util.List<Tlv> seen = new java.util.ArrayList<>();
        // --- README stream example start
        TlvStreamReader stream = TlvParser.emv().newStreamReader(in);   // same rules and limits
        for (Optional<Tlv> t = stream.next(); t.isPresent(); t = stream.next()) {
            seen.add(t.get());                                  // reads one object, never past it
        }
        // --- README stream example end
        assertEquals(TlvParser.emv().parse(two).objects(), seen);
        assertEquals(two.length, stream.position());
    }

    @Test
    void readmeDolExample_runs() {
        TlvList fci = TlvParser.emv().parse(HexFormat.of().parseHex(
                "6F198407A0000000031010A50E9F380B9F02069F1A0295055F2A02"));
        TlvList terminalData = TlvBuilder.create().add("9F02", "000000001000").add("9F1A", "0156")
                .add("5F2A", "0156").build();
        // --- README DOL example start
        Dol pdol = Dol.parse(fci.path("6F/A5/9F38").orElseThrow().value());
        Bytes pdolData = pdol.build(terminalData);        // TlvList or Function<Tag, Optional<Bytes>>
        // --- README DOL example end
        assertEquals("000000001000" + "0156" + "0000000000" + "0156", pdolData.toHex());
    }
}
