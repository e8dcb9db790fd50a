package io.pos4j.iso8583.spec;

import static io.pos4j.iso8583.spec.ContentType.ANS;
import static io.pos4j.iso8583.spec.ContentType.AN;
import static io.pos4j.iso8583.spec.ContentType.B;
import static io.pos4j.iso8583.spec.ContentType.N;
import static io.pos4j.iso8583.spec.ContentType.XN;
import static io.pos4j.iso8583.spec.ContentType.Z;

import java.util.List;
import java.util.Locale;

/**
 * The ready dialects, each a named constant. Names (as the CLI's {@code --dialect} takes them):
 * {@code iso87-ascii}, {@code iso87-binary}, {@code iso87-ebcdic}, {@code iso93-ascii}, {@code cup}.
 */
public final class Dialects {

    private Dialects() {
    }

    // --- layout tables -----------------------------------------------------------------------

    /** jPOS ISO87 field kinds, index = field number; "N6" fixed numeric, "LLN19", "C12", "AMT9" ... */
    private static final String ISO87 = "-,-,LLN19,N6,N12,N12,N12,N10,N8,N8,N8,N6,N6,N4,N4,N4,N4,N4,N4,N3,N3,N3,"
            + "N3,N3,N3,N2,N2,N1,AMT9,AMT9,AMT9,AMT9,LLN11,LLN11,LLC28,LLZ37,LLLC104,C12,C6,C2,C3,C8,C15,C40,"
            + "LLC25,LLC76,LLLC999,LLLC999,LLLC999,C3,C3,C3,B8,N16,LLLC120,EMV,LLLC999,LLLC999,LLLC999,LLLC999,"
            + "LLLC999,LLLC999,LLLC999,LLLC999,B8,B1,N1,N2,N3,N3,N3,N4,N4,N6,N10,N10,N10,N10,N10,N10,N10,N10,"
            + "N12,N12,N12,N12,N16,N16,N16,N16,N42,C1,C2,C6,C7,C42,B16,AMT17,C25,LLN11,LLN11,LLC17,LLC28,LLC28,"
            + "LLLC100" + ",LLLC999".repeat(23) + ",B8";

    private static final String ISO93 = "-,-,LLN19,N6,N12,N12,N12,N10,N8,N8,N8,N6,N12,N4,N4,N6,N4,N4,N4,N3,N3,N3,"
            + "C12,N3,N3,N4,N4,N1,N6,N3,N24,LLC99,LLN11,LLN11,LLC28,LLZ37,LLLC104,C12,C6,N3,N3,C8,C15,LLC99,"
            + "LLC99,LLC76,LLLC204,LLLC999,LLLC999,C3,C3,C3,B8,LLB48,LLLC120,LLLB255,LLN35,N3,LLN11,LLLC999,"
            + "LLLC999,LLLC999,LLLC999,LLLC999,B8,-,LLLC204,N2,N3,N3,N3,N8,LLLC999,N6,N10,N10,N10,N10,N10,N10,"
            + "N10,N10,N10,N10,N10,N10,N16,N16,N16,N16,N10,N3,N3,LLN11,LLN11,LLC99,LLLB999,AMT17,C25,LLC11,"
            + "LLN11,LLC17,LLC28,LLC28,LLLC100,N16,N16,N10,N10,LLC84,LLC84" + ",LLLC999".repeat(17) + ",B8"
            + ",LLLC999".repeat(64);

    /**
     * ISO 8583:1987, ASCII: ASCII MTI, hex-ASCII bitmaps, ASCII numerics and LL/LLL prefixes;
     * byte-compatible with jPOS {@code ISO87APackager}, except DE 55, carried as binary written in
     * hex-ASCII with an LLL prefix counting hex characters (jPOS: {@code IFA_LLLCHAR} holding hex).
     */
    public static final MessageSpec ISO87_ASCII = iso87(false);

    /**
     * ISO 8583:1987, binary: BCD MTI, binary bitmaps, BCD numerics (fixed: left-padded; LL/LLL:
     * right-padded) and BCD length prefixes; byte-compatible with jPOS {@code ISO87BPackager},
     * except DE 55, carried as binary LLL (BCD prefix counting bytes) as real binary hosts do.
     */
    public static final MessageSpec ISO87_BINARY = iso87(true);

