package io.pos4j.terminal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.DukptStateStore;
import io.pos4j.pin.Pin;
import io.pos4j.terminal.AcquirerProfile;
import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.RetryPolicy;
import io.pos4j.terminal.SettlementResult;
import io.pos4j.terminal.SignInResult;
import io.pos4j.terminal.Terminal;
import io.pos4j.terminal.TransactionResult;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.TcpHostLink;
import io.pos4j.testkit.Account;
import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.Dialect;
import io.pos4j.testkit.FaultAction;
import io.pos4j.testkit.FaultRule;
import io.pos4j.testkit.LedgerEntry;
import io.pos4j.testkit.ResponseCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal with the ISO 87 binary / TDES DUKPT profile against pos-testkit's simulator in
 * {@code iso87-binary} mode over loopback TCP: every flow and every fault rule. The simulator derives
 * each request's keys from the ANSI X9.24 test BDK and the KSN in DE 62, so an approval proves the PIN
 * block, the request MAC (request key) and, on our side, the response MAC (response key).
 */
class Iso87SimulatorIntegrationTest {

    static final String TID = "87654321";
    static final String MID = "123456789012345";
    static final String PAN = "6222021234567890123";
    static final byte[] ICC = HexFormat.of().parseHex("9F2608C2A5F1D2E3B4A5969F2701809F3704A1B2C3D4");
    static final Duration TIMEOUT = Duration.ofMillis(400);

    @TempDir
    Path dir;
    AcquirerSimulator sim;
    DukptStateStore store;
    FileJournal journal;
    Terminal terminal;
    Iso87Rig.KsnRecorder recorder = new Iso87Rig.KsnRecorder();

    @BeforeEach
    void start() {
        sim = AcquirerSimulator.builder().dialect(Dialect.ISO87_BINARY)
                .terminal(io.pos4j.testkit.Terminal.builder(TID, MID).bdk(Iso87Rig.BDK).build())
                .account(Account.builder(PAN).pin("123456").balance(1_000_00).build())
                .terminalTimeout(TIMEOUT)
                .start();
        store = DukptStateStore.inMemory();
        Iso87Rig.inject(store);
        journal = FileJournal.open(dir);
        terminal = newTerminal();
    }

