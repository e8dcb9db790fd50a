package io.pos4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pos4j.examples.Pos4j;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TlvCommandTest {

    /** S01 PPSE response. */
    static final String PPSE = "6F3B840E325041592E5359532E4444463031A529BF0C2661104F07A00000004210105002434287010161124F07A0000000031010500456495341870102";
    /** S09 GPO response with track 2 equivalent data. */
    static final String GPO = "77389F100706011A2380400457134999999999999999D15092FFFFFFFFFFFFFF0F820220009F3602028F9F2608FFFFFFFFFFFFFFFF9F6C021000";

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Pos4j.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void tlv_ppse_printsIndentedTreeWithNames() {
        Result r = run("tlv", "--hex", PPSE.toLowerCase());
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("6F File Control Information (FCI) Template (59)", lines[0]);
        assertEquals("  84 Dedicated File (DF) Name (14): 325041592E5359532E4444463031", lines[1]);
        assertTrue(r.out().contains("\n      61 Application Template (16)\n"), r.out());
        assertTrue(r.out().contains("        50 Application Label (2): 4342  \"CB\"\n"), r.out());
    }

    @Test
    void tlv_gpo_masksTrack2_andDecodesAip() {
        Result r = run("tlv", "--hex", GPO);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("57 Track 2 Equivalent Data (19): 499999******9999D*******"), r.out());
        assertFalse(r.out().contains("4999999999999999"), r.out());
        assertTrue(r.out().contains("82 Application Interchange Profile (2): 2000\n"), r.out());
        assertTrue(r.out().contains("- byte 1 bit 6: DDA supported"), r.out());
    }

    @Test
    void tlv_issuerApplicationDataAndOutcome_decodedUnderTheElement() {
        Result r = run("tlv", "--hex", "9F100706010A03A0A100DF81290830F0F020B0F0FF00");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("9F10 Issuer Application Data (7): 06010A03A0A100\n"
                + "    - Visa IAD format 0/1/3 (Visa reading): derivation key index 01, cryptogram version number 0A"
                + " (decimal 10)\n"), r.out());
        assertTrue(r.out().contains("    - CVR: first GENERATE AC returned ARQC\n"), r.out());
        assertTrue(r.out().contains("    - status: ONLINE REQUEST\n"), r.out());
        assertTrue(r.out().contains("    - CVM: ONLINE PIN\n"), r.out());
    }

    @Test
    void tlv_unmask_showsTrack2() {
        Result r = run("tlv", "--hex", GPO, "--unmask");
        assertTrue(r.out().contains("4999999999999999D15092"), r.out());
    }

    @Test
    void tlv_json_matchesDesignShape() throws Exception {
        Result r = run("tlv", "--hex", PPSE, "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode root = JsonOutput.mapper().readTree(r.out());
        assertTrue(root.isArray());
        JsonNode fci = root.get(0);
        assertEquals("6F", fci.get("tag").asText());
        assertEquals("File Control Information (FCI) Template", fci.get("name").asText());
        assertEquals(59, fci.get("length").asInt());
        assertFalse(fci.has("value"));
        JsonNode df = fci.get("children").get(0);
        assertEquals("84", df.get("tag").asText());
        assertEquals("325041592E5359532E4444463031", df.get("value").asText());
        assertFalse(df.has("children"));
    }

    @Test
    void tlv_jsonUnknownTag_hasNoName() throws Exception {
        Result r = run("tlv", "--hex", "DF7F0101", "--json");
        JsonNode o = JsonOutput.mapper().readTree(r.out()).get(0);
        assertFalse(o.has("name"));
        assertEquals("01", o.get("value").asText());
    }

    @Test
    void tlv_jsonMasksPanUnlessUnmask() throws Exception {
        Result masked = run("tlv", "--hex", "5A084761739001010119", "--json");
        assertEquals("476173******0119", JsonOutput.mapper().readTree(masked.out()).get(0).get("value").asText());
        Result clear = run("tlv", "--hex", "5A084761739001010119", "--json", "--unmask");
        assertEquals("4761739001010119", JsonOutput.mapper().readTree(clear.out()).get(0).get("value").asText());
    }

    @Test
    void tlv_trailingZeroPad_lenientOk_strictExit2NamingOffset() {
        assertEquals(0, run("tlv", "--hex", "5A0112 00").status());
        Result r = run("tlv", "--hex", "5A0112 00", "--strict");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains("at offset 3"), r.err());
        assertEquals(1, r.err().strip().split("\n").length);
        assertEquals("", r.out());
    }

    @Test
    void tlv_ffPadding_onlyWhenAsked() {
        String s22 = "700C5F340101FFFFFF9F57020840";
        Result bad = run("tlv", "--hex", s22);
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("offset 6"), bad.err());
        Result ok = run("tlv", "--hex", s22, "--ff-padding");
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains("  9F57"), ok.out());
    }

    @Test
    void tlv_badHex_exit2() {
        Result r = run("tlv", "--hex", "5A0");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: --hex: odd number of hex digits"), r.err());
    }

    @Test
    void tlv_truncatedValue_errorNamesTagAndOffset_noValue() {
        Result r = run("tlv", "--hex", "70095A084761739001010119");
        assertEquals(2, r.status());
        assertEquals("error: tag 70/5A: length 8 exceeds the 7 bytes left in the enclosing 70 at offset 3\n", r.err());
    }
}
