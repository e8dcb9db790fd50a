package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.Dialects;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cup dialect end to end over loopback: every response code, key exchange, MACs. */
class CupSimulatorTest {
    static final byte[] TMK = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
    static final String TID = "12345678";
    static final String MID = "123456789012345";
    static final String PAN = "6222021234567890123";
    static final String BLOCKED = "6222029999999990001";
    static final String EXPIRED = "6222029999999990003";
    static final String LIMITED = "6222029999999990004";

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T04:00:00Z"));
    AcquirerSimulator sim;

    @BeforeEach
    void start() {
        sim = AcquirerSimulator.builder().clock(clock).scheduler(clock)
                .terminal(Terminal.builder(TID, MID).tmk(TMK).build())
                .terminal(Terminal.builder("PURCHONL", MID).tmk(TMK).permitted(EnumSet.of(TransactionType.PURCHASE)).build())
                .terminal(Terminal.builder("UNREGIST", MID).tmk(TMK).registered(false).build())
                .account(Account.builder(PAN).pin("123456").balance(100_00).build())
                .account(Account.builder(BLOCKED).pin("1111").balance(100_00).status(AccountStatus.BLOCKED).build())
                .account(Account.builder(EXPIRED).pin("1111").balance(100_00).expiry(YearMonth.of(2026, 10)).build())
                .account(Account.builder(LIMITED).pin("1111").balance(100_00).perTransactionLimit(20_00).build())
                .start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    CupTestTerminal terminal(String tid) throws IOException {
        return CupTestTerminal.connect(sim.port(), tid, MID, TMK);
    }

    CupTestTerminal signedIn() throws IOException {
        CupTestTerminal t = terminal(TID);
        assertEquals("00", t.signIn().responseCode());
        return t;
    }

    @Test
    void signIn_returnsFreshKeysUnderTmk_withCheckValues() throws IOException {
        try (CupTestTerminal t = terminal(TID)) {
            CupTestTerminal.Exchange first = t.signIn();
            assertEquals("0810", first.response().mti().toString());
            assertEquals("00", first.responseCode());
            assertEquals(40, first.response().bytes(62).length);
            assertEquals("000001", first.response().subfield(60, 2).orElseThrow());
            assertFalse(first.response().has(64), "no MAC on 0810");
            assertTrue(t.signedIn(), "KCVs checked by the terminal side");
            assertTrue(sim.isSignedIn(TID));
            CupTestTerminal.Exchange second = t.signIn();
            assertNotEquals(HexFormat.of().formatHex(first.response().bytes(62)),
                    HexFormat.of().formatHex(second.response().bytes(62)), "fresh keys each sign-in");
        }
    }

    @Test
    void signIn004_addsTdk_allThreeKeysUnwrapWithTheirCheckValues() throws IOException {
        try (CupTestTerminal t = terminal(TID);
                io.pos4j.pin.KeyHandle tmk = io.pos4j.pin.KeyHandle.importRaw(io.pos4j.pin.KeyAlgorithm.TDES,
                        io.pos4j.pin.KeyUsage.KEY_ENCRYPTION, TMK, io.pos4j.pin.InsecureKeyAccess.get())) {
            CupTestTerminal.Exchange x = t.send(t.request("0800", "00", "004").set(63, "001").build());
            assertEquals("00", x.responseCode());
            byte[] de62 = x.response().bytes(62);
            assertEquals(60, de62.length);
            java.util.List<io.pos4j.pin.WrappedKey> wrapped = new java.util.ArrayList<>();
            io.pos4j.pin.KeyUsage[] usages = {io.pos4j.pin.KeyUsage.PIN_ENCRYPTION, io.pos4j.pin.KeyUsage.MAC,
                io.pos4j.pin.KeyUsage.DATA_ENCRYPTION};
            for (int i = 0; i < 3; i++) {
                wrapped.add(io.pos4j.pin.WrappedKey.of(usages[i], io.pos4j.pin.KeyAlgorithm.TDES,
                        java.util.Arrays.copyOfRange(de62, 20 * i, 20 * i + 16),
                        java.util.Arrays.copyOfRange(de62, 20 * i + 16, 20 * i + 20)));
            }
            java.util.List<io.pos4j.pin.KeyHandle> keys = io.pos4j.pin.KeyExchange.unwrapAll(tmk, wrapped);
            assertEquals(3, keys.size(), "all three check values verified");
            keys.forEach(io.pos4j.pin.KeyHandle::close);
        }
    }

    @Test
    void purchase_approved_macOnAnswer_balanceDebited_ledgerRecorded() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            CupTestTerminal.Exchange x = t.purchase(PAN, 12_34, "123456");
            assertEquals("00", x.responseCode());
            assertTrue(x.macValid());
            IsoMessage r = x.response();
            assertEquals("0210", r.mti().toString());
            assertEquals(PAN, r.text(2));
            assertEquals("000000001234", r.text(4));
            assertEquals(12, r.text(37).length());
            assertEquals(6, r.text(38).length());
            assertEquals("1122", r.text(13), "host date from the injected clock");
            assertEquals("040000", r.text(12));
            assertEquals(100_00 - 12_34, sim.accounts().balance(PAN));
            LedgerEntry e = sim.ledger().find(TID, "000001", x.stan()).orElseThrow();
            assertEquals(TransactionType.PURCHASE, e.type());
            assertEquals(r.text(37), e.rrn());
        }
    }

    @Test
    void everyDeclineCode_reachableOverTheWire() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            assertEquals("14", t.purchase("6222020000000000000", 1_00, null).responseCode());
            assertEquals("05", t.purchase(BLOCKED, 1_00, null).responseCode());
            assertEquals("54", t.purchase(EXPIRED, 1_00, null).responseCode());
            assertEquals("61", t.purchase(LIMITED, 20_01, null).responseCode());
            assertEquals("51", t.purchase(PAN, 100_01, "123456").responseCode());
            assertEquals("55", t.purchase(PAN, 1_00, "654321").responseCode());
            assertEquals("55", t.purchase(PAN, 1_00, "654321").responseCode());
            CupTestTerminal.Exchange locked = t.purchase(PAN, 1_00, "654321");
            assertEquals("75", locked.responseCode());
            assertTrue(locked.macValid(), "declines are MACed");
            assertEquals("75", t.purchase(PAN, 1_00, "123456").responseCode(), "locked: even the right PIN");
            assertEquals(3, sim.accounts().wrongPinCount(PAN));
        }
    }

    @Test
    void duplicateStan_answers94() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            IsoMessage req = t.purchaseRequest(PAN, 1_00, null);
            assertEquals("00", t.send(req).responseCode());
            assertEquals("94", t.send(req).responseCode());
            assertEquals(99_00, sim.accounts().balance(PAN));
        }
    }

    @Test
    void notPermitted58_unregistered97_notSignedIn97_unknownMerchant03() throws IOException {
        try (CupTestTerminal t = terminal("PURCHONL")) {
            assertEquals("00", t.signIn().responseCode());
            assertEquals("58", t.balance(PAN, "123456").responseCode());
            assertEquals("00", t.purchase(PAN, 1_00, "123456").responseCode());
        }
        try (CupTestTerminal t = terminal("UNREGIST")) {
            assertEquals("97", t.signIn().responseCode());
        }
        try (CupTestTerminal t = terminal(TID)) {
            CupTestTerminal.Exchange x = t.send(t.request("0200", "22", "000").set(2, PAN).set(3, "000000")
                    .set(4, "000000000100").set(49, "156").set(64, new byte[8]).build());
            assertEquals("97", x.responseCode());
            assertFalse(x.response().has(64), "no MAC without keys");
        }
        try (CupTestTerminal t = CupTestTerminal.connect(sim.port(), TID, "999999999999999", TMK)) {
            assertEquals("03", t.signIn().responseCode());
        }
    }

    @Test
    void wrongRequestMac_answersA0_andTerminalMustSignInAgain() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            IsoMessage good = t.purchaseRequest(PAN, 1_00, null);
            byte[] mac = good.bytes(64);
            mac[0] ^= 1;
            CupTestTerminal.Exchange x = t.send(good.toBuilder().set(64, mac).build());
            assertEquals("A0", x.responseCode());
            assertFalse(x.response().has(64));
            assertFalse(sim.isSignedIn(TID));
            assertEquals("97", t.purchase(PAN, 1_00, null).responseCode());
            assertEquals("00", t.signIn().responseCode());
            assertEquals("00", t.purchase(PAN, 1_00, null).responseCode());
            assertEquals(99_00, sim.accounts().balance(PAN));
        }
    }

    @Test
    void issuerUnavailable91_andSystemError96_byFaultAndByBadProcessingCode() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            long id = sim.faults().add(FaultRule.parse("code=91:mti=0200").get(0));
            CupTestTerminal.Exchange x = t.purchase(PAN, 1_00, null);
            assertEquals("91", x.responseCode());
            assertTrue(x.macValid());
            sim.faults().remove(id);
            assertEquals(100_00, sim.accounts().balance(PAN), "not processed");
            CupTestTerminal.Exchange bad = t.send(t.mac(t.request("0200", "22", "000").set(2, PAN).set(3, "990000")
                    .set(4, "000000000100").set(49, "156")));
            assertEquals("96", bad.responseCode());
        }
    }

    @Test
    void balanceInquiry_returnsDe54() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            t.purchase(PAN, 25_00, "123456");
            CupTestTerminal.Exchange x = t.balance(PAN, "123456");
            assertEquals("00", x.responseCode());
            assertEquals("1002156C000000007500", x.response().text(54));
        }
    }

    @Test
    void void_creditsBack_secondVoid25_refund0230() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            CupTestTerminal.Exchange sale = t.purchase(PAN, 10_00, "123456");
            CupTestTerminal.Exchange v = t.voidPurchase(sale);
            assertEquals("00", v.responseCode());
            assertEquals(100_00, sim.accounts().balance(PAN));
            assertEquals("25", t.voidPurchase(sale).responseCode());
            CupTestTerminal.Exchange sale2 = t.purchase(PAN, 30_00, null);
            CupTestTerminal.Exchange refund = t.refund(sale2, 10_00);
            assertEquals("0230", refund.response().mti().toString());
            assertEquals("00", refund.responseCode());
            assertTrue(refund.macValid());
            assertEquals(80_00, sim.accounts().balance(PAN));
            assertEquals("61", t.refund(sale2, 20_01).responseCode());
        }
    }

    @Test
    void reversal_0410_idempotent_unknownAcknowledged() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            CupTestTerminal.Exchange sale = t.purchase(PAN, 40_00, null);
            assertEquals(60_00, sim.accounts().balance(PAN));
            CupTestTerminal.Exchange rev = t.reverse(sale, "98");
            assertEquals("0410", rev.response().mti().toString());
            assertEquals("00", rev.responseCode());
            assertTrue(rev.macValid());
            assertEquals(100_00, sim.accounts().balance(PAN));
            assertEquals("00", t.reverse(sale, "98").responseCode());
            assertEquals(100_00, sim.accounts().balance(PAN), "repeated reversal credits once");
            IsoMessage never = t.purchaseRequest(PAN, 5_00, null);
            CupTestTerminal.Exchange phantom = new CupTestTerminal.Exchange(never, null, false);
            assertEquals("00", t.reverse(phantom, "06").responseCode());
            assertEquals(100_00, sim.accounts().balance(PAN));
        }
    }

    @Test
    void reversalAdvice_0420_answered0430_creditsOnceTogetherWith0400() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            CupTestTerminal.Exchange sale = t.purchase(PAN, 15_00, "123456");
            CupTestTerminal.Exchange advice = t.reverseAdvice(sale, "98");
            assertEquals("0430", advice.response().mti().toString());
            assertEquals("00", advice.responseCode());
            assertTrue(advice.macValid());
            assertEquals("00", t.reverse(sale, "98").responseCode());
            assertEquals(100_00, sim.accounts().balance(PAN));
            assertEquals(3, sim.ledger().size());
            assertTrue(sim.ledger().isReversed(sim.ledger().find(TID, "000001", sale.stan()).orElseThrow()));
        }
    }

    @Test
    void settlement_agree1_disagree2() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            t.purchase(PAN, 10_00, null);
            t.purchase(PAN, 5_00, null);
            CupTestTerminal.Exchange ok = t.settle(2, 15_00, 0, 0);
            assertEquals("0510", ok.response().mti().toString());
            assertEquals('1', ok.response().text(48).charAt(30));
            assertTrue(ok.macValid());
            assertEquals('2', t.settle(3, 15_00, 0, 0).response().text(48).charAt(30));
        }
    }

    @Test
    void echoAndSignOff_answer00_signOffDropsKeys() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            assertEquals("0830", t.echo().response().mti().toString());
            assertEquals("00", t.echo().responseCode());
            assertEquals("00", t.signOff().responseCode());
            assertFalse(sim.isSignedIn(TID));
        }
    }

    @Test
    void wrongMacFault_terminalDetectsBadResponseMac() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            sim.faults().add(FaultRule.builder(FaultAction.WRONG_MAC).mti("0200").build());
            CupTestTerminal.Exchange x = t.purchase(PAN, 1_00, null);
            assertEquals("00", x.responseCode());
            assertFalse(x.macValid());
        }
    }

    @Test
    void dropFault_processedButUnanswered_reversalRestoresBalance() throws IOException {
        try (CupTestTerminal t = signedIn()) {
            sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").nth(1).build());
            CupTestTerminal.Exchange x = t.timeout(Duration.ofMillis(300)).purchase(PAN, 7_00, null);
            assertNull(x.response());
            assertEquals(93_00, sim.accounts().balance(PAN), "host processed it");
            assertEquals("00", t.timeout(Duration.ofSeconds(5)).reverse(x, "98").responseCode());
            assertEquals(100_00, sim.accounts().balance(PAN));
        }
    }

    @Test
    void wrongDialect_closesOnlyThatConnection() throws IOException {
        try (CupTestTerminal good = signedIn(); SimulatorClient bad = SimulatorClient.connect(sim.port())) {
            IsoCodec iso87 = IsoCodec.of(Dialects.ISO87_BINARY);
            bad.send(iso87.pack(iso87.builder("0800").set(11, "000001").set(70, "301").build()));
            assertThrows(EOFException.class, () -> bad.receive(Duration.ofSeconds(5)));
            assertEquals("00", good.purchase(PAN, 1_00, null).responseCode());
        }
    }
}
