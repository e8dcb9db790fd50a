package io.pos4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.CupTestTerminal;
import io.pos4j.testkit.LedgerFile;
import io.pos4j.testkit.SimulatorSetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pos4j simulator}: options, errors, and a real terminal session against it. */
class SimulatorCommandTest {

    static CliContractTest.Result run(String... args) {
        return CliContractTest.run(args);
    }

    @Test
    void simulator_json_reportsBoundPortAndSetup() throws Exception {
        CliContractTest.Result r = run("simulator", "--port", "0", "--dialect", "cup", "--faults", "drop:mti=0200:nth=2",
                "--duration", "0", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode doc = JsonOutput.mapper().readTree(r.out());
        assertEquals("cup", doc.get("dialect").asText());
        assertTrue(doc.get("port").asInt() > 0);
        assertEquals(4, doc.get("accounts").asInt());
        assertEquals(1, doc.get("faults").asInt());
    }

    @Test
    void simulator_badOptions_exit2_oneErrorLine(@TempDir Path dir) throws Exception {
        assertError("--dialect: 'iso99' (expected cup or iso87-binary)", run("simulator", "--dialect", "iso99", "--duration", "0"));
        assertError("--faults: rule 2: fault rule: unknown action (expected drop, delay=T, late, close, corrupt, wrong-mac, twice, code=XX)",
                run("simulator", "--faults", "drop;explode", "--duration", "0"));
        Path bad = dir.resolve("accounts.jsonl");
        Files.writeString(bad, "{\"kind\":\"account\",\"pan\":\"6222021234567890123\",\"pin\":\"1\"}\n");
        assertError("--accounts: line 1: pin: expected 4 to 12 digits", run("simulator", "--accounts", bad.toString(), "--duration", "0"));
        assertError("--duration: 'soon' (expected a duration such as 500ms, 30s or 5m)", run("simulator", "--duration", "soon"));
    }

    private static void assertError(String expected, CliContractTest.Result r) {
        assertEquals(2, r.status());
        assertEquals("error: " + expected + System.lineSeparator(), r.err());
    }

    @Test
    void simulator_servesTerminal_untilStopped_ledgerWritten(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger.jsonl");
        SimulatorCommand cmd = new SimulatorCommand();
        CommandLine cl = new CommandLine(cmd);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        AtomicInteger status = new AtomicInteger(-1);
        Thread t = new Thread(() -> status.set(cl.execute("--ledger", ledger.toString(), "--faults", "code=91:mti=0200:nth=2")));
        t.start();
        AcquirerSimulator sim = cmd.awaitStarted(10_000);
        assertNotNull(sim, "started");
        assertTrue(out.toString().startsWith("pos4j simulator: cup on 127.0.0.1:" + sim.port()), out.toString());
        try (CupTestTerminal term = CupTestTerminal.connect(sim.port(), "12345678", "123456789012345",
                HexFormat.of().parseHex(SimulatorSetup.DEMO_KEY_HEX))) {
            assertEquals("00", term.signIn().responseCode());
            assertEquals("00", term.purchase("6222021234567890123", 5_00, "123456").responseCode());
            assertEquals("91", term.purchase("6222021234567890123", 5_00, "123456").responseCode());
        }
        cmd.stop();
        t.join(10_000);
        assertEquals(0, status.get());
        assertTrue(out.toString().contains("stopped: 1 ledger entries"), out.toString());
        List<io.pos4j.testkit.LedgerEntry> entries = LedgerFile.read(ledger);
        assertEquals(1, entries.size());
        assertEquals("622202*********0123", entries.get(0).maskedPan());
    }

    @Test
    void help_mentionsProtocolAndDemoSet() {
        CliContractTest.Result r = run("simulator", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("--faults"));
        assertTrue(r.out().contains("PROTOCOL.md"));
    }

}
