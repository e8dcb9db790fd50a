package io.pos4j.testkit.arbitraries;

import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.LengthUnit;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Subfields;
import java.util.List;

/**
 * The layouts the codec properties run over: the five ready dialects, an EBCDIC ISO87 with an
 * EBCDIC (hex text) bitmap and a DE 127 composite.
 */
final class TestSpecs {

    private TestSpecs() {
    }

    /** ISO87 with EBCDIC MTI, bitmap (hex digits in EBCDIC), prefixes and text; b fields raw binary. */
    static final MessageSpec ISO87_EBCDIC_TEXT_BITMAP = ebcdic();

    /** ISO87 binary with a bitmapped composite DE 127 (parts 2 ans LLVAR, 3 n6 BCD, 9 b LLLVAR). */
    static final MessageSpec WITH_127 = Dialects.ISO87_BINARY.toBuilder().name("with-127")
            .field(FieldSpec.builder(127).type(ContentType.B).encoding(FieldEncoding.BINARY)
                    .variable(LengthType.LLL, 999, LengthEncoding.BCD)
                    .subfields(new Subfields.Bitmapped(FieldEncoding.BINARY, List.of(
                            FieldSpec.builder(2).type(ContentType.ANS).variable(LengthType.LL, 32, LengthEncoding.BCD)
                                    .build(),
                            FieldSpec.builder(3).type(ContentType.N).fixed(6).encoding(FieldEncoding.BCD).build(),
                            FieldSpec.builder(9).type(ContentType.B).encoding(FieldEncoding.BINARY)
                                    .variable(LengthType.LLL, 255, LengthEncoding.BCD).build())))
                    .build())
            .build();

    static final List<MessageSpec> ALL = List.of(Dialects.ISO87_ASCII, Dialects.ISO87_BINARY, Dialects.ISO87_EBCDIC,
            Dialects.ISO93_ASCII, Dialects.CUP, ISO87_EBCDIC_TEXT_BITMAP, WITH_127);

    private static MessageSpec ebcdic() {
        MessageSpec.Builder b = Dialects.ISO87_ASCII.toBuilder().name("iso87-ebcdic-text-bitmap")
                .mtiEncoding(FieldEncoding.EBCDIC).bitmapEncoding(FieldEncoding.EBCDIC);
        for (FieldSpec f : Dialects.ISO87_ASCII.fields()) {
            FieldSpec.Builder fb = f.toBuilder();
            if (!f.isFixed()) {
                fb.variable(f.lengthType(), f.length(), LengthEncoding.EBCDIC);
            }
            fb.encoding(f.encoding() == FieldEncoding.HEX_ASCII ? FieldEncoding.BINARY : FieldEncoding.EBCDIC);
            if (f.encoding() == FieldEncoding.HEX_ASCII && f.unit() == LengthUnit.WIRE) {
                fb.unit(LengthUnit.VALUE);
            }
            b.field(fb.build());
        }
        return b.build();
    }
}
