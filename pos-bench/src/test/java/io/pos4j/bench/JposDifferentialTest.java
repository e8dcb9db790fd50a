package io.pos4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthUnit;
import io.pos4j.iso8583.spec.MessageSpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jpos.iso.ISOBasePackager;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.ISO87APackager;
import org.jpos.iso.packager.ISO87BPackager;

/**
 * Differential test against jPOS 2.1.10: random messages packed by ISO87APackager /
 * ISO87BPackager decode identically with pos4j's iso87-ascii / iso87-binary, and pos4j re-packs
 * them (built from the decoded text) to the same bytes; and the other way round. Known quirks
 * (shared/NOTES.md): jPOS shows track-2 D nibbles as '=', keeps IF_CHAR pad spaces, and declares
 * DE 55 as IFB_LLLCHAR in ISO87B (the same bytes as our binary LLL, carried as a Latin-1 string).
 */
class JposDifferentialTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** jPOS value and the expected pos4j text for one field. */
    record Value(Object jpos, String text, byte[] bytes) {
    }

    static Value value(FieldSpec f, boolean binary, Random r) {
        if (f.type() == ContentType.B) {
            int max = f.unit() == LengthUnit.WIRE ? f.length() / 2 : f.length();
            byte[] v = new byte[f.isFixed() ? f.length() : r.nextInt(Math.min(max, 60) + 1)];
            r.nextBytes(v);
            Object jpos = f.number() == 55 ? (binary ? new String(v, StandardCharsets.ISO_8859_1) : HEX.formatHex(v)) : v;
            return new Value(jpos, HEX.formatHex(v), v);
        }
        int n = f.isFixed() ? f.length() : r.nextInt(Math.min(f.length(), 40) + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (f.type()) {
                case N -> sb.append((char) ('0' + r.nextInt(10)));
                case Z -> sb.append(i == 16 ? '=' : (char) ('0' + r.nextInt(10)));
                case XN -> sb.append(i == 0 ? (r.nextBoolean() ? 'C' : 'D') : (char) ('0' + r.nextInt(10)));
                default -> sb.append((char) ('!' + r.nextInt(94)));
            }
        }
        String text = sb.toString();
        String jpos = text; // jPOS BCD-packs "=" as nibble D itself ("D" would become 4)
        return new Value(jpos, text, null);
    }

    static void check(MessageSpec spec, ISOBasePackager packager, boolean binary, long seed) throws Exception {
        Random r = new Random(seed);
        IsoCodec codec = IsoCodec.of(spec);
        ISOMsg j = new ISOMsg("0" + (1 + r.nextInt(8)) + r.nextInt(10) + r.nextInt(10));
        j.setPackager(packager);
        IsoMessage.Builder ours = codec.builder(j.getMTI());
        for (FieldSpec f : spec.fields()) {
            if (f.number() == 65 || r.nextInt(5) != 0) {
                continue;   // 65 is the tertiary-bitmap bit in jPOS's handling; not a data field for either side
            }
            Value v = value(f, binary, r);
            if (v.jpos() instanceof byte[] b) {
                j.set(f.number(), b);
            } else {
                j.set(f.number(), (String) v.jpos());
            }
            if (v.bytes() != null) {
                ours.set(f.number(), v.bytes());
            } else {
                ours.set(f.number(), v.text());
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
    void iso87Binary_randomMessages_agreeWithJposIso87B(@ForAll long seed) throws Exception {
        check(Dialects.ISO87_BINARY, new ISO87BPackager(), true, seed);
    }

    @Property(tries = 300)
    void iso87Ascii_randomMessages_agreeWithJposIso87A(@ForAll long seed) throws Exception {
        check(Dialects.ISO87_ASCII, new ISO87APackager(), false, seed);
    }
}
