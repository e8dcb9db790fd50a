package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Subfields;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BitmappedSubfieldsTest {

    /** ISO87 binary with DE 127 as a bitmapped composite: 127.2 ans LL, 127.3 n6, 127.9 b LLL. */
    static final MessageSpec SPEC = Dialects.ISO87_BINARY.toBuilder().name("with-127")
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

    @Test
    void bitmapped_setAndRead_roundTrips() {
        IsoCodec codec = IsoCodec.of(SPEC);
        IsoMessage m = codec.builder("0200").bitmapped(127, Map.of(2, "switch key", 9, "CAFE")).build();
        byte[] v = m.bytes(127);
        assertEquals("4080000000000000", HexFormat.of().withUpperCase().formatHex(v, 0, 8));
        IsoMessage back = codec.unpack(codec.pack(m));
        assertEquals("switch key", back.subfield(127, 2).orElseThrow());
        assertEquals("CAFE", back.subfield(127, 9).orElseThrow());
        assertTrue(back.subfield(127, 3).isEmpty());
    }

    @Test
    void bitmapped_truncatedPart_reportsDottedPathAndMessageOffset() {
        IsoCodec codec = IsoCodec.of(SPEC);
        byte[] composite = HexFormat.of().parseHex("2000000000000000" + "0012"); // 127.3 n6 needs 3 bytes, 2 present
        byte[] packed = codec.pack(codec.builder("0200").set(127, composite).build());
        IsoMessage m = codec.unpack(packed);
        IsoParseException e = assertThrows(IsoParseException.class, () -> m.subfield(127, 3));
        assertEquals("127.3", e.fieldPath());
        assertEquals(IsoParseException.Reason.TRUNCATED, e.reason());
        assertEquals(packed.length - 2, e.offset());
        assertTrue(e.getMessage().startsWith("field 127.3: need 3 bytes"), e.getMessage());
    }
}
