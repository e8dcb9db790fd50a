package io.pos4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.MessageSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsoCommandsTest {

    /** samples/iso8583.txt S03 (vfwz/iso8583-parser PAY_REQUEST), CUP 0200 with DE 52, 55, 60, 64 */
    static final String S03 = "60000300006031003101000200703C06C000C49A1716622424230000006900000000000000111100007914155408242903071000000012313030313639313938343332393030343538323030304200695049303634303430323032303531343030303032343032313036383730303030303031303630363030303036393037303844333930334633393038303856302E302E332E303135360000000000000000241000000000000001459F260846FD62985CAAE7589F2701809F101307011703A00000010A0100000500001EF41C469F37049536C9B89F36020C66950500000000009A032208249C01009F02060000000011115F2A02015682027C009F1A0201569F03060000000000009F330360E9C89F34030000009F3501229F1E0831323334353637388408A0000003330101029F090200309F4104000000010013220007270006000024FF02213436307C30307C32383638387C34333232323834390021534D303136CDC489E91786D0BE01F543D813611BCD3833353932373435";
    /** S16 binary (ISO87B-style, 179 bytes) */
    static final String S16B = "0200723C048028C09200164761739001010119000000000000001000061514302500012314302506152512005100364761739001010119D25122011234567890123531363631343132333435365445524D303030314D45524348414E5430303030303031313536A1B2C3D4E5F6071800669F260811223344556677889F100706010A03A000009F3704A1B2C3D49F36020001950500000000009A032506159C01009F02060000000010005F2A02015682025800";

    static JsonNode json(String text) throws Exception {
        return JsonOutput.mapper().readTree(text);
    }

    @Test
    void decode_cupS03_json_masksPanOmitsPinBlock() throws Exception {
        CliContractTest.Result r = CliContractTest.run("decode", "--dialect", "cup", "--hex", S03.toLowerCase(), "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode d = json(r.out());
        assertEquals("0200", d.get("mti").asText());
        assertEquals("6000030000", d.get("tpdu").asText());
        assertEquals("603100310100", d.get("header").asText());
        assertEquals("622424******0069", d.get("fields").get("2").asText());
        assertEquals("071", d.get("fields").get("22").asText());
        assertEquals("3833353932373435", d.get("fields").get("64").asText());
        assertFalse(d.get("fields").has("52"));
        assertFalse(r.out().contains("6224242300000069"));
    }

    @Test
    void decode_unmask_showsPanAndPinBlock() throws Exception {
        CliContractTest.Result r = CliContractTest.run("decode", "--dialect", "cup", "--hex", S03, "--json", "--unmask");
        JsonNode d = json(r.out());
        assertEquals("6224242300000069", d.get("fields").get("2").asText());
        assertEquals("0000000000000000".length(), d.get("fields").get("52").asText().length());
    }

    @Test
    void decodeThenEncode_s16Binary_sameHex() throws Exception {
        CliContractTest.Result r = CliContractTest.run("decode", "--dialect", "iso87-binary", "--hex", S16B, "--json",
                "--unmask");
        assertEquals(0, r.status(), r.err());
        assertEquals("4761739001010119=2512201123456789012", json(r.out()).get("fields").get("35").asText());
        CliContractTest.Result e = CliContractTest.run("encode", "--dialect", "iso87-binary", "--json", r.out());
        assertEquals(0, e.status(), e.err());
        assertEquals(S16B, e.out().strip());
    }

    @Test
    void decode_truncated_exits2_namingFieldAndOffset() {
        CliContractTest.Result r = CliContractTest.run("decode", "--dialect", "cup", "--hex",
                S03.substring(0, S03.length() - 4));
        assertEquals(2, r.status());
        assertEquals("error: field 64: need 8 bytes at offset 373, 6 available", r.err().strip());
    }

    @Test
    void decode_unknownDialect_exits2() {
        CliContractTest.Result r = CliContractTest.run("decode", "--dialect", "iso99", "--hex", "00");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: --dialect: unknown dialect 'iso99'"), r.err());
    }

    @Test
    void encode_badFieldValue_exits2_namingField() {
        CliContractTest.Result r = CliContractTest.run("encode", "--dialect", "iso87-ascii", "--json",
                "{\"mti\":\"0200\",\"fields\":{\"4\":\"12AB\"}}");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: --json fields.4: field 4: character 2 is not allowed in n content"),
                r.err());
    }

    @Test
    void encodeThenDecode_iso87Ebcdic_codePage037BytesAndSameJson() throws Exception {
        String in = "{\"mti\":\"0800\",\"fields\":{\"11\":\"000123\",\"41\":\"TERM0001\",\"70\":\"301\"}}";
        CliContractTest.Result e = CliContractTest.run("encode", "--dialect", "iso87-ebcdic", "--json", in);
        assertEquals(0, e.status(), e.err());
        // MTI F0F8F0F0, primary bitmap (bits 1 11 41), secondary bitmap (bit 70), 11, 41, 70
        assertEquals("F0F8F0F0" + "8020000000800000" + "0400000000000000" + "F0F0F0F1F2F3" + "E3C5D9D4F0F0F0F1"
                + "F3F0F1", e.out().strip());
        CliContractTest.Result d = CliContractTest.run("decode", "--dialect", "iso87-ebcdic", "--hex", e.out(), "--json");
        assertEquals(0, d.status(), d.err());
        assertEquals("TERM0001", json(d.out()).get("fields").get("41").asText());
        assertEquals("301", json(d.out()).get("fields").get("70").asText());
    }

    @Test
    void encode_cup_withTpduAndHeader_roundTripsThroughDecode() throws Exception {
        String in = "{\"mti\":\"0800\",\"tpdu\":\"6000030000\",\"header\":\"603100310100\",\"fields\":"
                + "{\"11\":\"000001\",\"41\":\"12345678\",\"42\":\"123456789012345\",\"60\":\"00000001003\"}}";
        CliContractTest.Result e = CliContractTest.run("encode", "--dialect", "cup", "--json", in);
        assertEquals(0, e.status(), e.err());
        CliContractTest.Result d = CliContractTest.run("decode", "--dialect", "cup", "--hex", e.out(), "--json");
        assertEquals("00000001003", json(d.out()).get("fields").get("60").asText());
        assertTrue(e.out().strip().startsWith("60000300006031003101000800"), e.out());
    }

    @Test
    void specJson_writeThenRead_equalFieldByField(@TempDir Path dir) throws Exception {
        for (MessageSpec s : new MessageSpec[] {Dialects.CUP, Dialects.ISO87_ASCII, Dialects.ISO87_BINARY,
            Dialects.ISO87_EBCDIC, Dialects.ISO93_ASCII}) {
            MessageSpec back = IsoSpecJson.read(json(IsoSpecJson.write(s).toString()));
            assertEquals(s.name(), back.name());
            assertEquals(s.fields(), back.fields());
            assertEquals(s.hasTpdu(), back.hasTpdu());
            assertEquals(s.headerLength(), back.headerLength());
            assertEquals(s.mtiEncoding(), back.mtiEncoding());
            assertEquals(s.bitmapEncoding(), back.bitmapEncoding());
            assertEquals(s.hasTertiaryBitmap(), back.hasTertiaryBitmap());
        }
        Path file = dir.resolve("acquirer.json");
        Files.writeString(file, "{\"base\":\"cup\",\"name\":\"acq\",\"fields\":[{\"number\":64,\"type\":\"B\","
                + "\"length\":8,\"encoding\":\"BINARY\",\"sensitivity\":\"SECRET\"}]}");
        CliContractTest.Result r = CliContractTest.run("decode", "--spec", file.toString(), "--hex", S03, "--json");
        assertEquals(0, r.status(), r.err());
        assertEquals("****************", json(r.out()).get("fields").get("64").asText());
    }

    @Test
    void specJson_badEnum_exits2_namingLocation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"name\":\"x\",\"fields\":[{\"number\":2,\"type\":\"Q\",\"length\":4}]}");
        CliContractTest.Result r = CliContractTest.run("decode", "--spec", file.toString(), "--hex", "0200");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: spec.fields[0].type: unknown value"), r.err());
    }
}
