package io.pos4j.iso8583;

import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.MessageSpec;
import java.util.List;

/** Specs the property tests run over: the five dialects plus an EBCDIC-bitmap variant of ISO87. */
final class Specs {

    private Specs() {
    }

    /** ISO87 with EBCDIC MTI, EBCDIC hex bitmap, prefixes and text; b fields raw binary. */
    static final MessageSpec EBCDIC_HEX_BITMAP = ebcdic();

    static final List<MessageSpec> ALL = List.of(Dialects.ISO87_ASCII, Dialects.ISO87_BINARY, Dialects.ISO87_EBCDIC,
            Dialects.ISO93_ASCII, Dialects.CUP, EBCDIC_HEX_BITMAP, BitmappedSubfieldsTest.SPEC);

    private static MessageSpec ebcdic() {
        MessageSpec.Builder b = Dialects.ISO87_ASCII.toBuilder().name("ebcdic-hex-bitmap")
                .mtiEncoding(FieldEncoding.EBCDIC).bitmapEncoding(FieldEncoding.EBCDIC);
        for (FieldSpec f : Dialects.ISO87_ASCII.fields()) {
            FieldSpec.Builder fb = f.toBuilder();
            if (!f.isFixed()) {
                fb.variable(f.lengthType(), f.length(), LengthEncoding.EBCDIC);
            }
            fb.encoding(f.encoding() == FieldEncoding.HEX_ASCII ? FieldEncoding.BINARY : FieldEncoding.EBCDIC);
            if (f.encoding() == FieldEncoding.HEX_ASCII && f.unit() == io.pos4j.iso8583.spec.LengthUnit.WIRE) {
                fb.unit(io.pos4j.iso8583.spec.LengthUnit.VALUE);
            }
            b.field(fb.build());
        }
        return b.build();
    }
}
