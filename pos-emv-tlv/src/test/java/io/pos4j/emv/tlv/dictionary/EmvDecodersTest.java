package io.pos4j.emv.tlv.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmvDecodersTest {

    private static List<String> decode(String tag, String hex) {
        return EmvDecoders.decode(Tag.parse(tag), Bytes.fromHex(hex)).orElseThrow();
    }

    @Test
    void tvr_s19Value_namesEachSetBit() {
        // S19 TVR 4080008000: byte 1 bit 7, byte 2 bit 8, byte 4 bit 8
        assertEquals(List.of("byte 1 bit 7: SDA failed",
                "byte 2 bit 8: ICC and terminal have different application versions",
                "byte 4 bit 8: Transaction exceeds floor limit"), decode("95", "4080008000"));
        assertEquals(List.of(), decode("95", "0000000000"));
    }

    @Test
    void tvr_rfuBitSet_reportedAsRfu() {
        assertEquals(List.of("byte 1 bit 1: RFU (set)"), decode("95", "0100000000"));
    }

    @Test
    void tsi_e800_fourProcessesPerformed() {
        assertEquals(List.of("byte 1 bit 8: Offline data authentication was performed",
                "byte 1 bit 7: Cardholder verification was performed",
                "byte 1 bit 6: Card risk management was performed",
                "byte 1 bit 4: Terminal risk management was performed"), decode("9B", "E800"));
    }

    @Test
    void aip_5c00_sdaDdaCvmTrm() {
        assertEquals(List.of("byte 1 bit 7: SDA supported", "byte 1 bit 5: Cardholder verification is supported",
                "byte 1 bit 4: Terminal risk management is to be performed",
                "byte 1 bit 3: Issuer authentication is supported"), decode("82", "5C00"));
    }

    @Test
    void auc_ff00_validEverywhereNoCashback() {
        List<String> lines = decode("9F07", "FF00");
        assertEquals(8, lines.size());
        assertEquals("byte 1 bit 1: Valid at terminals other than ATMs", lines.get(7));
    }

    @Test
    void terminalCapabilities_e0b8c8() {
        assertEquals(List.of("byte 1 bit 8: Manual key entry", "byte 1 bit 7: Magnetic stripe",
                "byte 1 bit 6: IC with contacts", "byte 2 bit 8: Plaintext PIN for ICC verification",
                "byte 2 bit 6: Signature (paper)", "byte 2 bit 5: Enciphered PIN for offline verification",
                "byte 2 bit 4: No CVM required", "byte 3 bit 8: SDA", "byte 3 bit 7: DDA",
                "byte 3 bit 4: CDA"), decode("9F33", "E0B8C8"));
    }

    @Test
    void additionalTerminalCapabilities_ff80f03001() {
        List<String> lines = decode("9F40", "FF80F03001");
        assertTrue(lines.contains("byte 1 bit 8: Cash"));
        assertTrue(lines.contains("byte 2 bit 8: Cash deposit"));
        assertTrue(lines.contains("byte 3 bit 5: Function keys"));
        assertTrue(lines.contains("byte 4 bit 6: Display, attendant"));
        assertTrue(lines.contains("byte 5 bit 1: Code table 1"));
        assertEquals(8 + 1 + 4 + 2 + 1, lines.size());
    }

    @Test
    void cvmList_s21Value_amountsAndRules() {
        List<String> lines = decode("8E", "000000000000000002030303 1F00".replace(" ", ""));
        assertEquals(List.of("amount X: 0", "amount Y: 0",
                "rule 1: Enciphered PIN verified online, if terminal supports the CVM; fail cardholder"
                        + " verification if this fails",
                "rule 2: Plaintext PIN verification performed by ICC and signature (paper), if terminal"
                        + " supports the CVM; fail cardholder verification if this fails",
                "rule 3: No CVM required, always; fail cardholder verification if this fails"), lines);
        assertTrue(decode("8E", "00000000000000004103").get(2).endsWith("apply succeeding rule if this fails"));
    }

    @Test
    void cvmResults_5e0300_signatureUnknownResult() {
        assertEquals(List.of("CVM performed: Signature (paper)", "condition: if terminal supports the CVM",
                "result: Unknown"), decode("9F34", "5E0300"));
        assertEquals("CVM performed: No CVM performed", decode("9F34", "3F0002").get(0));
    }

    @Test
    void afl_s08Value_fourEntries() {
        assertEquals(List.of("SFI 1: records 1 to 1, 0 for offline data authentication",
                "SFI 2: records 1 to 1, 1 for offline data authentication",
                "SFI 3: records 1 to 2, 0 for offline data authentication",
                "SFI 4: records 1 to 2, 0 for offline data authentication"),
                decode("94", "08010100100101011801020020010200"));
        assertEquals(List.of("length 3 (expected a multiple of 4): not decoded"), decode("94", "080101"));
    }

    @Test
    void cid_80_arqc() {
        assertEquals(List.of("cryptogram: ARQC (online authorisation requested)", "reason: No information given"),
                decode("9F27", "80"));
        assertEquals(List.of("cryptogram: AAC (declined)", "advice required", "reason: PIN Try Limit exceeded"),
                decode("9F27", "0A"));
    }

    @Test
    void ttqAndCtq_s09Values_namedAsVisaReading() {
        // S03 PDOL asks for 9F66; a typical qVSDC reader TTQ is 36 00 40 00; S09 CTQ is 10 00
        assertEquals(List.of("Visa/UnionPay TTQ, byte 1 bit 6: EMV mode supported",
                "Visa/UnionPay TTQ, byte 1 bit 5: EMV contact chip supported",
                "Visa/UnionPay TTQ, byte 1 bit 3: Online PIN supported",
                "Visa/UnionPay TTQ, byte 1 bit 2: Signature supported",
                "Visa/UnionPay TTQ, byte 3 bit 7: Consumer device CVM supported"), decode("9F66", "36004000"));
        assertEquals(List.of("Visa/UnionPay CTQ, byte 1 bit 5: Switch interface if offline data authentication"
                + " fails and reader supports contact chip"), decode("9F6C", "1000"));
    }

    @Test
    void unsupportedTag_empty_andWrongLength_saysSo() {
        assertTrue(EmvDecoders.decode(Tag.of(0x9F02), Bytes.fromHex("00")).isEmpty());
        assertEquals(List.of("length 2 (expected 5): not decoded"), decode("95", "0000"));
        assertEquals(14, EmvDecoders.supportedTags().size());
        assertTrue(EmvDecoders.supportedTags().containsAll(List.of(Tag.of(0x9F10), Tag.of(0xDF8129))));
    }
}
