package io.pos4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pos4j.testkit.Account;
import io.pos4j.testkit.AcquirerSimulator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakCommandTest {

    @TempDir
    Path dir;

    @Test
    void soak_runsPurchases_thenResumesFromJournal() throws Exception {
        try (AcquirerSimulator sim = AcquirerSimulator.builder()
                .terminal(io.pos4j.testkit.Terminal.builder(DemoScript.TID, DemoScript.MID).tmk(DemoScript.TMK).build())
                .account(Account.builder(DemoScript.CARD_OK).pin(DemoScript.PIN).balance(1_000_000_00L).build())
                .start()) {
            String host = "127.0.0.1:" + sim.port();
            CliContractTest.Result first = CliContractTest.run("soak", "--host", host, "--journal", dir.toString(),
                    "--transactions", "12", "--json");
            assertEquals(0, first.status(), first.err());
            JsonNode a = JsonOutput.mapper().readTree(first.out());
            assertEquals(12, a.get("approved").asInt());
            assertEquals(0, a.get("errors").asInt());
            CliContractTest.Result second = CliContractTest.run("soak", "--host", host, "--journal", dir.toString(),
                    "--transactions", "20", "--json");
            JsonNode b = JsonOutput.mapper().readTree(second.out());
            assertEquals(8, b.get("approved").asInt(), "resumed: only the missing purchases");
            CliContractTest.Result text = CliContractTest.run("soak", "--host", host, "--journal", dir.toString(),
                    "--transactions", "20");
            assertTrue(text.out().startsWith("resuming: 20 purchase(s) in the journal"), text.out());
        }
    }

    @Test
    void soakIso87_againstDukptSimulator_resumesWithTheSavedDukptState() throws Exception {
        try (AcquirerSimulator sim = AcquirerSimulator.builder().dialect(io.pos4j.testkit.Dialect.ISO87_BINARY)
                .terminal(io.pos4j.testkit.Terminal.builder(DemoScript.TID, DemoScript.MID).bdk(DemoScript.TMK).build())
                .account(Account.builder(DemoScript.CARD_OK).pin(DemoScript.PIN).balance(1_000_000_00L).build())
                .start()) {
            String host = "127.0.0.1:" + sim.port();
            CliContractTest.Result first = CliContractTest.run("soak", "--host", host, "--journal", dir.toString(),
                    "--transactions", "6", "--acquirer", "iso87", "--json");
            assertEquals(0, first.status(), first.err());
            JsonNode a = JsonOutput.mapper().readTree(first.out());
            assertEquals(6, a.get("approved").asInt(), first.out());
            assertTrue(java.nio.file.Files.exists(dir.resolve("dukpt.state")));
            CliContractTest.Result second = CliContractTest.run("soak", "--host", host, "--journal", dir.toString(),
                    "--transactions", "10", "--acquirer", "iso87", "--json");
            JsonNode b = JsonOutput.mapper().readTree(second.out());
            assertEquals(4, b.get("approved").asInt(), "resumed with the next DUKPT counters: " + second.out());
            assertEquals(0, b.get("errors").asInt());
        }
    }

    @Test
    void soak_unknownAcquirer_exits2() {
        CliContractTest.Result r = CliContractTest.run("soak", "--host", "127.0.0.1:1", "--journal", dir.toString(),
                "--transactions", "1", "--acquirer", "visa");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: --acquirer"), r.err());
    }

    @Test
    void soak_badHost_exits2() {
        CliContractTest.Result r = CliContractTest.run("soak", "--host", "nohostport", "--journal", dir.toString(),
                "--transactions", "1");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: --host: expected H:P"), r.err());
    }
}