    /**
     * ISO 8583:1987, EBCDIC (code page 037, built in): EBCDIC MTI, binary bitmaps, EBCDIC
     * numerics, text, amounts and LL/LLL prefixes, binary b fields. The ISO87 field definitions
     * of jPOS written with its EBCDIC field packagers ({@code IFE_NUMERIC}, {@code IFE_LLNUM},
     * {@code IFE_CHAR}, {@code IFE_LLCHAR}, {@code IFE_LLLCHAR}, {@code IFE_AMOUNT},
     * {@code IFB_BINARY}); DE 55 binary LLL with an EBCDIC prefix counting bytes
     * ({@code IFE_LLLBINARY}). jPOS ships no ready EBCDIC ISO87 packager and uses IBM-1047, which
     * differs from 037 only in {@code ^ [ ] ¬ Ý ¨}.
     */
    public static final MessageSpec ISO87_EBCDIC = iso87Ebcdic();

    /**
     * ISO 8583:1993, ASCII, following jPOS {@code ISO93APackager}'s field definitions; bit 65
     * announces a tertiary bitmap (fields 129..192, LLL ans..999 here).
     */
    public static final MessageSpec ISO93_ASCII = iso93();

    /**
     * China UnionPay POS terminal layout: 5-byte TPDU and 6-byte application header, BCD MTI,
     * binary primary bitmap, BCD numerics (DE 22 n3 right-padded: 071 is 07 10), BCD LL/LLL
     * prefixes, DE 52/64 binary 8, DE 55/62 binary LLL, DE 60 BCD LLL n..17 right-padded with
     * positional parts 60.1..60.7, GBK text in DE 43/46/56/59/63.
     */
    public static final MessageSpec CUP = cup();

    private static final List<MessageSpec> ALL = List.of(ISO87_ASCII, ISO87_BINARY, ISO87_EBCDIC, ISO93_ASCII,
            CUP);

    /** @return the ready dialects' names */
    public static List<String> names() {
        return ALL.stream().map(MessageSpec::name).toList();
    }

