package io.pos4j.testkit.arbitraries;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tag;
import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.dictionary.TagDictionary;
import io.pos4j.emv.tlv.dictionary.TagInfo;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * EMV-shaped records built from the tag dictionary ({@link TagDictionary#standard()}): values
 * have each tag's format and length range (n as BCD, cn as BCD padded with F, a/an/ans as text,
 * b as bytes), PANs pass Luhn, dates are real dates, DOLs list known tags, AFL entries are well
 * formed. Optional tags come and go as the record shrinks. Stateless; thread-safe.
 */
public final class EmvArbitraries {

    private static final TagDictionary DICT = TagDictionary.standard();
    private static final HexFormat HEX = HexFormat.of();
    private static final String[] DOL_TAGS = {"9F02", "9F03", "9F1A", "95", "5F2A", "9A", "9C", "9F37", "9F35",
        "9F45", "9F4C", "9F34", "9F21", "9F7C", "9F66"};

    private EmvArbitraries() {
    }

    /**
     * @param tag a tag the dictionary knows
     * @return values of that tag's format and length range (capped at 64 bytes)
     */
    public static Arbitrary<Bytes> value(Tag tag) {
        switch (tag.toString()) {
            case "5A": return CardArbitraries.pans().map(p -> cn(p, (p.length() + 1) / 2));
            case "57": return CardArbitraries.track2().map(EmvArbitraries::track2Equivalent);
            case "9A": return CardArbitraries.transactionDates().map(d -> Bytes.fromHex(d));
            case "5F24", "5F25": return CardArbitraries.transactionDates().map(d -> Bytes.fromHex(d));
            case "9F02", "9F03": return CardArbitraries.amounts().map(a -> Bytes.fromHex(a));
            case "9F38", "8C", "8D", "9F49": return dols();
            case "94": return afl();
            default: break;
        }
        TagInfo info = DICT.find(tag).orElseThrow(() -> new IllegalArgumentException("tag " + tag
                + " is not in the dictionary"));
        int min = info.minLength();
        int max = Math.max(min, Math.min(info.maxLength(), 64));
        Arbitrary<Integer> len = Arbitraries.integers().between(min, max);
        return switch (info.format()) {
            case N -> len.flatMap(n -> Arbitraries.strings().numeric().ofLength(2 * n).map(Bytes::fromHex));
            case CN -> len.flatMap(n -> Arbitraries.strings().numeric().ofMinLength(Math.max(0, 2 * n - 1))
                    .ofMaxLength(2 * n).map(d -> cn(d, n)));
            case A -> len.flatMap(n -> Arbitraries.strings().alpha().ofLength(n).map(EmvArbitraries::ascii));
            case AN -> len.flatMap(n -> Arbitraries.strings().alpha().numeric().ofLength(n).map(EmvArbitraries::ascii));
            case ANS -> len.flatMap(n -> Arbitraries.strings().withCharRange(' ', '~').ofLength(n).map(EmvArbitraries::ascii));
            case B -> len.flatMap(n -> Arbitraries.bytes().array(byte[].class).ofSize(n).map(Bytes::of));
        };
    }

    /** @return a primitive data object of a dictionary tag with a valid value */
    public static Arbitrary<Tlv> primitive(String tagHex) {
        Tag t = Tag.parse(tagHex);
        return value(t).map(v -> Tlv.primitive(t, v));
    }

    /** @return Data Object Lists (PDOL, CDOL, DDOL) of 1 to 8 known terminal tags with their lengths */
    public static Arbitrary<Bytes> dols() {
        return Arbitraries.of(DOL_TAGS).list().ofMinSize(1).ofMaxSize(8).uniqueElements().map(tags -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String t : tags) {
                TagInfo i = DICT.find(Tag.parse(t)).orElseThrow();
                out.writeBytes(HEX.parseHex(t));
                out.write(Math.max(1, i.maxLength()));
            }
            return Bytes.of(out.toByteArray());
        });
    }

    /** @return Application File Locators: 1 to 4 entries of SFI, first and last record, offline records */
    public static Arbitrary<Bytes> afl() {
        Arbitrary<byte[]> entry = Combinators.combine(Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(1, 16), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 5)).as((sfi, first, extra, off) -> new byte[] {
                    (byte) (sfi << 3), (byte) (int) first, (byte) (first + extra), (byte) Math.min(off, extra + 1)});
        return entry.list().ofMinSize(1).ofMaxSize(4).map(l -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            l.forEach(out::writeBytes);
            return Bytes.of(out.toByteArray());
        });
    }

    /** @return SELECT responses: FCI template 6F with DF name 84 and proprietary template A5 */
    public static Arbitrary<TlvList> fci() {
        Arbitrary<Tlv> a5 = template("A5", List.of(), List.of("50", "87", "9F38", "5F2D", "9F11", "9F12"));
        return Combinators.combine(primitive("84"), a5).as((df, prop) ->
                TlvList.of(Tlv.constructed(Tag.of(0x6F), List.of(df, prop))));
    }

    /** @return GET PROCESSING OPTIONS responses in format 1: tag 80 with AIP (2 bytes) then AFL */
    public static Arbitrary<TlvList> gpoFormat1() {
        return Combinators.combine(value(Tag.of(0x82)), afl()).as((aip, afl) -> {
            byte[] v = new byte[aip.length() + afl.length()];
            aip.copyTo(v, 0);
            afl.copyTo(v, aip.length());
            return TlvList.of(Tlv.primitive(Tag.of(0x80), Bytes.of(v)));
        });
    }

    /** @return GET PROCESSING OPTIONS responses in format 2: template 77 with AIP, AFL and optional card data */
    public static Arbitrary<TlvList> gpoFormat2() {
        return template("77", List.of("82", "94"), List.of("9F36", "9F26", "9F27", "9F10", "57", "9F6C", "5F34"))
                .map(TlvList::of);
    }

    /** @return READ RECORD responses: template 70 with card data (track 2, PAN, dates, CDOLs, CVM list) */
    public static Arbitrary<TlvList> readRecord() {
        return template("70", List.of(), List.of("57", "5A", "5F24", "5F25", "5F20", "5F28", "5F34", "8C", "8D",
                "8E", "9F07", "9F0D", "9F0E", "9F0F", "9F42", "9F08")).map(TlvList::of);
    }

    /** @return ISO 8583 DE 55 contents: the chip data of an authorization request (9F26, 9F27, 9F10 ...) */
    public static Arbitrary<TlvList> de55() {
        List<String> mandatory = List.of("9F26", "9F27", "9F10", "9F37", "9F36", "95", "9A", "9C", "9F02", "5F2A",
                "82", "9F1A", "9F03");
        List<String> optional = List.of("9F33", "9F34", "9F35", "9F1E", "84", "9F09", "9F41", "5F34", "4F", "9F6E");
        return Combinators.combine(fields(mandatory, List.of()), fields(List.of(), optional))
                .as((m, o) -> {
                    List<Tlv> all = new ArrayList<>(m);
                    all.addAll(o);
                    return TlvList.of(all);
                });
    }

    private static Arbitrary<Tlv> template(String tag, List<String> mandatory, List<String> optional) {
        return fields(mandatory, optional).map(children -> Tlv.constructed(Tag.parse(tag), children));
    }

    private static Arbitrary<List<Tlv>> fields(List<String> mandatory, List<String> optional) {
        List<Arbitrary<Optional<Tlv>>> parts = new ArrayList<>();
        for (String t : mandatory) {
            parts.add(primitive(t).map(Optional::of));
        }
        for (String t : optional) {
            parts.add(primitive(t).optional(0.6));
        }
        return Combinators.combine(parts).as(l -> l.stream().flatMap(Optional::stream).toList());
    }

    private static Bytes cn(String digits, int bytes) {
        StringBuilder sb = new StringBuilder(digits);
        while (sb.length() < 2 * bytes) {
            sb.append('F');
        }
        return Bytes.fromHex(sb.substring(0, 2 * bytes));
    }

    private static Bytes track2Equivalent(String track2) {
        String s = track2.replace('=', 'D');
        return Bytes.fromHex(s.length() % 2 == 0 ? s : s + "F");
    }

    private static Bytes ascii(String s) {
        return Bytes.of(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
