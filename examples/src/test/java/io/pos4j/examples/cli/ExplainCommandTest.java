package io.pos4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void explain_a0Json_hasContractKeys() throws Exception {
        CliContractTest.Result r = CliContractTest.run("explain", "a0", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode n = JsonOutput.mapper().readTree(r.out());
        List<String> keys = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("code", "category", "retryable", "action", "operator", "cardholder"), keys);
        assertEquals("A0", n.get("code").asText());
        assertEquals("KEYS", n.get("category").asText());
        assertEquals("sign-in-again", n.get("action").asText());
        assertTrue(n.get("retryable").asBoolean());
    }

    @Test
    void explain_55Chinese_printsChinese() throws Exception {
        CliContractTest.Result r = CliContractTest.run("explain", "55", "--lang", "zh", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode n = JsonOutput.mapper().readTree(r.out());
        assertTrue(n.get("cardholder").asText().contains("密码"), n.toString());
        assertEquals("PIN", n.get("category").asText());
    }

    @Test
    void explain_localCause_text() {
        CliContractTest.Result r = CliContractTest.run("explain", "timeout");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("timeout  NETWORK"), r.out());
        assertTrue(r.out().contains("reversal"), r.out());
    }

    @Test
    void explain_keysExhausted_dukptEndOfLife_keysNotRetryable() throws Exception {
        CliContractTest.Result r = CliContractTest.run("explain", "keys-exhausted", "--acquirer", "iso87", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode n = JsonOutput.mapper().readTree(r.out());
        assertEquals("KEYS", n.get("category").asText());
        assertEquals(false, n.get("retryable").asBoolean());
        assertTrue(n.get("operator").asText().contains("re-injection"), n.toString());
        CliContractTest.Result zh = CliContractTest.run("explain", "keys-exhausted", "--lang", "zh");
        assertTrue(zh.out().contains("重新注入"), zh.out());
    }

    @Test
    void explain_unknown_exits2_oneErrorLine() {
        CliContractTest.Result r = CliContractTest.run("explain", "ZZZ");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: unknown response code or cause 'ZZZ'"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        CliContractTest.Result iso = CliContractTest.run("explain", "A0", "--acquirer", "iso87");
        assertEquals(2, iso.status());
    }
}
