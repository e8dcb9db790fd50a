package io.pos4j.emv.tlv.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tag;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Golden tests for the Issuer Application Data (9F10) and Outcome Parameter Set (DF8129) decoders. */
class KernelDecodersTest {

    private static List<String> decode(String tag, String hex) {
        return EmvDecoders.decode(Tag.parse(tag), Bytes.fromHex(hex)).orElseThrow();
    }

    @Test
    void iad_s19VisaCvn10_fieldsAndCvrBits() {
        assertEquals(List.of(
                "Visa IAD format 0/1/3 (Visa reading): derivation key index 01, cryptogram version number 0A (decimal 10)",
                "CVR: A0A100",
                "CVR: second GENERATE AC returned none (second GENERATE AC not requested)",
                "CVR: first GENERATE AC returned ARQC",
                "CVR byte 2 bit 8: last online transaction not completed",
                "CVR byte 2 bit 6: exceeded velocity checking counters",
                "CVR byte 2 bit 1: offline static data authentication failed on last transaction and declined offline"),
                decode("9F10", "06010A03A0A100"));
    }

    @Test
    void iad_visaWithIssuerDiscretionaryData_dataListedAfterTheCvr() {
        List<String> lines = decode("9F10", "06010A03A020000F04000000000000000000006232E4F9");
        assertEquals(List.of(
                "Visa IAD format 0/1/3 (Visa reading): derivation key index 01, cryptogram version number 0A (decimal 10)",
                "CVR: A02000",
                "CVR: second GENERATE AC returned none (second GENERATE AC not requested)",
                "CVR: first GENERATE AC returned ARQC",
                "CVR byte 2 bit 6: exceeded velocity checking counters",
                "issuer discretionary data (16 bytes, first is its length): 0F04000000000000000000006232E4F9"),
                lines);
    }

    @Test
    void iad_visaFormat2Cvn22_cdcvmAndScriptCount() {
        assertEquals(List.of(
                "Visa IAD format 2 (Visa reading): cryptogram version number 22 (decimal 34), derivation key index 01",
                "CVR: 00A4001000 (byte 1: consumer device CVM entity and type)",
                "CVR: second GENERATE AC returned none (second GENERATE AC not requested)",
                "CVR: first GENERATE AC (or GPO) returned ARQC",
                "CVR byte 2 bit 3: consumer device CVM successfully performed",
                "CVR: issuer script commands processed on last transaction: 1",
                "issuer discretionary data (24 bytes): " + "00".repeat(24)),
                decode("9F10", "1F2201" + "00A4001000" + "00".repeat(24)));
    }

    @Test
    void iad_mchip4_everyCvrByteAndTheCounters() {
        assertEquals(List.of(
                "Mastercard M/Chip 4 or Advance (Mastercard reading): derivation key index 01, cryptogram version number 10",
                "CVN: session key Mastercard proprietary SKD, counters not included in the AC data",
                "CVR: A44013240800",
                "CVR: second GENERATE AC returned none (second GENERATE AC not requested)",
                "CVR: first GENERATE AC returned ARQC",
                "CVR byte 1 bit 3: offline PIN verification performed",
                "CVR byte 2 bit 7: CDA returned in first GENERATE AC",
                "CVR: right nibble of script counter 1, right nibble of PIN Try Counter 3",
                "CVR byte 4 bit 6: offline PIN verification not performed",
                "CVR byte 4 bit 3: international transaction",
                "CVR byte 5 bit 4: go online on next transaction was set",
                "DAC / ICC dynamic number: ABCD",
                "counters (8 bytes): 0102030405060708"),
                decode("9F10", "0110" + "A44013240800" + "ABCD" + "0102030405060708"));
    }

