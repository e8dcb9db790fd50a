package io.pos4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pos4j.examples.cli.CliContractTest.Result;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code pin}, {@code dukpt}, {@code mac}, {@code kcv} through {@code Pos4j.run}, on published vectors. */
class PinCommandsTest {

    static JsonNode json(String... args) throws Exception {
        Result r = CliContractTest.run(args);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        return JsonOutput.mapper().readTree(r.out());
    }

    static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = n.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    static String error(String... args) {
        Result r = CliContractTest.run(args);
        assertEquals(2, r.status(), r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        return r.err().strip();
    }

    @Test
    void pinEncode_format0WithKey_printsClearAndEncrypted_x924A42() throws Exception {
        JsonNode n = json("pin", "encode", "--format", "0", "--pin", "1234", "--pan", "4012345678909",
                "--key", "042666b4 9184cf5c 68de9628 d0397b36", "--json");
        assertEquals(List.of("clear_pin_block", "encrypted_pin_block"), keys(n));
        assertEquals("041274EDCBA9876F", n.get("clear_pin_block").asText());
        assertEquals("1B9C1845EB993A7A", n.get("encrypted_pin_block").asText());
    }

    @Test
    void pinEncode_format3WithFixedFill_matchesVector() throws Exception {
        JsonNode n = json("pin", "encode", "--format", "3", "--pin", "1234", "--pan", "5555555551234567",
                "--fill", "ACBEDFACBE", "--key", "0123456789ABCDEFFEDCBA9876543210", "--json");
        assertEquals("341261F9EBCD98E8", n.get("clear_pin_block").asText());
        assertEquals("3A774538F9EF871F", n.get("encrypted_pin_block").asText());
    }

    @Test
    void pinEncode_format4_printsPinAndPanFields() throws Exception {
        JsonNode n = json("pin", "encode", "--format", "4", "--pin", "1234", "--pan", "1234567890123456789",
                "--fill", "FFFFFFFFFFFFFFFF", "--key", "00112233445566778899AABBCCDDEEFF", "--json");
        assertEquals(List.of("pin_field", "pan_field", "encrypted_pin_block"), keys(n));
        assertEquals("441234AAAAAAAAAAFFFFFFFFFFFFFFFF", n.get("pin_field").asText());
        assertEquals("71234567890123456789000000000000", n.get("pan_field").asText());
        assertEquals("28B41FDDD29B743E93124BD8E32D921E", n.get("encrypted_pin_block").asText());
    }

    @Test
    void pinEncode_format1WithoutKey_randomFill_decodesBack() throws Exception {
        String block = json("pin", "encode", "--format", "1", "--pin", "98765", "--json")
                .get("clear_pin_block").asText();
        assertTrue(block.startsWith("1598765"), block);
        assertEquals("98765", json("pin", "decode", "--format", "1", "--block", block, "--json").get("pin").asText());
    }

    @Test
    void pinEncode_cupSm4_matchesVector() throws Exception {
        JsonNode n = json("pin", "encode", "--format", "cup-sm4", "--pin", "123654", "--pan", "6230606601007726888",
                "--key", "F351D490994603795C6EBEE8FAEBB481", "--json");
        assertEquals("06123654FFFFFFFFFFFF99FEFF88D977", n.get("clear_pin_block").asText());
        assertEquals("CD01D6AD8F0A484C52A9364A0595AD60", n.get("encrypted_pin_block").asText());
    }

    @Test
    void pinDecode_format0WithKey_printsPinAndClearBlock() throws Exception {
        JsonNode n = json("pin", "decode", "--format", "0", "--block", "1B9C1845EB993A7A", "--pan", "4012345678909",
                "--key", "042666B49184CF5C68DE9628D0397B36", "--json");
        assertEquals(List.of("pin", "clear_pin_block"), keys(n));
        assertEquals("1234", n.get("pin").asText());
        assertEquals("041274EDCBA9876F", n.get("clear_pin_block").asText());
    }

    @Test
    void pinDecode_format4WithKey_ep2Vector() throws Exception {
        JsonNode n = json("pin", "decode", "--format", "4", "--block", "CC17F65586BFD0953010226C4FC5B3CA",
                "--pan", "432198765432109870", "--key", "C1D0F8FB4958670DBA40AB1F3752EF0D", "--json");
        assertEquals("1234", n.get("pin").asText());
        assertEquals("441234AAAAAAAAAA146C6601F4A8035C", n.get("pin_field").asText());
    }

    @Test
    void pinDecode_textOutput_isNameValueLines() {
        Result r = CliContractTest.run("pin", "decode", "--format", "2", "--block", "241234FFFFFFFFFF");
        assertEquals(0, r.status());
        assertEquals("pin: 1234", r.out().strip());
    }

    @Test
    void pinDecode_panDoesNotMatchBlock_exits2() {
        String e = error("pin", "decode", "--format", "0", "--block", "1B9C1845EB993A7A", "--pan", "4012345678917",
                "--key", "042666B49184CF5C68DE9628D0397B36");
        assertTrue(e.startsWith("error: --block: PIN block format 0: "), e);
        assertTrue(e.contains("wrong key or PAN?"), e);
    }

    @Test
    void pin_badInputs_exit2_withOptionNamed() {
        assertTrue(error("pin", "encode", "--format", "0", "--pin", "123", "--pan", "4012345678909")
                .startsWith("error: --pin: PIN: 3 digits (expected 4 to 12)"));
        assertTrue(error("pin", "encode", "--format", "0", "--pin", "1234", "--pan", "40123X")
                .startsWith("error: --pan: PAN: not a decimal digit at position 5"));
        assertTrue(error("pin", "encode", "--format", "0", "--pin", "1234", "--pan", "4012345678909",
                "--key", "0011223344556677889900").startsWith("error: --key: TDES key: 11 bytes (expected 16 or 24)"));
        assertTrue(error("pin", "encode", "--format", "0", "--pin", "1234", "--pan", "4012345678909", "--key", "zz")
                .startsWith("error: --key: not a hex digit"));
        assertTrue(error("pin", "encode", "--format", "7", "--pin", "1234").startsWith("error: --format: unknown"));
        assertTrue(error("pin", "encode", "--format", "0", "--pin", "1234").startsWith("error: --pan: required"));
        assertTrue(error("pin", "encode", "--format", "0", "--pin", "1234", "--pan", "1", "--fill", "AB")
                .startsWith("error: --fill: applies to formats 1, 3 and 4"));
        assertTrue(error("pin", "encode", "--format", "3", "--pin", "1234", "--pan", "1", "--fill", "0123456789")
                .startsWith("error: --fill: fill: format 3 needs nibbles A-F"));
        assertTrue(error("pin").startsWith("error: pin: missing subcommand"));
        assertTrue(error("pin", "decode", "--format", "0", "--block", "0412", "--pan", "4012345678909")
                .startsWith("error: --block: clear PIN block: 2 bytes (expected 8)"));
    }

    @Test
    void dukptIpekAndKeys_tdes_matchX924() throws Exception {
        String bdk = "0123456789ABCDEFFEDCBA9876543210";
        assertEquals("6AC292FAA1315B4D858AB3A3D7D5933A",
                json("dukpt", "ipek", "--bdk", bdk, "--ksn", "FFFF9876543210E00000", "--json").get("ipek").asText());
        String[][] cases = {{"transaction", "042666B49184CFA368DE9628D0397BC9"},
            {"pin", "042666B49184CF5C68DE9628D0397B36"}, {"mac", "042666B4918430A368DE9628D03984C9"},
            {"mac-response", "042666B46E84CFA368DE96282F397BC9"}, {"data", "448D3F076D8304036A55A3D7E0055A78"},
            {"data-response", "AD7BFC8B06AD3A08A560B4105CF8D9E5"}};
        for (String[] c : cases) {
            JsonNode n = json("dukpt", "key", "--bdk", bdk, "--ksn", "FFFF9876543210E00001", "--usage", c[0], "--json");
            assertEquals(List.of("key"), keys(n));
            assertEquals(c[1], n.get("key").asText(), c[0]);
        }
        assertEquals("1B9C1845EB993A7A", json("dukpt", "pin", "--bdk", bdk, "--ksn", "FFFF9876543210E00001",
                "--pin", "1234", "--pan", "4012345678909", "--json").get("encrypted_pin_block").asText());
    }

    @Test
    void dukptKeys_aes_matchX9243() throws Exception {
        String bdk = "FEDCBA9876543210F1F1F1F1F1F1F1F1";
        String ksn = "123456789012345600000001";
        String[][] cases = {{"initial", "1273671EA26AC29AFA4D1084127652A1"},
            {"transaction", "4F21B565BAD9835E112B6465635EAE44"}, {"pin", "AF8CB133A78F8DC2D1359F18527593FB"},
            {"mac-gen", "A2DC23DE6FDE0824A2BC321E08E4B8B7"}, {"mac-verify", "DBB463945B286C07CD3AD82EE96FD9C9"},
            {"data-encrypt", "A35C412EFD41FDB98B69797C02DCD08F"}, {"data-decrypt", "16292C6EA8F64C5420A0584BFBC577BE"}};
        for (String[] c : cases) {
            assertEquals(c[1], json("dukpt", "key", "--bdk", bdk, "--ksn", ksn, "--usage", c[0], "--aes", "aes128",
                    "--json").get("key").asText(), c[0]);
        }
        assertEquals(32, json("dukpt", "key", "--bdk", bdk, "--ksn", ksn, "--usage", "mac-both", "--aes", "tdes2",
                "--json").get("key").asText().length());
        assertEquals("A912150391AB65A67E52883D81CE2D15", json("dukpt", "pin", "--bdk", bdk, "--ksn", ksn,
                "--pin", "1234", "--pan", "4111111111111111", "--aes", "aes128", "--fill", "2F69ADDE2E9E7ACE",
                "--json").get("encrypted_pin_block").asText());
    }

    @Test
    void dukpt_badInputs_exit2() {
        String bdk = "0123456789ABCDEFFEDCBA9876543210";
        assertTrue(error("dukpt", "key", "--bdk", bdk, "--ksn", "FFFF9876543210E007FF", "--usage", "pin")
                .startsWith("error: --ksn: TDES KSN: counter with 11 one bits"));
        assertTrue(error("dukpt", "ipek", "--bdk", bdk, "--ksn", "FFFF9876543210E0")
                .startsWith("error: --ksn: 8 bytes (expected 10 for TDES DUKPT"));
        assertTrue(error("dukpt", "ipek", "--bdk", "0123", "--ksn", "FFFF9876543210E00000")
                .startsWith("error: --bdk: 2 bytes (expected 16"));
        assertTrue(error("dukpt", "key", "--bdk", bdk, "--ksn", "FFFF9876543210E00001", "--usage", "mac-gen")
                .startsWith("error: --usage: 'mac-gen' is not a TDES DUKPT usage"));
        assertTrue(error("dukpt", "key", "--bdk", bdk, "--ksn", "123456789012345600000001", "--usage", "pin",
                "--aes", "aes256").startsWith("error: --aes: AES DUKPT: a AES256 key cannot be derived from a 128-bit BDK"));
        assertTrue(error("dukpt", "key", "--bdk", bdk, "--ksn", "123456789012345600000001", "--usage", "pin",
                "--aes", "aes512").startsWith("error: --aes: 'aes512' is not a key type"));
    }

    @Test
    void mac_everyAlgorithm_matchesVectors() throws Exception {
        String[][] cases = {
            {"iso9797-1-alg3", "0123456789ABCDEFFEDCBA9876543210", "4E6F77206973207468652074696D6520666F7220616C6C20", "1", "A1C72E74EA3FA9B6"},
            {"iso9797-1-alg1", "0123456789ABCDEF", "37363534333231204E6F77206973207468652074696D6520666F7220", "1", "F1D30F6849312CA4"},
            {"cmac-aes", "2B7E151628AED2A6ABF7158809CF4F3C", "", "1", "BB1D6929E95937287FA37D129B756746"},
            {"cup-ecb-des", "2222222222222222", "1234567890ABCDEFABCDEF1234567890", "1", "4532363742364532"},
            {"cup-ecb-tdes", "AB73C9416D41E936E82AAC11053BCEDD",
                "3230313630393133323031363039313332303136303931333230313630393133", "1", "3330323731433734"},
            {"cup-ecb-sm4", "12345678901234567890123456789012",
                "36303030313132303138313131343131303033303230313730393330313031303130313230313731303235303030373535303030303030303035353533",
                "1", "3145383046333733"}};
        for (String[] c : cases) {
            JsonNode n = json("mac", "--alg", c[0], "--key", c[1], "--data", c[2], "--padding", c[3], "--json");
            assertEquals(List.of("mac"), keys(n));
            assertEquals(c[4], n.get("mac").asText(), c[0]);
        }
        assertEquals(16, json("mac", "--alg", "cmac-tdes", "--key", "0123456789ABCDEFFEDCBA9876543210", "--data", "00",
                "--json").get("mac").asText().length());
    }

    @Test
    void mac_badInputs_exit2() {
        assertTrue(error("mac", "--alg", "iso9797-1-alg3", "--key", "0123456789ABCDEF", "--data", "00")
                .startsWith("error: --key: 8 bytes (expected 16 for iso9797-1-alg3)"));
        assertTrue(error("mac", "--alg", "cmac-aes", "--key", "00", "--data", "00", "--padding", "2")
                .startsWith("error: --padding: method 2 applies"));
        assertTrue(error("mac", "--alg", "md5", "--key", "00", "--data", "00").startsWith("error: --alg: 'md5'"));
        assertTrue(error("mac", "--alg", "cup-ecb-sm4", "--key", "0011", "--data", "00")
                .startsWith("error: --key: SM4 key: 2 bytes (expected 16)"));
        assertTrue(error("mac", "--alg", "cup-ecb-des", "--key", "2222222222222222", "--data", "0")
                .startsWith("error: --data: odd number of hex digits"));
    }

    @Test
    void kcv_everyMethod_matchesVectors() throws Exception {
        assertEquals("08D7B4", json("kcv", "--key", "0123456789ABCDEFFEDCBA9876543210", "--alg", "tdes", "--json")
                .get("kcv").asText());
        String aes = "2B7E151628AED2A6ABF7158809CF4F3C";
        assertEquals("7AD386", json("kcv", "--key", aes, "--alg", "aes", "--json").get("kcv").asText());
        assertEquals("7AD386C376", json("kcv", "--key", aes, "--alg", "aes", "--length", "5", "--json").get("kcv").asText());
        assertEquals("7DF76B", json("kcv", "--key", aes, "--alg", "aes", "--method", "encrypt-zeros", "--json").get("kcv").asText());
        assertEquals("2CF6A4", json("kcv", "--key", aes, "--alg", "aes", "--method", "encrypt-ones", "--json").get("kcv").asText());
        assertEquals("0A82458664", json("kcv", "--key", "0123456789ABCDEFFEDCBA9876543210", "--alg", "tdes",
                "--method", "cmac-zeros", "--length", "5", "--json").get("kcv").asText());
        assertEquals(6, json("kcv", "--key", "0123456789ABCDEFFEDCBA9876543210", "--alg", "sm4", "--json")
                .get("kcv").asText().length());
    }

    @Test
    void kcv_badInputs_exit2() {
        assertTrue(error("kcv", "--key", "0123456789ABCDEFFEDCBA9876543210", "--alg", "tdes", "--method", "encrypt-ones")
                .startsWith("error: --method: encrypt-ones check values are defined for AES keys only"));
        assertTrue(error("kcv", "--key", "0123", "--alg", "aes").startsWith("error: --key: AES key: 2 bytes"));
        assertTrue(error("kcv", "--key", "0123456789ABCDEFFEDCBA9876543210", "--alg", "tdes", "--length", "9")
                .startsWith("error: --length: check value length 9 (expected 1 to 8)"));
        assertTrue(error("kcv", "--key", "00", "--alg", "rsa").startsWith("error: --alg: 'rsa'"));
    }
}
