package io.pos4j.terminal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.DukptStateStore;
import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.Pin;
import io.pos4j.terminal.AcquirerProfile;
import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.DiagnosisCategory;
import io.pos4j.terminal.Terminal;
import io.pos4j.terminal.TransactionResult;
import io.pos4j.terminal.spi.FileDukptStateStore;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.TcpHostLink;
import io.pos4j.testkit.Account;
import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.Dialect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DUKPT key life on the terminal against the simulator: counters never repeat across restarts (also
 * when the key store lost writes: the journal's KSN high-water mark wins), and a device at the end of
 * its counters stops with a KEYS diagnosis instead of failing.
 */
class Iso87KeyLifecycleTest {

    static final String TID = "87654321";
    static final String MID = "123456789012345";
    static final String PAN = "6222021234567890123";
    static final Duration TIMEOUT = Duration.ofMillis(500);

    @TempDir
    Path dir;
    AcquirerSimulator sim;
    final Iso87Rig.KsnRecorder recorder = new Iso87Rig.KsnRecorder();

    @BeforeEach
    void start() {
        sim = AcquirerSimulator.builder().dialect(Dialect.ISO87_BINARY)
                .terminal(io.pos4j.testkit.Terminal.builder(TID, MID).bdk(Iso87Rig.BDK).build())
                .account(Account.builder(PAN).pin("123456").balance(100_000_00).build())
                .terminalTimeout(TIMEOUT).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    Terminal terminal(AcquirerProfile profile, FileJournal journal) {
        return Terminal.builder().terminalId(TID).merchantId(MID).acquirer(profile)
                .link(TcpHostLink.to(sim.address())).journal(journal).responseTimeout(TIMEOUT).listener(recorder)
                .build();
    }

    static TransactionResult purchase(Terminal t, long amount) {
        try (Pin p = Pin.parse("123456")) {
            return t.purchase(CardInput.manual(PAN, "4912"), amount, p);
        }
    }

    @Test
    void restarts_withFileStoreAndJournal_ksnNeverRepeats() {
        Path state = dir.resolve("dukpt.state");
        Iso87Rig.inject(FileDukptStateStore.of(state));
        for (int boot = 0; boot < 4; boot++) {
            try (FileJournal journal = FileJournal.open(dir);
                 Terminal t = terminal(Iso87Rig.restarted(FileDukptStateStore.of(state)), journal)) {
                for (int i = 0; i < 3; i++) {
                    assertTrue(purchase(t, 1_00).approved());
                }
            }
        }
        assertEquals(12, recorder.ksns.size());
        assertEquals(12, new HashSet<>(recorder.ksns).size(), recorder.ksns.toString());
        assertEquals("FFFF9876543210E0000C", recorder.ksns.get(11), "no counter skipped with a durable store");
    }

    @Test
    void restart_keyStoreLostWrites_journalHighWaterMarkSkipsUsedCounters() {
        Snapshots store = new Snapshots();
        Iso87Rig.inject(store);
        try (FileJournal journal = FileJournal.open(dir);
             Terminal t = terminal(Iso87Rig.restarted(store), journal)) {
            for (int i = 0; i < 5; i++) {
                assertTrue(purchase(t, 1_00).approved());
            }
        }
        // the device comes back with the key state as it was after the first purchase (e.g. a restored
        // backup): counters 2..5 were used, the journal knows it
        DukptStateStore stale = DukptStateStore.inMemory();
        stale.save(store.saved.get(1));
        assertEquals(2, DukptTerminal.restore(stale).nextKsn().counter());
        List<String> notes = new ArrayList<>();
        try (FileJournal journal = FileJournal.open(dir);
             Terminal t = Terminal.builder().terminalId(TID).merchantId(MID).acquirer(Iso87Rig.restarted(stale))
                     .link(TcpHostLink.to(sim.address())).journal(journal).responseTimeout(TIMEOUT)
                     .listener(e -> {
                         recorder.onEvent(e);
                         if (e instanceof io.pos4j.terminal.TerminalEvent.Note n) {
                             notes.add(n.text());
                         }
                     }).build()) {
            assertTrue(purchase(t, 1_00).approved());
        }
        assertEquals(6, recorder.ksns.size());
        assertEquals(6, new HashSet<>(recorder.ksns).size(), recorder.ksns.toString());
        assertEquals(6, Ksn.parse(recorder.ksns.get(5)).counter());
        assertTrue(notes.stream().anyMatch(n -> n.contains("4 counter(s) skipped")), notes.toString());
    }

    @Test
    void counterExhausted_lastKeyUsed_thenKeysDiagnosis_nothingSent() {
        DukptStateStore store = DukptStateStore.inMemory();
        DukptTerminal device = Iso87Rig.inject(new Quiet(store));
        // spend the device's life up to its last counter 0x1FF800 (1,048,575 keys, ten-one-bits rule)
        while (device.nextKsn().counter() < 0x1FF800L) {
            device.nextTransaction().close();
        }
        try (FileJournal journal = FileJournal.open(dir); Terminal t = terminal(AcquirerProfile.iso87Dukpt(device),
                journal)) {
            TransactionResult last = purchase(t, 1_00);
            assertTrue(last.approved(), last.toString());
            assertEquals("FFFF9876543210FFF800", recorder.ksns.get(recorder.ksns.size() - 1),
                    "the last KSN of the device (counter 0x1FF800)");
            int sent = recorder.outbound.size();
            TransactionResult next = purchase(t, 1_00);
            assertFalse(next.approved());
            assertEquals("keys-exhausted", next.diagnosis().orElseThrow().code());
            assertEquals(DiagnosisCategory.KEYS, next.diagnosis().orElseThrow().category());
            assertFalse(next.diagnosis().orElseThrow().retryable());
            assertEquals(sent, recorder.outbound.size(), "nothing sent with an exhausted device");
            Optional<io.pos4j.terminal.Diagnosis> echo = t.echo();
            assertEquals("keys-exhausted", echo.orElseThrow().code());
        }
        assertEquals(100_000_00 - 1_00, sim.accounts().balance(PAN));
    }

    @Test
    void counterExhausted_byTheSaleItsReversalCannotUse_reversalStaysPendingWithKeysDiagnosis() {
        DukptTerminal device = Iso87Rig.inject(new Quiet(DukptStateStore.inMemory()));
        while (device.nextKsn().counter() < 0x1FF800L) {
            device.nextTransaction().close();
        }
        sim.faults().add(io.pos4j.testkit.FaultRule.builder(io.pos4j.testkit.FaultAction.DROP).mti("0200").times(1)
                .build());
        List<String> diagnoses = new ArrayList<>();
        try (FileJournal journal = FileJournal.open(dir);
             Terminal t = Terminal.builder().terminalId(TID).merchantId(MID).acquirer(AcquirerProfile.iso87Dukpt(device))
                     .link(TcpHostLink.to(sim.address())).journal(journal).responseTimeout(TIMEOUT)
                     .listener(e -> {
                         recorder.onEvent(e);
                         if (e instanceof io.pos4j.terminal.TerminalEvent.Diagnosed d) {
                             diagnoses.add(d.diagnosis().code());
                         }
                     }).build()) {
            TransactionResult r = purchase(t, 1_00);
            assertEquals("reversal-pending", r.outcome(), r.toString());
            assertEquals(1, t.pendingReversals());
            assertTrue(diagnoses.contains("keys-exhausted"), diagnoses.toString());
            assertEquals(0, t.sendPendingReversals(), "no key, no reversal: it waits in the journal for re-injection");
            assertEquals(1, t.pendingReversals());
        }
        assertEquals(List.of("FFFF9876543210FFF800"), recorder.ksns, "only the sale went out");
    }

    /** Keeps every saved state (to play a store that lost writes). */
    static final class Snapshots implements DukptStateStore {
        final List<byte[]> saved = new ArrayList<>();

        @Override
        public Optional<byte[]> load() {
            return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1).clone());
        }

        @Override
        public void save(byte[] state) {
            saved.add(state.clone());
        }
    }

    /** Saves only every 4096th state while the test burns counters (the burn is not a restart test). */
    static final class Quiet implements DukptStateStore {
        final DukptStateStore inner;
        int n;

        Quiet(DukptStateStore inner) {
            this.inner = inner;
        }

        @Override
        public Optional<byte[]> load() {
            return inner.load();
        }

        @Override
        public void save(byte[] state) {
            if ((n++ & 4095) == 0) {
                inner.save(state);
            }
        }
    }
}
