package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many terminals at once against one simulator; a ledger file that survives a restart. */
class CupConcurrencyAndPersistenceTest {
    static final String PAN = CupSimulatorTest.PAN;
    static final String MID = CupSimulatorTest.MID;

    @Test
    void concurrentTerminals_ownKeysAndStans_sharedAccountConsistent() throws Exception {
        int terminals = 8;
        int each = 25;
        AcquirerSimulator.Builder b = AcquirerSimulator.builder()
                .account(Account.builder(PAN).pin("123456").balance(1_000_00).build());
        for (int i = 0; i < terminals; i++) {
            b.terminal(Terminal.builder(String.format("TERM%04d", i), MID).tmk(CupSimulatorTest.TMK).build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(terminals);
        try (AcquirerSimulator sim = b.start()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < terminals; i++) {
                String tid = String.format("TERM%04d", i);
                results.add(pool.submit((Callable<Integer>) () -> {
                    int approvedWithValidMac = 0;
                    try (CupTestTerminal t = CupTestTerminal.connect(sim.port(), tid, MID, CupSimulatorTest.TMK)) {
                        assertEquals("00", t.signIn().responseCode());
                        for (int k = 0; k < each; k++) {
                            CupTestTerminal.Exchange x = t.purchase(PAN, 1_00, k % 2 == 0 ? "123456" : null);
                            if (x.responseCode().equals("00") && x.macValid()) {
                                approvedWithValidMac++;
                            }
                        }
                    }
                    return approvedWithValidMac;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(each, f.get());
            }
            assertEquals(1_000_00 - terminals * each * 1_00, sim.accounts().balance(PAN));
            assertEquals(terminals * each, sim.ledger().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ledgerFile_survivesRestart_reversalAfterRestartCreditsOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        CupTestTerminal.Exchange sale;
        try (AcquirerSimulator sim = CupSimulatorTestSupport.simulator(file);
                CupTestTerminal t = CupTestTerminal.connect(sim.port(), CupSimulatorTest.TID, MID, CupSimulatorTest.TMK)) {
            t.signIn();
            assertEquals("00", t.purchase(PAN, 10_00, "123456").responseCode());
            sale = t.purchase(PAN, 20_00, "123456");
            assertEquals("00", sale.responseCode());
        }
        assertEquals(2, Files.readAllLines(file).size());
        try (AcquirerSimulator sim = CupSimulatorTestSupport.simulator(file);
                CupTestTerminal t = CupTestTerminal.connect(sim.port(), CupSimulatorTest.TID, MID, CupSimulatorTest.TMK)) {
            assertEquals(70_00, sim.accounts().balance(PAN), "balances replayed");
            assertEquals(2, sim.ledger().size());
            t.signIn();
            assertEquals("00", t.reverse(sale, "98").responseCode());
            assertEquals("00", t.reverse(sale, "98").responseCode());
            assertEquals(90_00, sim.accounts().balance(PAN));
            assertEquals("94", t.send(t.mac(sale.request().toBuilder().remove(64))).responseCode(),
                    "the STAN is still known after the restart");
        }
        List<LedgerEntry> all = LedgerFile.read(file);
        assertEquals(5, all.size());
        assertTrue(all.stream().noneMatch(e -> e.maskedPan().equals(PAN)));
    }
}

/** Shared set-up for tests that restart a simulator on the same ledger file. */
final class CupSimulatorTestSupport {
    private CupSimulatorTestSupport() {
    }

    static AcquirerSimulator simulator(Path ledger) {
        return AcquirerSimulator.builder().ledgerFile(ledger)
                .terminal(Terminal.builder(CupSimulatorTest.TID, CupSimulatorTest.MID).tmk(CupSimulatorTest.TMK).build())
                .account(Account.builder(CupSimulatorTest.PAN).pin("123456").balance(100_00).build())
                .start();
    }
}
