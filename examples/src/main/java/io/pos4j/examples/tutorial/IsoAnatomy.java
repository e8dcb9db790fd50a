package io.pos4j.examples.tutorial;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.Mti;
import io.pos4j.iso8583.Tpdu;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldSpec;
import java.util.HexFormat;

/** Tutorial 1: the anatomy of an ISO 8583 message (MTI, bitmaps, field types, UnionPay layout). */
public final class IsoAnatomy {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private IsoAnatomy() {
    }

    /** Builds, packs and dissects a purchase in ISO 8583:1987 ASCII and a UnionPay sign-in. */
    public static void main(String[] args) {
        // [snippet:build]
        IsoCodec codec = IsoCodec.of(Dialects.ISO87_ASCII);
        IsoMessage purchase = codec.builder("0200")
                .set(2, "4761739001010010")          // PAN: n..19, LLVAR
                .set(3, "000000")                    // processing code: purchase
                .set(4, "000000012000")              // amount in minor units: 120.00
                .set(11, "000042")                   // system trace audit number (STAN)
                .set(41, "TERM0001")                 // terminal ID: ans 8, fixed
                .set(102, "12345678")                // account ID 1: forces a secondary bitmap
                .build();
        byte[] wire = codec.pack(purchase);
        // [end:build]

        // [snippet:mti]
        Mti mti = purchase.mti();
        System.out.println("MTI " + mti + ": version " + mti.version() + ", class " + mti.messageClass()
                + ", function " + mti.function() + ", origin " + mti.origin());
        // [end:mti]
        String ascii = new String(wire, java.nio.charset.StandardCharsets.US_ASCII);
        System.out.println("primary bitmap   " + ascii.substring(4, 20));
        System.out.println("secondary bitmap " + ascii.substring(20, 36));
        // [snippet:fields]
        for (int n : purchase.fields()) {
            FieldSpec f = codec.spec().field(n);
            System.out.printf("DE %3d %-4s %-6s max %3d %-9s %s%n", n, f.type(), f.lengthType(), f.length(),
                    f.encoding(), purchase.displayText(n));
        }
        // [end:fields]
        System.out.println("packed " + wire.length + " bytes");

        // [snippet:cup]
        IsoCodec cup = IsoCodec.of(Dialects.CUP);
        IsoMessage signIn = cup.builder("0800")
                .tpdu(Tpdu.of("6000030000"))
                .header(HEX.parseHex("603100310100"))
                .set(11, "000001")
                .set(41, "12345678")
                .set(42, "123456789012345")
                .subfields(60, "00", "000001", "003")   // type 00, batch 000001, 003 = sign-in
                .build();
        String hex = HEX.formatHex(cup.pack(signIn));
        System.out.println("TPDU   " + hex.substring(0, 10));
        System.out.println("header " + hex.substring(10, 22));
        System.out.println("MTI    " + hex.substring(22, 26) + " (BCD)");
        System.out.println("bitmap " + hex.substring(26, 42));
        System.out.println("fields " + hex.substring(42));
        // [end:cup]
    }
}
