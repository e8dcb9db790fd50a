package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.MessageSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecValidationTest {

    @Test
    void fieldSpec_maxAbovePrefix_namesField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FieldSpec.builder(35).type(ContentType.Z).variable(LengthType.LL, 104, LengthEncoding.BCD)
                        .encoding(FieldEncoding.BCD).build());
        assertEquals("field 35: maximum 104 does not fit a LL prefix (at most 99)", e.getMessage());
    }

    @Test
    void fieldSpec_bcdText_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> FieldSpec.builder(41).type(ContentType.ANS).fixed(8).encoding(FieldEncoding.BCD).build());
        assertThrows(IllegalArgumentException.class,
                () -> FieldSpec.builder(52).type(ContentType.B).fixed(8).encoding(FieldEncoding.ASCII).build());
    }

    @Test
    void messageSpec_field65WithTertiaryBitmap_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dialects.ISO87_BINARY.toBuilder().tertiaryBitmap(true).build());
        assertEquals("field 65: with a tertiary bitmap, bit 65 announces it; remove field 65", e.getMessage());
    }

    @Test
    void messageSpec_fieldAbove128WithoutTertiary_rejected() {
        FieldSpec f = FieldSpec.builder(130).fixed(3).build();
        assertThrows(IllegalArgumentException.class, () -> MessageSpec.builder("x").field(f).build());
    }

    @Test
    void dialects_byName_caseInsensitive_unknownListsNames() {
        assertEquals(Dialects.CUP, Dialects.byName("CUP"));
        assertEquals(List.of("iso87-ascii", "iso87-binary", "iso87-ebcdic", "iso93-ascii", "cup"), Dialects.names());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dialects.byName("x"));
        assertEquals("unknown dialect 'x' (expected one of [iso87-ascii, iso87-binary, iso87-ebcdic, iso93-ascii, cup])",
                e.getMessage());
    }

    @Test
    void dialects_fieldCounts_matchJposTables() {
        assertEquals(127, Dialects.ISO87_BINARY.fields().size());
        assertEquals(127, Dialects.ISO87_ASCII.fields().size());
        assertEquals(190, Dialects.ISO93_ASCII.fields().size());
        assertEquals(64, Dialects.CUP.maxField());
    }
}
