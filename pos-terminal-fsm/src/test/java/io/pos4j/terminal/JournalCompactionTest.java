package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.DukptStateStore;
import io.pos4j.terminal.spi.JournalRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journal compaction after settlement: final transactions of settled batches go; the open batch,
 * unresolved transactions, lockouts, STAN and DUKPT high-water marks stay, so a restart after
 * compaction behaves exactly as before it.
 */
class JournalCompactionTest {

    @TempDir
    Path dir;

    static long txns(List<JournalRecord> recs, long batch) {
        return recs.stream().filter(r -> r.type().equals("txn") && r.get("batch").equals(Long.toString(batch))).count();
    }

    @Test
    void settlement_compactsSettledBatch_restartKeepsStanBatchLockoutAndPendingReversal() {
        FakeCupHost host = new FakeCupHost();
        LockoutState lockout;
        long recordsBefore;
        try (TerminalFixture f = new TerminalFixture(dir, host)) {
            for (int i = 0; i < 3; i++) {
                assertTrue(f.purchase(100, FakeCupHost.PIN).approved());
            }
            assertEquals("55", f.purchase(100, "000000").responseCode().orElseThrow());
            recordsBefore = f.journal.records().size();
            SettlementResult s = f.terminal.settle();
            assertTrue(s.ok(), s.toString());
            assertEquals(2, f.terminal.batch());
            List<JournalRecord> after = f.journal.records();
            assertEquals(0, txns(after, 1), "settled batch 1 compacted away");
            assertTrue(after.size() < recordsBefore, after.size() + " < " + recordsBefore);
            assertTrue(f.events.stream().anyMatch(e -> e instanceof TerminalEvent.Note n
                    && n.text().startsWith("journal compacted")));
            // batch 2: a sale whose reversal cannot be delivered stays pending through a manual compaction
            f.host.faults.addAll(List.of(FakeCupHost.Fault.DROP, FakeCupHost.Fault.LOST, FakeCupHost.Fault.LOST,
                    FakeCupHost.Fault.LOST));
            assertEquals("reversal-pending", f.purchase(200, FakeCupHost.PIN).outcome());
            assertEquals(0, f.terminal.compactJournal(), "nothing of the open batch goes");
            lockout = f.terminal.lockoutState();
            assertFalse(lockout.cards().isEmpty(), "the wrong PIN is counted");
        }
        try (TerminalFixture f = new TerminalFixture(dir, host)) {
            RecoveryResult rec = f.terminal.recover();
            assertEquals(1, rec.reversalsSent(), "the pending reversal survived compaction and a restart");
            assertEquals(2, f.terminal.batch());
            assertEquals(lockout, f.terminal.lockoutState(), "lockout state survived compaction");
            assertTrue(f.purchase(100, FakeCupHost.PIN).approved());
            assertEquals(0, host.answered94, "no STAN reused after compaction");
            assertEquals(0, txns(f.journal.records(), 1));
        }
    }

    @Test
    void compactJournal_withoutSettlement_dropsNothing() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            f.purchase(100, FakeCupHost.PIN);
            int n = f.journal.records().size();
            assertEquals(0, f.terminal.compactJournal());
            assertEquals(n, f.journal.records().size());
        }
    }

    @Test
    void dukpt_compactionKeepsKsnHighWaterMark_staleKeyStoreStillNeverRepeatsACounter() {
        FakeCupHost host = new FakeCupHost(true);
        byte[] initialState = host.deviceStore.load().orElseThrow();
        try (TerminalFixture f = new TerminalFixture(dir, host)) {
            for (int i = 0; i < 4; i++) {
                assertTrue(f.purchase(100, FakeCupHost.PIN).approved());
            }
            assertTrue(f.terminal.settle().ok());
            assertEquals(0, txns(f.journal.records(), 1));
            Optional<JournalRecord> summary = f.journal.records().stream().filter(r -> r.type().equals("ksn-used"))
                    .findFirst();
            assertEquals("FFFF9876543210E00005", summary.orElseThrow().get("ksn"), "4 sales + the 0500");
        }
        // the device's key store comes back as at injection: only the compacted journal knows counters 1..5
        DukptStateStore stale = DukptStateStore.inMemory();
        stale.save(initialState);
        FakeCupHost sameHost = new FakeCupHost(true);
        sameHost.ksns.addAll(host.ksns);
        sameHost.deviceStore = stale;
        try (TerminalFixture f = new TerminalFixture(dir, sameHost)) {
            assertTrue(f.purchase(100, FakeCupHost.PIN).approved());
        }
        assertEquals(0, sameHost.ksnRepeats, "no KSN reused after compaction and a stale key store");
    }
}