    Terminal newTerminal() {
        return Terminal.builder().terminalId(TID).merchantId(MID).acquirer(Iso87Rig.restarted(store))
                .link(TcpHostLink.to(sim.address())).journal(journal).responseTimeout(TIMEOUT).listener(recorder)
                .retryPolicy(RetryPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(100), 3,
                        new SplittableRandom(1)))
                .build();
    }

    @AfterEach
    void stop() {
        terminal.close();
        journal.close();
        sim.close();
        assertEquals(recorder.ksns.size(), new HashSet<>(recorder.ksns).size(), "a KSN was sent twice: "
                + recorder.ksns);
    }

    TransactionResult purchase(long amount) {
        try (Pin p = Pin.parse("123456")) {
            return terminal.purchase(CardInput.chip(PAN, "4912", "001", ICC), amount, p);
        }
    }

    Optional<LedgerEntry> hostEntry(TransactionResult r) {
        return sim.ledger().find(TID, String.format("%06d", r.batch()), String.format("%06d", r.stan()));
    }

    void assertHostReversed(TransactionResult r) {
        assertEquals(0, terminal.pendingReversals());
        LedgerEntry e = hostEntry(r).orElseThrow();
        assertTrue(sim.ledger().isReversed(e), "host reversed " + e);
        assertEquals(1_000_00, sim.accounts().balance(PAN), "no money moved");
    }

    @Test
    void flows_signOnEchoPurchaseBalanceVoidRefundSettleSignOff() {
        SignInResult on = terminal.signIn();
        assertTrue(on.ok(), on.toString());
        assertTrue(sim.isSignedIn(TID), "0800 DE 70 001 signs on");
        assertTrue(terminal.echo().isEmpty());
        TransactionResult p = purchase(250_00);
        assertTrue(p.approved(), p.toString());
        assertEquals(750_00, sim.accounts().balance(PAN));
        try (Pin pin = Pin.parse("123456")) {
            TransactionResult b = terminal.balance(CardInput.chip(PAN, "4912", "001", ICC), pin);
            assertEquals(750_00L, b.balance().orElseThrow());
        }
        TransactionResult p2 = purchase(100_00);
        TransactionResult v = terminal.voidPurchase(p2);
        assertTrue(v.approved(), v.toString());
        assertEquals(750_00, sim.accounts().balance(PAN));
        TransactionResult refund = terminal.refund(CardInput.chip(PAN, "4912", "001", ICC), 50_00,
                p.rrn().orElseThrow(), p.batch(), p.stan(), "0301");
        assertTrue(refund.approved(), refund.toString());
        assertEquals(800_00, sim.accounts().balance(PAN));
        long batch = terminal.batch();
        SettlementResult s = terminal.settle();
        assertTrue(s.ok(), s.toString());
        assertTrue(s.totalsAgreed(), "terminal and host totals agree");
        assertEquals(1, s.debitCount());
        assertEquals(250_00, s.debitAmount());
        assertEquals(1, s.creditCount());
        assertEquals(batch + 1, terminal.batch());
        assertTrue(terminal.signOff().isEmpty());
        assertFalse(sim.isSignedIn(TID), "0800 DE 70 002 signs off");
        // purchase, balance, purchase, void, refund, settlement: one counter each, counting up from 1
        assertEquals(java.util.List.of("FFFF9876543210E00001", "FFFF9876543210E00002", "FFFF9876543210E00003",
                "FFFF9876543210E00004", "FFFF9876543210E00005", "FFFF9876543210E00006"), recorder.ksns);
        assertTrue(recorder.outbound.get(0).startsWith("0800") && recorder.outbound.get(0).contains("net=001"),
                recorder.outbound.get(0));
    }

    @Test
    void wrongPin_declined55_thenRightPinApproved() {
        try (Pin bad = Pin.parse("111111")) {
            TransactionResult r = terminal.purchase(CardInput.chip(PAN, "4912", "001", ICC), 10_00, bad);
            assertEquals("55", r.responseCode().orElseThrow());
        }
        assertTrue(purchase(10_00).approved());
    }

    @Test
    void voidTimedOut_isReversed_purchaseStandsAtHost() {
        TransactionResult p = purchase(10_00);
        assertTrue(p.approved());
        sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").times(1).build());
        TransactionResult v = terminal.voidPurchase(p);
        assertEquals("reversed", v.outcome());
        assertEquals(0, terminal.pendingReversals());
        assertEquals(1_000_00 - 10_00, sim.accounts().balance(PAN), "the reversed void left the sale charged");
        assertFalse(sim.ledger().isVoided(hostEntry(p).orElseThrow()));
    }

    @Test
    void refundTimedOut_isReversed_noCreditLeft() {
        TransactionResult p = purchase(30_00);
        sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0220").times(1).build());
        TransactionResult r = terminal.refund(CardInput.chip(PAN, "4912", "001", ICC), 10_00,
                p.rrn().orElseThrow(), p.batch(), p.stan(), "0301");
        assertEquals("reversed", r.outcome());
        assertEquals(0, terminal.pendingReversals());
        assertEquals(1_000_00 - 30_00, sim.accounts().balance(PAN), "the reversed refund credited nothing");
    }

    @Test
    void faultDrop_reversed98_reversalHasItsOwnKsn() {
        sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").times(1).build());
        TransactionResult r = purchase(10_00);
        assertEquals("reversed", r.outcome());
        assertHostReversed(r);
        String reversal = recorder.outbound.stream().filter(d -> d.startsWith("0400")).findFirst().orElseThrow();
        assertTrue(reversal.contains("rc=98") && reversal.contains("ksn=FFFF9876543210E00002"), reversal);
    }

    @Test
    void faultRespondLate_reversed_lateAnswerDropped_nextPurchaseFine() throws InterruptedException {
        sim.faults().add(FaultRule.builder(FaultAction.RESPOND_LATE).mti("0200").times(1).build());
        TransactionResult r = purchase(10_00);
        assertEquals("reversed", r.outcome());
        assertHostReversed(r);
        Thread.sleep(1_500); // let the late 0210 arrive on the open connection (integration, not a unit test)
        TransactionResult next = purchase(20_00);
        assertTrue(next.approved(), next.toString());
    }

    @Test
    void faultClose_reversedOnNewConnection() {
        sim.faults().add(FaultRule.builder(FaultAction.CLOSE).mti("0200").times(1).build());
        TransactionResult r = purchase(10_00);
        assertEquals("reversed", r.outcome());
        assertHostReversed(r);
    }

    @Test
    void faultCorrupt_neverApproved_reversed() {
        sim.faults().add(FaultRule.builder(FaultAction.CORRUPT).mti("0200").times(1).build());
        TransactionResult r = purchase(10_00);
        assertFalse(r.approved());
        assertEquals("reversed", r.outcome());
        assertHostReversed(r);
    }

    @Test
    void faultWrongMac_reversedA0_signedOnAgain() {
        assertTrue(terminal.signIn().ok());
        sim.faults().add(FaultRule.builder(FaultAction.WRONG_MAC).mti("0200").times(1).build());
        TransactionResult r = purchase(10_00);
        assertEquals("response-mac-wrong", r.diagnosis().orElseThrow().code());
        assertHostReversed(r);
        String reversal = recorder.outbound.stream().filter(d -> d.startsWith("0400")).findFirst().orElseThrow();
        assertTrue(reversal.contains("rc=A0"), reversal);
        assertEquals(2, recorder.outbound.stream().filter(d -> d.contains("net=001")).count(), "forced sign-on");
        assertTrue(purchase(20_00).approved());
    }

    @Test
    void faultAnswerTwice_secondCopyDropped() {
        sim.faults().add(FaultRule.builder(FaultAction.ANSWER_TWICE).mti("0200").times(1).build());
        TransactionResult a = purchase(10_00);
        TransactionResult b = purchase(20_00);
        assertTrue(a.approved() && b.approved(), a + " " + b);
        assertEquals(1_000_00 - 30_00, sim.accounts().balance(PAN));
    }

    @Test
    void faultDelayWithinTimeout_approved() {
        sim.faults().add(FaultRule.builder(FaultAction.DELAY).mti("0200").delay(Duration.ofMillis(100)).times(1)
                .build());
        assertTrue(purchase(10_00).approved());
    }

    @Test
    void faultRespondCode91_declinedRetryLater_nothingMoved() {
        sim.faults().add(FaultRule.builder(FaultAction.RESPOND_CODE).responseCode(ResponseCode.ISSUER_UNAVAILABLE)
                .mti("0200").times(1).build());
        TransactionResult r = purchase(10_00);
        assertEquals("91", r.responseCode().orElseThrow());
        assertTrue(r.diagnosis().orElseThrow().retryable());
        assertEquals(1_000_00, sim.accounts().balance(PAN));
    }

    @Test
    void faultRespondCodeA0WithoutMac_notBelieved_reversed_nothingMoved() {
        // the plain ISO 87 table has no A0: an answer without a MAC is never taken at face value
        sim.faults().add(FaultRule.builder(FaultAction.RESPOND_CODE).responseCode(ResponseCode.MAC_ERROR)
                .mti("0200").times(1).build());
        TransactionResult r = purchase(10_00);
        assertFalse(r.approved());
        assertEquals(0, terminal.pendingReversals());
        assertEquals(1_000_00, sim.accounts().balance(PAN));
    }

    @Test
    void hostDown_noConnection_nothingPending() {
        assertTrue(terminal.signIn().ok());
        terminal.close();
        sim.faults().refuseConnections(true);
        terminal = newTerminal();
        TransactionResult r = purchase(10_00);
        assertEquals("declined", r.outcome());
        assertEquals("no-connection", r.diagnosis().orElseThrow().code(), r.toString());
        assertEquals(0, terminal.pendingReversals());
        sim.faults().refuseConnections(false);
    }

    @Test
    void unregisteredTerminal_signOnRefused97_nothingSent() {
        terminal.close();
        terminal = Terminal.builder().terminalId("00000000").merchantId(MID).acquirer(Iso87Rig.restarted(store))
                .link(TcpHostLink.to(sim.address())).journal(journal).responseTimeout(TIMEOUT).listener(recorder)
                .build();
        SignInResult r = terminal.signIn();
        assertFalse(r.ok());
        assertEquals("97", r.diagnosis().orElseThrow().code());
    }

    @Test
    void reversalPendingAcrossRestart_sentAfterRecovery_countersNeverRepeat() {
        // the sale's answer is dropped and so are the reversals' answers (the simulator processes, then
        // drops): the reversal stays pending in the journal
        sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").times(1).build());
        sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0400").times(3).build());
        TransactionResult r = purchase(10_00);
        assertEquals("reversal-pending", r.outcome(), r.toString());
        assertEquals(1, terminal.pendingReversals());
        int before = recorder.ksns.size();
        terminal.close(); // power off; the DUKPT device restarts from its store
        terminal = newTerminal();
        assertEquals(1, terminal.recover().reversalsSent());
        assertEquals(0, terminal.pendingReversals());
        assertEquals(1_000_00, sim.accounts().balance(PAN), "reversed once, never credited twice");
        assertTrue(sim.ledger().isReversed(hostEntry(r).orElseThrow()));
        assertTrue(recorder.ksns.size() > before);
        assertTrue(purchase(20_00).approved());
    }
}
