package io.pos4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.testkit.arbitraries.IsoArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jpos.iso.IFB_BINARY;
import org.jpos.iso.IFB_BITMAP;
import org.jpos.iso.IFE_AMOUNT;
import org.jpos.iso.IFE_CHAR;
import org.jpos.iso.IFE_LLCHAR;
import org.jpos.iso.IFE_LLLBINARY;
import org.jpos.iso.IFE_LLLCHAR;
import org.jpos.iso.IFE_LLNUM;
import org.jpos.iso.IFE_NUMERIC;
import org.jpos.iso.ISOBasePackager;
import org.jpos.iso.ISOFieldPackager;
import org.jpos.iso.ISOMsg;

/**
 * Differential test of {@code iso87-ebcdic} against jPOS 2.1.10. jPOS ships no ready EBCDIC ISO87
 * packager, so this one is assembled from its EBCDIC field packagers the way ISO87BPackager is
 * from the binary ones: IFE_NUMERIC MTI, IFB_BITMAP, IFE_NUMERIC / IFE_LLNUM / IFE_CHAR /
 * IFE_LLCHAR / IFE_LLLCHAR / IFE_AMOUNT / IFB_BINARY fields, IFE_LLLBINARY DE 55. jPOS encodes
 * EBCDIC as IBM-1047 and pos4j as code page 037; they differ in ^ [ ] ¬ Ý ¨ and in where LF and
 * NEL go, so generated text avoids those eight characters.
 */
class JposEbcdicDifferentialTest {

    private static final MessageSpec EBCDIC_NO_65 = Dialects.ISO87_EBCDIC.toBuilder().remove(65).build();
    private static final String DIFFERENT = "^[]\u00ac\u00dd\u00a8\n\u0085";

    /** jPOS's EBCDIC field packagers laid out as the ISO87 fields of {@code spec}. */
    static final class Iso87EbcdicPackager extends ISOBasePackager {
        Iso87EbcdicPackager(MessageSpec spec) {
            ISOFieldPackager[] fld = new ISOFieldPackager[129];
            fld[0] = new IFE_NUMERIC(4, "MTI");
            fld[1] = new IFB_BITMAP(16, "BITMAP");
            fld[65] = new IFB_BINARY(1, "TERTIARY BITMAP");
            for (FieldSpec f : spec.fields()) {
                int n = f.number();
                boolean fixed = f.lengthType() == LengthType.FIXED;
                fld[n] = switch (f.type()) {
                    case B -> fixed ? new IFB_BINARY(f.length(), "B") : new IFE_LLLBINARY(f.length(), "LLLB");
                    case N -> fixed ? new IFE_NUMERIC(f.length(), "N") : new IFE_LLNUM(f.length(), "LLN");
                    case XN -> new IFE_AMOUNT(f.length(), "AMOUNT");
                    default -> fixed ? new IFE_CHAR(f.length(), "C")
                            : f.lengthType() == LengthType.LL ? new IFE_LLCHAR(f.length(), "LLC")
                            : new IFE_LLLCHAR(f.length(), "LLLC");
                };
            }
            setFieldPackager(fld);
        }
    }

    @Provide
    Arbitrary<IsoMessage> messages() {
        return IsoArbitraries.messages(EBCDIC_NO_65, 11);
    }

    private static String safe(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            if (DIFFERENT.indexOf(sb.charAt(i)) >= 0) {
                sb.setCharAt(i, 'x');
            }
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void iso87Ebcdic_randomMessages_agreeWithJposEbcdicFieldPackagers(@ForAll("messages") IsoMessage m)
            throws Exception {
        MessageSpec spec = Dialects.ISO87_EBCDIC;
        Iso87EbcdicPackager packager = new Iso87EbcdicPackager(spec);
        IsoCodec codec = IsoCodec.of(spec);
        ISOMsg j = new ISOMsg(m.mti().toString());
        j.setPackager(packager);
        IsoMessage.Builder ours = codec.builder(j.getMTI());
        for (int f : m.fields()) {
            if (spec.field(f).type() == ContentType.B) {
                j.set(f, m.bytes(f));
                ours.set(f, m.bytes(f));
            } else {
                String v = safe(m.text(f));
                j.set(f, v);
                ours.set(f, v);
            }
        }
        byte[] jposBytes = j.pack();
        assertArrayEquals(jposBytes, codec.pack(ours.build()), "pos4j packs what jPOS packs");
        IsoMessage decoded = codec.unpack(jposBytes);
        ISOMsg back = new ISOMsg();
        back.setPackager(packager);
        back.unpack(jposBytes);
        for (int f = 2; f <= 128; f++) {
            assertEquals(back.hasField(f), decoded.has(f), "presence of field " + f);
            if (back.hasField(f)) {
                if (spec.field(f).type() == ContentType.B) {
                    assertArrayEquals(back.getBytes(f), decoded.bytes(f), "field " + f);
                } else {
                    assertEquals(back.getString(f), decoded.text(f), "field " + f);
                }
            }
        }
        assertArrayEquals(jposBytes, codec.pack(decoded.toBuilder().build()));
    }
}
