package io.pos4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.testkit.arbitraries.IsoArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jpos.iso.ISOBasePackager;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.ISO87APackager;
import org.jpos.iso.packager.ISO87BPackager;

/**
 * Differential test against jPOS 2.1.10: messages from pos-testkit's arbitraries, packed by ISO87APackager /
 * ISO87BPackager decode identically with pos4j's iso87-ascii / iso87-binary, and pos4j re-packs
 * them (built from the decoded text) to the same bytes; and the other way round. Known quirks
 * (shared/NOTES.md): jPOS shows track-2 D nibbles as '=', keeps IF_CHAR pad spaces, and declares
 * DE 55 as IFB_LLLCHAR in ISO87B (the same bytes as our binary LLL, carried as a Latin-1 string).
 */
class JposDifferentialTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** ISO87 layouts without field 65 (jPOS treats bit 65 as the tertiary-bitmap bit). */
    private static final MessageSpec BINARY_NO_65 = Dialects.ISO87_BINARY.toBuilder().remove(65).build();
    private static final MessageSpec ASCII_NO_65 = Dialects.ISO87_ASCII.toBuilder().remove(65).build();

    @Provide
    Arbitrary<IsoMessage> binaryMessages() {
        return IsoArbitraries.messages(BINARY_NO_65, 11); // jPOS packs a message without fields as a bare MTI
    }

    @Provide
    Arbitrary<IsoMessage> asciiMessages() {
        return IsoArbitraries.messages(ASCII_NO_65, 11);
    }

    /** Sets every field of {@code m} on a jPOS message and on a pos4j builder of the real dialect. */
    static void check(MessageSpec spec, ISOBasePackager packager, boolean binary, IsoMessage m) throws Exception {
        IsoCodec codec = IsoCodec.of(spec);
        ISOMsg j = new ISOMsg(m.mti().toString());
        j.setPackager(packager);
        IsoMessage.Builder ours = codec.builder(j.getMTI());
        for (int f : m.fields()) {
            if (spec.field(f).type() == ContentType.B) {
                byte[] v = m.bytes(f);
                if (f == 55) {
                    j.set(f, binary ? new String(v, StandardCharsets.ISO_8859_1) : HEX.formatHex(v));
                } else {
                    j.set(f, v);
                }
                ours.set(f, v);
            } else {
                j.set(f, m.text(f)); // jPOS BCD-packs "=" as nibble D itself
                ours.set(f, m.text(f));
            }
        }
        byte[] jposBytes = j.pack();
        IsoMessage decoded = codec.unpack(jposBytes);
        ISOMsg back = new ISOMsg();
        back.setPackager(packager);
        back.unpack(jposBytes);
        for (int f = 2; f <= 128; f++) {
            assertEquals(back.hasField(f), decoded.has(f), "presence of field " + f);
            if (!back.hasField(f)) {
                continue;
            }
            FieldSpec fs = spec.field(f);
            if (fs.type() == ContentType.B) {
                byte[] expected = f == 55 ? (binary ? back.getString(55).getBytes(StandardCharsets.ISO_8859_1)
                        : HEX.parseHex(back.getString(55))) : back.getBytes(f);
                assertArrayEquals(expected, decoded.bytes(f), "field " + f);
            } else {
                assertEquals(back.getString(f), decoded.text(f), "field " + f);
            }
        }
        assertArrayEquals(jposBytes, codec.pack(ours.build()), "pos4j packs what jPOS packs");
        assertArrayEquals(jposBytes, codec.pack(decoded.toBuilder().build()));
    }

    @Property(tries = 300)
    void iso87Binary_randomMessages_agreeWithJposIso87B(@ForAll("binaryMessages") IsoMessage m) throws Exception {
        check(Dialects.ISO87_BINARY, new ISO87BPackager(), true, m);
    }

    @Property(tries = 300)
    void iso87Ascii_randomMessages_agreeWithJposIso87A(@ForAll("asciiMessages") IsoMessage m) throws Exception {
        check(Dialects.ISO87_ASCII, new ISO87APackager(), false, m);
    }
}
