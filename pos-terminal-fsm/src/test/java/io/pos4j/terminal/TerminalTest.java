package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.terminal.spi.JournalException;
import io.pos4j.terminal.spi.JournalRecord;
import io.pos4j.terminal.spi.TransactionJournal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalTest {

    @TempDir
    Path dir;

    @Test
    void signIn_installsKeys_sessionReady() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            SignInResult r = f.terminal.signIn();
            assertTrue(r.ok(), r.toString());
            assertEquals(1, r.keyGeneration());
            assertInstanceOf(SessionState.Ready.class, f.terminal.sessionState());
        }
    }

    @Test
    void signIn_badKcv_installsNothing_keyError() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            f.host.faults.add(FakeCupHost.Fault.BAD_KCV);
            SignInResult r = f.terminal.signIn();
            assertFalse(r.ok());
            assertEquals("kcv-mismatch", r.diagnosis().orElseThrow().code());
            assertInstanceOf(SessionState.KeyError.class, f.terminal.sessionState());
            assertEquals(1, f.terminal.lockoutState().signInFailures());
        }
    }

    @Test
    void signIn_hostUnavailable_doesNotCountTowardsLock_kcvMismatchDoes() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            for (int i = 0; i < 4; i++) {
                f.host.faults.add(FakeCupHost.Fault.CODE_91);
                assertEquals("91", f.terminal.signIn().diagnosis().orElseThrow().code());
            }
            assertEquals(0, f.terminal.lockoutState().signInFailures());
            for (int i = 0; i < 3; i++) {
                f.host.faults.add(FakeCupHost.Fault.BAD_KCV);
                f.terminal.signIn();
            }
            assertTrue(f.terminal.lockoutState().terminalLocked());
            assertInstanceOf(SessionState.Locked.class, f.terminal.sessionState());
            assertEquals("terminal-locked", f.purchase(100, FakeCupHost.PIN).diagnosis().orElseThrow().code());
            f.terminal.unlock("supervisor 01");
            assertTrue(f.terminal.signIn().ok());
        }
    }

    @Test
    void purchase_approved_withPinAndIcc() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            TransactionResult r = f.purchase(12345, FakeCupHost.PIN);
            assertTrue(r.approved(), r.toString());
            assertEquals("approved", r.outcome());
            assertEquals("622848*********0018", r.maskedPan());
            assertTrue(r.rrn().isPresent());
            assertEquals(1, f.host.approved.size());
            assertEquals(List.of("0800", "0200"), f.host.mtis);
        }
    }

    @Test
    void purchase_wrongPinThrice_locksCard_fourthNeverReachesHost() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            TransactionResult r1 = f.purchase(100, "000000");
            assertEquals("55", r1.responseCode().orElseThrow());
            assertEquals(Action.PIN_REENTRY, r1.diagnosis().orElseThrow().action());
            f.purchase(100, "000000");
            TransactionResult r3 = f.purchase(100, "000000");
            assertEquals("75", r3.responseCode().orElseThrow());
            int before = f.host.mtis.size();
            TransactionResult r4 = f.purchase(100, FakeCupHost.PIN);
            assertEquals("card-locked", r4.diagnosis().orElseThrow().code());
            assertEquals(before, f.host.mtis.size(), "a locked card is never sent");
        }
    }

    @Test
    void lockout_survivesRestart() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            for (int i = 0; i < 3; i++) {
                f.purchase(100, "000000");
            }
        }
        try (TerminalFixture f = new TerminalFixture(dir)) {
            TransactionResult r = f.purchase(100, FakeCupHost.PIN);
            assertEquals("card-locked", r.diagnosis().orElseThrow().code());
            assertEquals(0, f.host.mtis.size());
        }
    }

    @Test
    void timeout_reversesWith98_notResent() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            f.terminal.signIn();
            f.host.faults.add(FakeCupHost.Fault.DROP);
            TransactionResult r = f.purchase(500, FakeCupHost.PIN);
            assertEquals("reversed", r.outcome());
            assertEquals("timeout", r.diagnosis().orElseThrow().code());
            assertEquals(List.of("0800", "0200", "0400"), f.host.mtis);
            assertTrue(f.host.approved.isEmpty(), "host's approval was undone");
            assertEquals(1, f.host.reversed.size());
        }
    }

    @Test
    void timeout_customPolicySayingRetry_isStillReversed_neverResent() {
        FakeCupHost host = new FakeCupHost();
        RetryPolicy reckless = (kind, attempt, outcome, table) -> new RetryDecision.RetryAfter(java.time.Duration.ZERO);
        try (io.pos4j.terminal.spi.FileJournal j = io.pos4j.terminal.spi.FileJournal.open(dir);
             Terminal t = Terminal.builder().terminalId("12345678").merchantId("123456789012345")
                     .masterKey(host.tmk()).link(new io.pos4j.terminal.spi.InMemoryHostLink(host)).journal(j)
                     .sleeper(d -> { }).retryPolicy(reckless).build();
             io.pos4j.pin.Pin pin = io.pos4j.pin.Pin.parse(FakeCupHost.PIN)) {
            t.signIn();
            host.faults.add(FakeCupHost.Fault.DROP);
            TransactionResult r = t.purchase(TerminalFixture.chip(), 100, pin);
            assertEquals("reversed", r.outcome());
            assertEquals(List.of("0800", "0200", "0400"), host.mtis, "one 0200 only");
            // a policy that never gives up still cannot loop forever: attempts are capped
            for (int i = 0; i < 30; i++) {
                host.faults.add(FakeCupHost.Fault.LOST);
            }
            host.faults.addFirst(FakeCupHost.Fault.DROP);
            TransactionResult stuck = t.purchase(TerminalFixture.chip(), 100, pin);
            assertEquals("reversal-pending", stuck.outcome());
            assertEquals(1 + 10, host.mtis.size() - 3, "one 0200 and 10 reversal attempts");
        }
    }

    @Test
    void lateApproval_afterTimeout_isDropped_reversalStands() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            f.terminal.signIn();
            f.host.faults.add(FakeCupHost.Fault.LATE);
            TransactionResult r = f.purchase(500, FakeCupHost.PIN);
            assertEquals("reversed", r.outcome());
            assertTrue(f.events.stream().anyMatch(e -> e instanceof TerminalEvent.Message m
                    && m.description().startsWith("unmatched")), "late 0210 seen and dropped");
            assertTrue(f.host.approved.isEmpty());
        }
    }

    @Test
    void badResponseMac_reversesA0_andSignsInAgain() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            f.terminal.signIn();
            f.host.faults.add(FakeCupHost.Fault.BAD_MAC);
            TransactionResult r = f.purchase(700, FakeCupHost.PIN);
            assertFalse(r.approved());
            assertEquals("response-mac-wrong", r.diagnosis().orElseThrow().code());
            assertEquals("reversed", r.outcome());
            assertEquals(List.of("0800", "0200", "0800", "0400"), f.host.mtis);
            assertTrue(f.host.approved.isEmpty());
            assertEquals(1, f.terminal.lockoutState().macFailures());
        }
    }

    @Test
    void hostA0_signsInAgain_thenRetriesWithNewStan() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            f.terminal.signIn();
            f.host.faults.add(FakeCupHost.Fault.CODE_A0);
            TransactionResult r = f.purchase(800, FakeCupHost.PIN);
            assertTrue(r.approved(), r.toString());
            assertEquals(List.of("0800", "0200", "0800", "0200"), f.host.mtis);
        }
    }

    @Test
    void restart_recoversPendingReversal_fromJournal() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            f.terminal.signIn();
            f.link.setDown(false);
            // the 0200 is dropped and so is every reversal attempt: reversal stays pending
            f.host.faults.addAll(List.of(FakeCupHost.Fault.DROP, FakeCupHost.Fault.LOST, FakeCupHost.Fault.LOST,
                    FakeCupHost.Fault.LOST));
            TransactionResult r = f.purchase(900, FakeCupHost.PIN);
            assertEquals("reversal-pending", r.outcome());
            assertEquals(1, f.terminal.pendingReversals());
            assertEquals(1, f.host.approved.size(), "host approved and the reversal has not arrived");
        }
        FakeCupHost sameHost = new FakeCupHost();
        try (TerminalFixture f = new TerminalFixture(dir, sameHost)) {
            RecoveryResult rec = f.terminal.recover();
            assertEquals(1, rec.reversalsSent());
            assertEquals(0, rec.reversalsPending());
            assertEquals(List.of("0800", "0400"), sameHost.mtis);
        }
    }

    @Test
    void failedJournalWrite_abortsBeforeSending() {
        FakeCupHost host = new FakeCupHost();
        FailingJournal j = new FailingJournal(io.pos4j.terminal.spi.FileJournal.open(dir));
        try (TerminalFixture f = new TerminalFixture(dir, host, j)) {
            f.terminal.signIn();
            j.fail = true;
            TransactionResult r = f.purchase(100, FakeCupHost.PIN);
            assertEquals("journal-failure", r.diagnosis().orElseThrow().code());
            assertEquals(List.of("0800"), host.mtis);
        }
    }

    @Test
    void settlement_afterPurchaseAndVoid_countsOnlyTheLivePurchase() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            TransactionResult a = f.purchase(1000, FakeCupHost.PIN);
            f.purchase(2000, FakeCupHost.PIN);
            TransactionResult v = f.terminal.voidPurchase(a);
            assertTrue(v.approved(), v.toString());
            long batch = f.terminal.batch();
            SettlementResult s = f.terminal.settle();
            assertTrue(s.ok(), s.toString());
            assertEquals(1, s.debitCount());
            assertEquals(2000, s.debitAmount());
            assertEquals(batch + 1, f.terminal.batch());
        }
    }

    @Test
    void settlement_totalsDisagree_uploadsBatchThenCloses() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            f.purchase(1000, FakeCupHost.PIN);
            f.purchase(2000, FakeCupHost.PIN);
            f.host.settleDisagree = true;
            SettlementResult s = f.terminal.settle();
            assertTrue(s.ok(), s.toString());
            assertFalse(s.totalsAgreed());
            assertEquals(2, s.uploaded());
            assertEquals(List.of("201", "201", "207"), f.host.uploads);
        }
    }

    @Test
    void vendorStep_runsBeforeJournal_andMayDecline() {
        List<String> seen = new java.util.ArrayList<>();
        TransactionStep loyalty = new TransactionStep() {
            @Override
            public String name() {
                return "loyalty";
            }

            @Override
            public StepResult run(TransactionView t) {
                seen.add(t.maskedPan() + " " + t.amount());
                return t.amount() > 5000 ? new StepResult.Decline(Diagnosis.ofCause(LocalCause.CARD_READ_FAILURE))
                        : new StepResult.Continue(java.util.Map.of("loyalty", "+10 points"));
            }
        };
        FakeCupHost host = new FakeCupHost();
        io.pos4j.terminal.spi.FileJournal j = io.pos4j.terminal.spi.FileJournal.open(dir);
        try (Terminal t = Terminal.builder().terminalId("12345678").merchantId("123456789012345")
                .masterKey(host.tmk()).link(new io.pos4j.terminal.spi.InMemoryHostLink(host)).journal(j)
                .sleeper(d -> { }).step(loyalty).build();
             io.pos4j.pin.Pin pin = io.pos4j.pin.Pin.parse(FakeCupHost.PIN)) {
            assertTrue(t.purchase(TerminalFixture.chip(), 100, pin).approved());
            TransactionResult declined = t.purchase(TerminalFixture.chip(), 9000, pin);
            assertEquals("Declined", declined.state().label());
            assertEquals(List.of("622848*********0018 100", "622848*********0018 9000"), seen);
            assertTrue(j.records().stream().anyMatch(r -> "+10 points".equals(r.get("loyalty"))));
            assertEquals(1, host.financialRequests, "the declined one never reached the host");
        } finally {
            j.close();
        }
    }

    static Terminal withKey(FakeCupHost host, io.pos4j.terminal.spi.TransactionJournal j, javax.crypto.SecretKey key) {
        Terminal.Builder b = Terminal.builder().terminalId("12345678").merchantId("123456789012345")
                .masterKey(host.tmk()).link(new io.pos4j.terminal.spi.InMemoryHostLink(host)).journal(j)
                .sleeper(d -> { });
        if (key != null) {
            b.journalDataKey(key);
        }
        return b.build();
    }

    @Test
    void journalDataKey_keepsPanOffDisk_recoveryNeedsTheKey() throws Exception {
        javax.crypto.SecretKey key = new javax.crypto.spec.SecretKeySpec(new byte[16], "AES");
        FakeCupHost host = new FakeCupHost();
        try (io.pos4j.terminal.spi.FileJournal j = io.pos4j.terminal.spi.FileJournal.open(dir);
             Terminal t = withKey(host, j, key); io.pos4j.pin.Pin pin = io.pos4j.pin.Pin.parse(FakeCupHost.PIN)) {
            t.signIn();
            host.faults.addAll(List.of(FakeCupHost.Fault.DROP, FakeCupHost.Fault.LOST, FakeCupHost.Fault.LOST,
                    FakeCupHost.Fault.LOST));
            assertEquals("reversal-pending", t.purchase(TerminalFixture.chip(), 100, pin).outcome());
        }
        byte[] disk = java.nio.file.Files.readAllBytes(dir.resolve(io.pos4j.terminal.spi.FileJournal.FILE_NAME));
        assertFalse(new String(disk, java.nio.charset.StandardCharsets.ISO_8859_1).contains(FakeCupHost.PAN),
                "no clear PAN on disk");
        try (io.pos4j.terminal.spi.FileJournal j = io.pos4j.terminal.spi.FileJournal.open(dir)) {
            assertThrows(io.pos4j.terminal.spi.JournalException.class, () -> withKey(new FakeCupHost(), j, null));
            javax.crypto.SecretKey other = new javax.crypto.spec.SecretKeySpec(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9,
                10, 11, 12, 13, 14, 15, 16}, "AES");
            assertThrows(io.pos4j.terminal.spi.JournalException.class, () -> withKey(new FakeCupHost(), j, other));
            FakeCupHost again = new FakeCupHost();
            try (Terminal t = withKey(again, j, key)) {
                assertEquals(1, t.recover().reversalsSent());
                assertEquals(List.of("0800", "0400"), again.mtis);
            }
        }
    }

    @Test
    void stans_neverRepeat_acrossRestarts() {
        java.util.Set<String> stans = new java.util.HashSet<>();
        for (int run = 0; run < 3; run++) {
            try (TerminalFixture f = new TerminalFixture(dir)) {
                f.purchase(100, FakeCupHost.PIN);
                f.purchase(100, FakeCupHost.PIN);
                for (JournalRecord r : f.journal.records()) {
                    if (r.type().equals("txn")) {
                        stans.add(r.get("stan"));
                    }
                }
            }
        }
        assertEquals(6, stans.size());
    }

    @Test
    void balance_returnsBalance() {
        try (TerminalFixture f = new TerminalFixture(dir)) {
            try (io.pos4j.pin.Pin p = io.pos4j.pin.Pin.parse(FakeCupHost.PIN)) {
                TransactionResult r = f.terminal.balance(TerminalFixture.chip(), p);
                assertTrue(r.approved(), r.toString());
                assertEquals(1_000_000L, r.balance().orElseThrow());
            }
        }
    }

    /** A journal whose appends fail on demand. */
    static final class FailingJournal implements TransactionJournal {
        final TransactionJournal delegate;
        boolean fail;

        FailingJournal(TransactionJournal delegate) {
            this.delegate = delegate;
        }

        @Override
        public JournalRecord append(JournalRecord record) {
            if (fail) {
                throw new JournalException("disk full (test)");
            }
            return delegate.append(record);
        }

        @Override
        public List<JournalRecord> records() {
            return delegate.records();
        }

        @Override
        public RecoveryReport recoveryReport() {
            return delegate.recoveryReport();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
