package io.pos4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's main job: the scripted day runs green against the embedded simulator. */
class DemoCommandTest {

    @Test
    void demoJson_everyScenarioBehavesAsScripted() throws Exception {
        CliContractTest.Result r = CliContractTest.run("demo", "--json");
        assertEquals(0, r.status(), r.out() + r.err());
        JsonNode n = JsonOutput.mapper().readTree(r.out());
        assertTrue(n.get("ok").asBoolean());
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode s : n.get("scenarios")) {
            List<String> keys = new java.util.ArrayList<>();
            s.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("name", "outcome", "expected", "ok"), keys);
            assertTrue(s.get("ok").asBoolean(), s.toString());
            assertEquals(s.get("expected").asText(), s.get("outcome").asText());
            names.add(s.get("name").asText());
        }
        assertEquals(9, names.size(), names.toString());
        assertTrue(names.contains("restart recovers a pending reversal from the journal"));
        assertFalse(r.out().contains("6222021234567890123"), "PAN never printed in clear");
    }

    @Test
    void demoTrace_isMasked_andAnnotated() {
        CliContractTest.Result r = CliContractTest.run("demo", "--lang", "zh");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("6222021234567890123"), "PAN never printed in clear");
        assertTrue(r.out().contains("622202*********0123"));
        assertTrue(r.out().contains("冲正"), "Chinese diagnoses");
        assertTrue(r.out().contains("9/9 scenarios behaved as scripted"), r.out());
    }

    @Test
    void demoIso87_sameDayWithDukpt_everyScenarioAsScripted_ksnInTrace() {
        CliContractTest.Result r = CliContractTest.run("demo", "--acquirer", "iso87");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("(dialect iso87-binary)"), r.out());
        assertTrue(r.out().contains("net=001"), "0800 DE 70 sign-on");
        assertTrue(r.out().contains("ksn=FFFF9876543210E00001"), "first DUKPT counter on the wire");
        assertFalse(r.out().contains("6222021234567890123"), "PAN never printed in clear");
        assertTrue(r.out().contains("9/9 scenarios behaved as scripted"), r.out());
    }

    @Test
    void demo_unknownAcquirer_exits2() {
        CliContractTest.Result r = CliContractTest.run("demo", "--acquirer", "amex");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: --acquirer"), r.err());
    }
}