    @Test
    void iad_mchipAdvance20Bytes_emvSessionKeyAndLastOnlineAtc() {
        List<String> lines = decode("9F10", "0215" + "000000000000" + "0000" + "0000000000000000" + "0042");
        assertEquals("CVN: session key EMV common session key, counters included in the AC data", lines.get(1));
        assertEquals("last online ATC: 0042", lines.get(lines.size() - 1));
        assertTrue(lines.get(0).startsWith("Mastercard M/Chip Advance"), lines.get(0));
    }

    @Test
    void iad_ccdFormatA_bookThreeCvrBits() {
        assertEquals(List.of(
                "EMV CCD format A (Book 3 Annex C7): common core identifier A5 (format code A, cryptogram version 5)",
                "derivation key index: 01",
                "CVR: A50C801300",
                "CVR: second GENERATE AC returned none (second GENERATE AC not requested)",
                "CVR: first GENERATE AC returned ARQC",
                "CVR byte 1 bit 3: offline DDA performed",
                "CVR byte 1 bit 1: issuer authentication failed",
                "CVR: low-order nibble of PIN Try Counter 0",
                "CVR byte 2 bit 4: offline PIN verification performed",
                "CVR byte 2 bit 3: offline PIN verification performed and PIN not successfully verified",
                "CVR byte 3 bit 8: lower offline transaction count limit exceeded",
                "CVR: issuer script commands with secure messaging processed: 1",
                "CVR byte 4 bit 2: go online on next transaction was set",
                "CVR byte 4 bit 1: unable to go online",
                "counters: 0000000000000001",
                "issuer discretionary data (15 bytes): " + "00".repeat(15)),
                decode("9F10", "0FA501" + "A50C801300" + "0000000000000001" + "0F" + "00".repeat(15)));
    }

    @Test
    void iad_unknownLayout_saidSoNotGuessed() {
        assertEquals(List.of("format not recognised (2 bytes); decoded are EMV CCD format A, "
                + "Visa formats 0/1/3 and 2/4, Mastercard M/Chip 4 and Advance"), decode("9F10", "0102"));
    }

    @Test
    void outcome_onlineRequestWithOnlinePin_everyField() {
        assertEquals(List.of("status: ONLINE REQUEST", "start: N/A", "online response data: N/A", "CVM: ONLINE PIN",
                "byte 5 bit 8: UI request on outcome present", "byte 5 bit 6: data record present",
                "byte 5 bit 5: discretionary data present", "alternate interface preference: N/A",
                "field off request: N/A", "removal timeout: 0 x 100 ms"), decode("DF8129", "30F0F020B0F0FF00"));
    }

    @Test
    void outcome_approvedWithSignatureAndReceipt_holdAndRemovalTimes() {
        assertEquals(List.of("status: APPROVED", "start: N/A", "online response data: N/A", "CVM: OBTAIN SIGNATURE",
                "byte 5 bit 4: receipt required", "alternate interface preference: N/A",
                "field off request: hold time 10 x 100 ms", "removal timeout: 5 x 100 ms"),
                decode("DF8129", "10F0F01008F00A05"));
    }

    @Test
    void outcome_tryAnotherInterfaceAndRfuCodes_reported() {
        List<String> lines = decode("DF8129", "6120F0F00110FF00");
        assertEquals("status: TRY ANOTHER INTERFACE, RFU low bits set", lines.get(0));
        assertEquals("start: C", lines.get(1));
        assertEquals("byte 5 bit 1: RFU (set)", lines.get(4));
        assertEquals("alternate interface preference: contact chip", lines.get(5));
        assertEquals(List.of("length 7 (expected 8): not decoded"), decode("DF8129", "30F0F020B0F0FF"));
        assertEquals("status: RFU (9)", decode("DF8129", "90F0F0F000F0FF00").get(0));
    }

    @Property(tries = 2000)
    void anyValue_iadAndOutcome_decodeWithoutExceptions(@ForAll byte[] value) {
        for (String tag : List.of("9F10", "DF8129")) {
            List<String> lines = EmvDecoders.decode(Tag.parse(tag), Bytes.of(value)).orElseThrow();
            assertTrue(!lines.isEmpty());
        }
    }
}
