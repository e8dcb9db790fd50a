package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's decisions without the wire: every response code the book can give. */
class HostBookTest {
    static final String PAN = "6222021234567890123";
    static final String BLOCKED = "6222029999999990001";
    static final String LOST = "6222029999999990002";
    static final String EXPIRED = "6222029999999990003";
    static final String LIMITED = "6222029999999990004";
    static final String TID = "12345678";
    static final String MID = "123456789012345";

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T04:00:00Z"));

    HostBook book() {
        Accounts accounts = new Accounts(3);
        accounts.add(Account.builder(PAN).pin("123456").balance(100_00).build());
        accounts.add(Account.builder(BLOCKED).pin("1111").balance(100_00).status(AccountStatus.BLOCKED).build());
        accounts.add(Account.builder(LOST).pin("1111").balance(100_00).status(AccountStatus.LOST).build());
        accounts.add(Account.builder(EXPIRED).pin("1111").balance(100_00).expiry(YearMonth.of(2026, 10)).build());
        accounts.add(Account.builder(LIMITED).pin("1111").balance(100_00).perTransactionLimit(20_00).build());
        HostBook b = new HostBook(accounts, new Ledger(), clock);
        b.addTerminal(Terminal.builder(TID, MID).build());
        b.addTerminal(Terminal.builder("NOREFUND", MID).permitted(EnumSet.of(TransactionType.PURCHASE)).build());
        return b;
    }

    static HostBook.Request purchase(String stan, String pan, long amount, String pin) {
        return new HostBook.Request(TransactionType.PURCHASE, TID, MID, "000001", stan, pan, amount, "156",
                pin == null ? null : pin.toCharArray(), null, null, null);
    }

    static ResponseCode code(HostBook b, HostBook.Request r) {
        return b.financial(r).code();
    }

    @Test
    void purchase_correctPinAndFunds_approvedAndDebited() {
        HostBook b = book();
        HostBook.Decision d = b.financial(purchase("000001", PAN, 12_34, "123456"));
        assertEquals(ResponseCode.APPROVED, d.code());
        assertEquals(100_00 - 12_34, b.accounts().balance(PAN));
        assertEquals("000000000001", d.entry().rrn());
        assertEquals(6, d.entry().authCode().length());
        assertEquals("622202*********0123", d.entry().maskedPan());
    }

    @Test
    void purchase_eachDeclineCondition_givesItsCode() {
        HostBook b = book();
        assertEquals(ResponseCode.UNKNOWN_CARD, code(b, purchase("000001", "6222020000000000000", 1, null)));
        assertEquals(ResponseCode.DO_NOT_HONOUR, code(b, purchase("000002", BLOCKED, 1, null)));
        assertEquals(ResponseCode.DO_NOT_HONOUR, code(b, purchase("000003", LOST, 1, null)));
        assertEquals(ResponseCode.EXPIRED_CARD, code(b, purchase("000004", EXPIRED, 1, null)));
        assertEquals(ResponseCode.AMOUNT_LIMIT, code(b, purchase("000005", LIMITED, 20_01, null)));
        assertEquals(ResponseCode.APPROVED, code(b, purchase("000006", LIMITED, 20_00, null)));
        assertEquals(ResponseCode.INSUFFICIENT_FUNDS, code(b, purchase("000007", PAN, 100_01, "123456")));
        assertEquals(ResponseCode.DUPLICATE_TRANSMISSION, code(b, purchase("000007", PAN, 1, "123456")));
        HostBook.Request refund = new HostBook.Request(TransactionType.REFUND, "NOREFUND", MID, "000001", "000008",
                PAN, 1, "156", null, null, null, null);
        assertEquals(ResponseCode.NOT_PERMITTED_TO_TERMINAL, code(b, refund));
        assertEquals(100_00, b.accounts().balance(PAN));
    }

    @Test
    void wrongPin_countsPerCard_thenTriesExceeded_correctPinResets() {
        HostBook b = book();
        assertEquals(ResponseCode.WRONG_PIN, code(b, purchase("000001", PAN, 1, "000000")));
        assertEquals(ResponseCode.APPROVED, code(b, purchase("000002", PAN, 1, "123456")));
        assertEquals(0, b.accounts().wrongPinCount(PAN), "correct PIN resets");
        assertEquals(ResponseCode.WRONG_PIN, code(b, purchase("000003", PAN, 1, "000000")));
        assertEquals(ResponseCode.WRONG_PIN, code(b, purchase("000004", PAN, 1, "12345")));
        assertEquals(ResponseCode.PIN_TRIES_EXCEEDED, code(b, purchase("000005", PAN, 1, "000000")));
        assertEquals(ResponseCode.PIN_TRIES_EXCEEDED, code(b, purchase("000006", PAN, 1, "123456")),
                "locked even with the right PIN");
        b.accounts().resetPinTries(PAN);
        assertEquals(ResponseCode.APPROVED, code(b, purchase("000007", PAN, 1, "123456")));
    }

