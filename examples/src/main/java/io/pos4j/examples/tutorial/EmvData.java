package io.pos4j.examples.tutorial;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tag;
import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvParser;
import io.pos4j.emv.tlv.dictionary.EmvDecoders;
import io.pos4j.emv.tlv.dictionary.TagDictionary;
import io.pos4j.emv.tlv.dol.Dol;

/** Tutorial 2: BER-TLV and EMV data (DE 55, DOLs, TVR). */
public final class EmvData {

    private EmvData() {
    }

    /** Parses chip data, decodes the TVR and builds a PDOL's data. */
    public static void main(String[] args) {
        // [snippet:parse]
        Bytes de55 = Bytes.fromHex("9F2608C2B3A4D5E6F708199F2701809F100706010A03A0A000"
                + "9F37041A2B3C4D950580000480009A032611229C01009F02060000000120005F2A020156");
        TlvList chip = TlvParser.emv().parse(de55);
        TagDictionary dict = TagDictionary.standard();
        for (Tlv t : chip) {
            System.out.printf("%-4s %-40s %2d %s%n", t.tag(), dict.name(t.tag()).orElse("?"),
                    t.valueLength(), t.value().toHex());
        }
        // [end:parse]

        // [snippet:tvr]
        Bytes tvr = chip.value(Tag.of(0x95)).orElseThrow();
        EmvDecoders.decode(Tag.of(0x95), tvr).orElseThrow().forEach(line -> System.out.println("TVR: " + line));
        // [end:tvr]

        // [snippet:dol]
        Dol pdol = Dol.parse(Bytes.fromHex("9F66049F02069F37045F2A02"));
        TlvList terminal = TlvList.of(
                Tlv.primitive("9F66", "36004000"),          // terminal transaction qualifiers
                Tlv.primitive("9F02", "000000012000"),      // amount 120.00
                Tlv.primitive("9F37", "1A2B3C4D"),          // unpredictable number
                Tlv.primitive("5F2A", "0156"));             // currency: CNY
        Bytes pdolData = pdol.build(terminal);
        System.out.println("PDOL wants " + pdol.dataLength() + " bytes: " + pdolData.toHex());
        System.out.println("GPO command data: 83" + String.format("%02X", pdolData.length()) + pdolData.toHex());
        // [end:dol]
    }
}