    /**
     * @param name a dialect name, case-insensitive
     * @return the dialect
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
     */
    public static MessageSpec byName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (MessageSpec s : ALL) {
            if (s.name().equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown dialect '" + name + "' (expected one of " + names() + ")");
    }

    private static MessageSpec iso87(boolean binary) {
        MessageSpec.Builder b = MessageSpec.builder(binary ? "iso87-binary" : "iso87-ascii")
                .mtiEncoding(binary ? FieldEncoding.BCD : FieldEncoding.ASCII)
                .bitmapEncoding(binary ? FieldEncoding.BINARY : FieldEncoding.HEX_ASCII);
        String[] kinds = ISO87.split(",");
        for (int i = 2; i < kinds.length; i++) {
            b.field(binary ? binaryField(i, kinds[i]) : asciiField(i, kinds[i]));
        }
        return b.build();
    }

    private static MessageSpec iso87Ebcdic() {
        MessageSpec.Builder b = MessageSpec.builder("iso87-ebcdic").mtiEncoding(FieldEncoding.EBCDIC)
                .bitmapEncoding(FieldEncoding.BINARY);
        String[] kinds = ISO87.split(",");
        for (int i = 2; i < kinds.length; i++) {
            String kind = kinds[i];
            FieldSpec.Builder f = base(i, kind);
            if (kind.equals("EMV")) {
                f.variable(LengthType.LLL, 999, LengthEncoding.EBCDIC).encoding(FieldEncoding.BINARY);
            } else {
                LengthType lt = prefix(kind);
                if (lt == LengthType.FIXED) {
                    f.fixed(size(kind));
                } else {
                    f.variable(lt, size(kind), LengthEncoding.EBCDIC);
                }
                f.encoding(kind.contains("B") ? FieldEncoding.BINARY : FieldEncoding.EBCDIC);
            }
            b.field(f.build());
        }
        return b.build();
    }

    private static MessageSpec iso93() {
        MessageSpec.Builder b = MessageSpec.builder("iso93-ascii")
                .mtiEncoding(FieldEncoding.ASCII)
                .bitmapEncoding(FieldEncoding.HEX_ASCII)
                .tertiaryBitmap(true);
        String[] kinds = ISO93.split(",");
        for (int i = 2; i < kinds.length; i++) {
            if (!kinds[i].equals("-")) {
                b.field(asciiField(i, kinds[i]));
            }
        }
        return b.build();
    }

    private static Sensitivity sensitivity(int number) {
        return switch (number) {
            case 2 -> Sensitivity.PAN;
            case 35, 36, 45 -> Sensitivity.TRACK;
            case 52 -> Sensitivity.PIN_BLOCK;
            case 55 -> Sensitivity.EMV;
            default -> Sensitivity.NONE;
        };
    }

    private static FieldSpec.Builder base(int number, String kind) {
        FieldSpec.Builder f = FieldSpec.builder(number).sensitivity(sensitivity(number));
        if (kind.equals("EMV")) {
            f.type(B).subfields(new Subfields.Tlv());
        } else if (kind.startsWith("AMT")) {
            f.type(XN);
        } else {
            String t = kind.replaceAll("^L*|[0-9]+$", "");
            f.type(switch (t) {
                case "N" -> N;
                case "Z" -> Z;
                case "B" -> B;
                default -> ANS;
            });
        }
        return f;
    }

    private static int size(String kind) {
        return Integer.parseInt(kind.replaceAll("^[A-Z]*", ""));
    }

    private static LengthType prefix(String kind) {
        int n = 0;
        while (n < kind.length() && kind.charAt(n) == 'L') {
            n++;
        }
        return LengthType.values()[n];
    }

    private static FieldSpec asciiField(int number, String kind) {
        FieldSpec.Builder f = base(number, kind);
        if (kind.equals("EMV")) {
            return f.variable(LengthType.LLL, 999, LengthEncoding.ASCII).encoding(FieldEncoding.HEX_ASCII)
                    .unit(LengthUnit.WIRE).build();
        }
        LengthType lt = prefix(kind);
        int size = size(kind);
        if (lt == LengthType.FIXED) {
            f.fixed(size);
        } else {
            f.variable(lt, size, LengthEncoding.ASCII);
        }
        return f.encoding(kind.contains("B") ? FieldEncoding.HEX_ASCII : FieldEncoding.ASCII).build();
    }

    private static FieldSpec binaryField(int number, String kind) {
        FieldSpec.Builder f = base(number, kind);
        if (kind.equals("EMV")) {
            return f.variable(LengthType.LLL, 999, LengthEncoding.BCD).encoding(FieldEncoding.BINARY).build();
        }
        LengthType lt = prefix(kind);
        int size = size(kind);
        if (lt == LengthType.FIXED) {
            f.fixed(size);
        } else {
            f.variable(lt, size, LengthEncoding.BCD);
        }
        if (kind.contains("B")) {
            f.encoding(FieldEncoding.BINARY);
        } else if (kind.contains("N") || kind.contains("Z") || kind.startsWith("AMT")) {
            // jPOS: fixed IFB_NUMERIC left-pads, IFB_LLNUM (pad=false) right-pads, IFB_AMOUNT 17 is even
            f.encoding(FieldEncoding.BCD).padding(lt == LengthType.FIXED ? Padding.LEFT_ZERO : Padding.RIGHT_ZERO);
        } else {
            f.encoding(FieldEncoding.ASCII);
        }
        return f.build();
    }

    private static MessageSpec cup() {
        MessageSpec.Builder b = MessageSpec.builder("cup").mtiEncoding(FieldEncoding.BCD)
                .bitmapEncoding(FieldEncoding.BINARY).tpdu(true).headerLength(6);
        b.field(bcdVar(2, LengthType.LL, 19, N).name("primary account number").sensitivity(Sensitivity.PAN).build());
        b.field(bcd(3, 6, "processing code"));
        b.field(bcd(4, 12, "amount, transaction"));
        b.field(bcd(11, 6, "system trace audit number"));
        b.field(bcd(12, 6, "time, local transaction"));
        b.field(bcd(13, 4, "date, local transaction"));
        b.field(bcd(14, 4, "date, expiration"));
        b.field(bcd(15, 4, "date, settlement"));
        b.field(bcd(22, 3, "point of service entry mode").toBuilder().padding(Padding.RIGHT_ZERO).build());
        b.field(bcd(23, 3, "card sequence number"));
        b.field(bcd(25, 2, "point of service condition code"));
        b.field(bcd(26, 2, "point of service PIN capture code"));
        b.field(bcdVar(32, LengthType.LL, 11, N).name("acquiring institution identification code").build());
        b.field(bcdVar(35, LengthType.LL, 37, Z).name("track 2 data").sensitivity(Sensitivity.TRACK).build());
        b.field(bcdVar(36, LengthType.LLL, 104, Z).name("track 3 data").sensitivity(Sensitivity.TRACK).build());
        b.field(text(37, 12, AN, FieldEncoding.ASCII, "retrieval reference number"));
        b.field(text(38, 6, AN, FieldEncoding.ASCII, "authorization identification response"));
        b.field(text(39, 2, AN, FieldEncoding.ASCII, "response code"));
        b.field(text(41, 8, ANS, FieldEncoding.ASCII, "card acceptor terminal identification"));
        b.field(text(42, 15, ANS, FieldEncoding.ASCII, "card acceptor identification code"));
        b.field(text(43, 40, ANS, FieldEncoding.GBK, "card acceptor name/location"));
        b.field(textVar(44, LengthType.LL, 25, FieldEncoding.ASCII, "additional response data"));
        b.field(textVar(46, LengthType.LLL, 999, FieldEncoding.GBK, "additional data - ISO"));
        b.field(textVar(47, LengthType.LLL, 999, FieldEncoding.ASCII, "additional data - national"));
        b.field(bcdVar(48, LengthType.LLL, 322, N).name("additional data - private").build());
        b.field(text(49, 3, AN, FieldEncoding.ASCII, "currency code, transaction"));
        b.field(binary(52, 8, "PIN data", Sensitivity.PIN_BLOCK));
        b.field(bcd(53, 16, "security related control information"));
        b.field(textVar(54, LengthType.LLL, 40, FieldEncoding.ASCII, "additional amounts"));
        b.field(FieldSpec.builder(55).name("ICC system related data").type(B).encoding(FieldEncoding.BINARY)
                .variable(LengthType.LLL, 255, LengthEncoding.BCD).sensitivity(Sensitivity.EMV)
                .subfields(new Subfields.Tlv()).build());
        b.field(textVar(56, LengthType.LLL, 999, FieldEncoding.GBK, "additional data - national"));
        b.field(textVar(57, LengthType.LLL, 999, FieldEncoding.ASCII, "additional data - private"));
        b.field(textVar(58, LengthType.LLL, 999, FieldEncoding.ASCII, "electronic cash data"));
        b.field(textVar(59, LengthType.LLL, 999, FieldEncoding.GBK, "reserved private"));
        b.field(bcdVar(60, LengthType.LLL, 17, N).name("reserved private (message type, batch, network code)")
                .subfields(new Subfields.Positional(List.of(
                        part(1, 2, "message type code"),
                        part(2, 6, "batch number"),
                        part(3, 3, "network management information code"),
                        part(4, 1, "terminal read capability"),
                        part(5, 1, "IC card condition code"),
                        part(6, 1, "partial approval support"),
                        part(7, 3, "account type"))))
                .build());
        b.field(bcdVar(61, LengthType.LLL, 29, N).name("original message (batch, trace, date)").build());
        b.field(FieldSpec.builder(62).name("reserved private").type(B).encoding(FieldEncoding.BINARY)
                .variable(LengthType.LLL, 512, LengthEncoding.BCD).build());
        b.field(textVar(63, LengthType.LLL, 163, FieldEncoding.GBK, "reserved private"));
        b.field(binary(64, 8, "message authentication code", Sensitivity.NONE));
        return b.build();
    }

    private static FieldSpec bcd(int number, int length, String name) {
        return FieldSpec.builder(number).name(name).type(N).fixed(length).encoding(FieldEncoding.BCD)
                .padding(Padding.LEFT_ZERO).build();
    }

    private static FieldSpec.Builder bcdVar(int number, LengthType lt, int max, ContentType type) {
        return FieldSpec.builder(number).type(type).variable(lt, max, LengthEncoding.BCD)
                .encoding(FieldEncoding.BCD).padding(Padding.RIGHT_ZERO);
    }

    private static FieldSpec text(int number, int length, ContentType type, FieldEncoding enc, String name) {
        return FieldSpec.builder(number).name(name).type(type).fixed(length).encoding(enc).build();
    }

    private static FieldSpec textVar(int number, LengthType lt, int max, FieldEncoding enc, String name) {
        return FieldSpec.builder(number).name(name).type(ANS).variable(lt, max, LengthEncoding.BCD)
                .encoding(enc).build();
    }

    private static FieldSpec binary(int number, int length, String name, Sensitivity s) {
        return FieldSpec.builder(number).name(name).type(B).fixed(length).encoding(FieldEncoding.BINARY)
                .sensitivity(s).build();
    }

    private static FieldSpec part(int number, int length, String name) {
        return FieldSpec.builder(number).name(name).type(N).fixed(length).encoding(FieldEncoding.ASCII).build();
    }
}