    @Test
    void reversal_creditsOnce_repeatAndUnknownAcknowledged() {
        HostBook b = book();
        b.financial(purchase("000001", PAN, 30_00, null));
        assertEquals(70_00, b.accounts().balance(PAN));
        HostBook.Decision first = b.reversal(TID, MID, "000001", "000001", PAN, 30_00, "156", "98");
        assertEquals(ResponseCode.APPROVED, first.code());
        assertEquals(30_00, first.entry().balanceEffect());
        assertEquals(100_00, b.accounts().balance(PAN));
        HostBook.Decision again = b.reversal(TID, MID, "000001", "000001", PAN, 30_00, "156", "98");
        assertEquals(ResponseCode.APPROVED, again.code());
        assertEquals(0, again.entry().balanceEffect());
        assertEquals(100_00, b.accounts().balance(PAN), "never credits twice");
        HostBook.Decision unknown = b.reversal(TID, MID, "000001", "000099", PAN, 5_00, "156", "06");
        assertEquals(ResponseCode.APPROVED, unknown.code());
        assertEquals("", unknown.entry().originalKey());
        assertEquals(100_00, b.accounts().balance(PAN));
    }

    @Test
    void void_ofApprovedPurchase_creditsBack_secondVoidUnableToLocate() {
        HostBook b = book();
        HostBook.Decision sale = b.financial(purchase("000001", PAN, 10_00, "123456"));
        HostBook.Request v = new HostBook.Request(TransactionType.VOID, TID, MID, "000001", "000002", PAN, 10_00,
                "156", null, "000001", "000001", sale.entry().rrn());
        assertEquals(ResponseCode.APPROVED, code(b, v));
        assertEquals(100_00, b.accounts().balance(PAN));
        assertTrue(b.ledger().isVoided(sale.entry()));
        HostBook.Request v2 = new HostBook.Request(TransactionType.VOID, TID, MID, "000001", "000003", PAN, 10_00,
                "156", null, "000001", "000001", null);
        assertEquals(ResponseCode.UNABLE_TO_LOCATE, code(b, v2));
        // reversing the void re-debits and un-voids the sale
        b.reversal(TID, MID, "000001", "000002", PAN, 10_00, "156", "98");
        assertEquals(90_00, b.accounts().balance(PAN));
        assertFalse(b.ledger().isVoided(sale.entry()));
    }

    @Test
    void refund_creditsUpToOriginal_thenAmountLimit() {
        HostBook b = book();
        b.financial(purchase("000001", PAN, 10_00, null));
        HostBook.Request r1 = new HostBook.Request(TransactionType.REFUND, TID, MID, "000001", "000002", PAN, 6_00,
                "156", null, "000001", "000001", null);
        HostBook.Request r2 = new HostBook.Request(TransactionType.REFUND, TID, MID, "000001", "000003", PAN, 5_00,
                "156", null, "000001", "000001", null);
        assertEquals(ResponseCode.APPROVED, code(b, r1));
        assertEquals(ResponseCode.AMOUNT_LIMIT, code(b, r2));
        assertEquals(96_00, b.accounts().balance(PAN));
    }

    @Test
    void settlement_comparesBatchTotals() {
        HostBook b = book();
        b.financial(purchase("000001", PAN, 10_00, null));
        b.financial(purchase("000002", PAN, 5_00, null));
        b.financial(purchase("000003", PAN, 1_00, null));
        b.reversal(TID, MID, "000001", "000003", PAN, 1_00, "156", "98");
        Ledger.BatchTotals totals = b.ledger().totals(TID, "000001");
        assertEquals(new Ledger.BatchTotals(2, 15_00, 0, 0), totals);
        assertTrue(b.settlement(TID, MID, "000001", "000010", totals).entry().note().startsWith("agree"));
        assertTrue(b.settlement(TID, MID, "000001", "000011", new Ledger.BatchTotals(3, 16_00, 0, 0))
                .entry().note().startsWith("disagree"));
        assertEquals(ResponseCode.DUPLICATE_TRANSMISSION, b.settlement(TID, MID, "000001", "000011", totals).code());
    }

    @Test
    void ledgerFile_reloaded_restoresBalancesReversalsAndStans(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        HostBook b = book();
        b.ledger().attach(file);
        b.financial(purchase("000001", PAN, 10_00, null));
        b.financial(purchase("000002", PAN, 20_00, null));
        b.reversal(TID, MID, "000001", "000002", PAN, 20_00, "156", "98");
        b.ledger().closeSink();
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size());
        assertFalse(String.join("\n", lines).contains(PAN), "no full PAN in the file");

        HostBook reloaded = book();
        reloaded.replay(LedgerFile.read(file));
        assertEquals(b.ledger().entries(), reloaded.ledger().entries());
        assertEquals(90_00, reloaded.accounts().balance(PAN));
        assertEquals(0, reloaded.reversal(TID, MID, "000001", "000002", PAN, 20_00, "156", "98").entry().balanceEffect(),
                "a reversal repeated after restart does not credit again");
        assertEquals("000000000003", reloaded.financial(purchase("000003", PAN, 1, null)).entry().rrn(),
                "RRNs continue after the file's");
        assertEquals(ResponseCode.DUPLICATE_TRANSMISSION, code(reloaded, purchase("000001", PAN, 1, null)));
    }
}
