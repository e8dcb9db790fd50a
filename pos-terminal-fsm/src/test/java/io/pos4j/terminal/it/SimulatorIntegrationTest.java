package io.pos4j.terminal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Pin;
import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.RetryPolicy;
import io.pos4j.terminal.SettlementResult;
import io.pos4j.terminal.Terminal;
import io.pos4j.terminal.TransactionResult;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.TcpHostLink;
import io.pos4j.testkit.Account;
import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.FaultAction;
import io.pos4j.testkit.FaultRule;
import io.pos4j.testkit.LedgerEntry;
import io.pos4j.testkit.ResponseCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal against pos-testkit's simulator over loopback TCP: every flow and every fault rule. */
class SimulatorIntegrationTest {

    static final byte[] TMK = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
    static final String TID = "12345678";
    static final String PAN = "6222021234567890123";
    static final byte[] ICC = HexFormat.of().parseHex("9F2608C2A5F1D2E3B4A5969F2701809F3704A1B2C3D4");
    static final Duration TIMEOUT = Duration.ofMillis(400);

    @TempDir
    Path dir;
    AcquirerSimulator sim;
    KeyHandle tmk;
    FileJournal journal;
    Terminal terminal;

    @BeforeEach
    void start() {
        sim = AcquirerSimulator.builder()
                .terminal(io.pos4j.testkit.Terminal.builder(TID, "123456789012345").tmk(TMK).build())
                .account(Account.builder(PAN).pin("123456").balance(1_000_00).build())
                .terminalTimeout(TIMEOUT)
                .start();
        tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, TMK, InsecureKeyAccess.get());
        journal = FileJournal.open(dir);
        terminal = newTerminal();
    }

    Terminal newTerminal() {
        return Terminal.builder().terminalId(TID).merchantId("123456789012345").masterKey(tmk)
                .link(TcpHostLink.to(sim.address())).journal(journal).responseTimeout(TIMEOUT)
                .retryPolicy(RetryPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(100), 3,
                        new SplittableRandom(1)))
                .build();
    }

    @AfterEach
    void stop() {
        terminal.close();
        journal.close();
        sim.close();
        tmk.close();
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
    void flows_signInEchoPurchaseBalanceVoidRefundSettleSignOff() {
        assertTrue(terminal.signIn().ok());
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
    void faultDrop_reversed98() {
        sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").times(1).build());
        TransactionResult r = purchase(10_00);
        assertEquals("reversed", r.outcome());
        assertHostReversed(r);
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
    void faultWrongMac_reversedA0_signedInAgain() {
        sim.faults().add(FaultRule.builder(FaultAction.WRONG_MAC).mti("0200").times(1).build());
        TransactionResult r = purchase(10_00);
        assertEquals("response-mac-wrong", r.diagnosis().orElseThrow().code());
        assertHostReversed(r);
        assertTrue(sim.isSignedIn(TID));
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
    void hostDown_noConnection_nothingJournaledAsSent() {
        assertTrue(terminal.signIn().ok());
        terminal.close();
        sim.faults().refuseConnections(true);
        terminal = newTerminal();
        TransactionResult r = purchase(10_00);
        assertEquals("declined", r.outcome());
        assertTrue(r.diagnosis().orElseThrow().code().equals("no-connection"), r.toString());
        assertEquals(0, terminal.pendingReversals());
        sim.faults().refuseConnections(false);
    }

    @Test
    void hostRestartedKeys_A0_signsInAgainAndRetries() {
        assertTrue(terminal.signIn().ok());
        sim.signOff(TID); // the host forgets the working keys: next request answers 97 without MAC
        TransactionResult r = purchase(10_00);
        assertTrue(r.approved(), r.toString());
    }
}
