package io.pos4j.examples.tutorial;

import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Padding;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tutorial 6: a hand-written parser for a small binary layout, with a PLANTED BUG for the
 * property test to find (it reads odd-length packed PANs as if they were left-padded).
 */
public final class ToyParser {

    // [snippet:spec]
    /** The layout the toy parser reads: BCD MTI, binary bitmap, five fields. */
    public static final MessageSpec TOY = MessageSpec.builder("toy")
            .mtiEncoding(FieldEncoding.BCD)
            .field(FieldSpec.builder(2).type(ContentType.N).variable(LengthType.LL, 19, LengthEncoding.BCD)
                    .encoding(FieldEncoding.BCD).padding(Padding.RIGHT_F).build())          // PAN, F-padded
            .field(FieldSpec.builder(3).type(ContentType.N).fixed(6).encoding(FieldEncoding.BCD).build())
            .field(FieldSpec.builder(4).type(ContentType.N).fixed(12).encoding(FieldEncoding.BCD).build())
            .field(FieldSpec.builder(11).type(ContentType.N).fixed(6).encoding(FieldEncoding.BCD).build())
            .field(FieldSpec.builder(41).type(ContentType.ANS).fixed(8).build())
            .build();
    // [end:spec]

    private ToyParser() {
    }

    /** @return field number to text, as the toy understands the message */
    public static Map<Integer, String> parse(byte[] in) {
        Map<Integer, String> out = new TreeMap<>();
        String hex = HexFormat.of().withUpperCase().formatHex(in);
        out.put(0, hex.substring(0, 4));                       // MTI: 2 BCD bytes
        long bitmap = Long.parseUnsignedLong(hex.substring(4, 20), 16);
        int at = 10;                                           // byte offset after the bitmap
        for (int f = 2; f <= 64; f++) {
            if ((bitmap & (1L << (64 - f))) == 0) {
                continue;
            }
            int digits = switch (f) {
                case 2 -> Integer.parseInt(hex.substring(2 * at, 2 * at + 2));
                case 3, 11 -> 6;
                case 4 -> 12;
                case 41 -> -8;                                 // 8 ASCII characters
                default -> throw new IllegalArgumentException("toy: field " + f + " unsupported");
            };
            if (f == 2) {
                at++;
            }
            if (digits < 0) {
                out.put(f, new String(in, at, -digits, java.nio.charset.StandardCharsets.US_ASCII));
                at += -digits;
                continue;
            }
            int bytes = (digits + 1) / 2;
            String nibbles = hex.substring(2 * at, 2 * (at + bytes));
            // BUG (planted): an odd digit count is padded on the RIGHT in this layout, not the left
            out.put(f, nibbles.substring(nibbles.length() - digits));
            at += bytes;
        }
        return out;
    }

    /** Parses one message and prints what the toy saw. */
    public static void main(String[] args) {
        io.pos4j.iso8583.IsoCodec codec = io.pos4j.iso8583.IsoCodec.of(TOY);
        byte[] wire = codec.pack(codec.builder("0200").set(2, "4761739001010010").set(3, "000000")
                .set(4, "000000012000").set(11, "000042").set(41, "TERM0001").build());
        System.out.println("wire: " + HexFormat.of().withUpperCase().formatHex(wire));
        System.out.println("toy:  " + parse(wire).toString().replaceAll("2=(\\d{6})\\d+(\\d{4})", "2=$1******$2"));
    }
}
