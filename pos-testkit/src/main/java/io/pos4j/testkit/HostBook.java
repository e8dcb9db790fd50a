package io.pos4j.testkit;

import io.pos4j.testkit.internal.Digits;
import io.pos4j.testkit.internal.Pans;
import java.time.Instant;
import java.time.InstantSource;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The acquirer/issuer decisions, independent of any wire format: given the facts of a request
 * (already MAC-checked, PIN already decrypted), decide the response code, move the balance and
 * record the ledger entry, atomically. Lock order: accounts, then ledger.
 */
final class HostBook {
    private final Accounts accounts;
    private final Ledger ledger;
    private final InstantSource clock;
    private final Map<String, Terminal> terminals = new ConcurrentHashMap<>();
    private long rrnCounter;

    HostBook(Accounts accounts, Ledger ledger, InstantSource clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.clock = clock;
    }

    Accounts accounts() {
        return accounts;
    }

    Ledger ledger() {
        return ledger;
    }

    void addTerminal(Terminal t) {
        terminals.put(t.terminalId(), t);
    }

    Terminal terminal(String tid) {
        return tid == null ? null : terminals.get(tid);
    }

    /** The facts of a financial request. {@code pin} is wiped by the book. */
    record Request(TransactionType type, String terminalId, String merchantId, String batch, String stan,
            String pan, long amount, String currency, char[] pin, String originalBatch, String originalStan,
            String originalRrn) {
        Request {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(terminalId, "terminalId");
            Objects.requireNonNull(merchantId, "merchantId");
            Objects.requireNonNull(batch, "batch");
            Objects.requireNonNull(stan, "stan");
            currency = currency == null ? "" : currency;
        }

        String key() {
            return LedgerEntry.key(terminalId, batch, stan);
        }

        @Override
        public String toString() {
            return type + " " + key() + " " + Pans.mask(pan) + " amount=" + amount;
        }
    }

    /** What the host answered. */
    record Decision(ResponseCode code, LedgerEntry entry, long balance) {
    }

    Decision financial(Request r) {
        try {
            synchronized (accounts) {
                return decide(r);
            }
        } finally {
            if (r.pin() != null) {
                Arrays.fill(r.pin(), '\0');
            }
        }
    }

    private Decision decide(Request r) {
        if (ledger.seen(r.key())) {
            return record(r, ResponseCode.DUPLICATE_TRANSMISSION, 0, "", "duplicate", -1);
        }
        Terminal t = terminals.get(r.terminalId());
        if (t != null && !t.permitted().contains(r.type())) {
            return record(r, ResponseCode.NOT_PERMITTED_TO_TERMINAL, 0, "", "", -1);
        }
        Accounts.State card = accounts.find(r.pan());
        if (card == null) {
            return record(r, ResponseCode.UNKNOWN_CARD, 0, "", "", -1);
        }
        if (card.status != AccountStatus.ACTIVE) {
            return record(r, ResponseCode.DO_NOT_HONOUR, 0, "", card.status.name().toLowerCase(), -1);
        }
        Instant now = clock.instant();
        if (YearMonth.from(now.atOffset(ZoneOffset.UTC)).isAfter(card.account.expiry())) {
            return record(r, ResponseCode.EXPIRED_CARD, 0, "", "", -1);
        }
        if (r.pin() != null) {
            if (card.wrongPins >= accounts.maxPinTries()) {
                return record(r, ResponseCode.PIN_TRIES_EXCEEDED, 0, "", "", -1);
            }
            if (!card.account.pinMatches(java.nio.CharBuffer.wrap(r.pin()))) {
                card.wrongPins++;
                ResponseCode rc = card.wrongPins >= accounts.maxPinTries()
                        ? ResponseCode.PIN_TRIES_EXCEEDED : ResponseCode.WRONG_PIN;
                return record(r, rc, 0, "", "", -1);
            }
            card.wrongPins = 0;
        }
        return switch (r.type()) {
            case PURCHASE -> purchase(r, card);
            case BALANCE_INQUIRY -> record(r, ResponseCode.APPROVED, 0, "", "", card.balance);
            case VOID -> voidPurchase(r, card);
            case REFUND -> refund(r, card);
            default -> throw new IllegalArgumentException("not a financial request: " + r.type());
        };
    }

    private Decision purchase(Request r, Accounts.State card) {
        if (r.amount() <= 0) {
            return record(r, ResponseCode.SYSTEM_ERROR, 0, "", "no amount", -1);
        }
        if (r.amount() > card.account.perTransactionLimit()) {
            return record(r, ResponseCode.AMOUNT_LIMIT, 0, "", "", -1);
        }
        if (r.amount() > card.balance) {
            return record(r, ResponseCode.INSUFFICIENT_FUNDS, 0, "", "", -1);
        }
        card.balance -= r.amount();
        return record(r, ResponseCode.APPROVED, -r.amount(), "", "", card.balance);
    }

    private LedgerEntry original(Request r) {
        if (r.originalBatch() != null && r.originalStan() != null) {
            return ledger.find(r.terminalId(), r.originalBatch(), r.originalStan()).orElse(null);
        }
        if (r.originalRrn() != null) {
            return ledger.findByRrn(r.originalRrn()).orElse(null);
        }
        return null;
    }

    private Decision voidPurchase(Request r, Accounts.State card) {
        LedgerEntry o = original(r);
        if (o == null || o.type() != TransactionType.PURCHASE || !o.approved() || ledger.isReversed(o)
                || ledger.isVoided(o) || !o.maskedPan().equals(card.account.maskedPan())) {
            return record(r, ResponseCode.UNABLE_TO_LOCATE, 0, o == null ? "" : o.key(), "", -1);
        }
        card.balance += o.amount();
        return recordAmount(r, o.amount(), ResponseCode.APPROVED, o.amount(), o.key(), "", card.balance);
    }

    private Decision refund(Request r, Accounts.State card) {
        if (r.amount() <= 0) {
            return record(r, ResponseCode.SYSTEM_ERROR, 0, "", "no amount", -1);
        }
        LedgerEntry o = original(r);
        String originalKey = "";
        if (o != null && o.type() == TransactionType.PURCHASE && o.approved() && !ledger.isReversed(o)) {
            originalKey = o.key();
            if (ledger.refundedAmount(originalKey) + r.amount() > o.amount()) {
                return record(r, ResponseCode.AMOUNT_LIMIT, 0, originalKey, "refunds exceed original", -1);
            }
        }
        card.balance += r.amount();
        return record(r, ResponseCode.APPROVED, r.amount(), originalKey, "", card.balance);
    }

    /**
     * A reversal (0400/0420): undoes the original's balance effect exactly once. Unknown originals
     * and repeats are acknowledged with {@code 00} and change nothing.
     */
    Decision reversal(String terminalId, String merchantId, String batch, String stan, String pan, long amount,
            String currency, String reason) {
        synchronized (accounts) {
            LedgerEntry o = ledger.find(terminalId, batch, stan).orElse(null);
            Request r = new Request(TransactionType.REVERSAL, terminalId, merchantId, batch, stan, pan, amount,
                    currency, null, null, null, null);
            String why = reason == null || reason.isEmpty() ? "" : "reason " + reason;
            if (o == null) {
                return record(r, ResponseCode.APPROVED, 0, "", join("unknown original", why), -1);
            }
            if (ledger.isReversed(o)) {
                return record(r, ResponseCode.APPROVED, 0, o.key(), join("repeat", why), -1);
            }
            long effect = -o.balanceEffect();
            Accounts.State card = accounts.findMasked(o.maskedPan());
            if (card != null && effect != 0) {
                card.balance += effect;
            }
            return recordAmount(r, o.amount(), ResponseCode.APPROVED, effect, o.key(), join("reversed", why),
                    card == null ? -1 : card.balance);
        }
    }

    /** A settlement (0500): compares the terminal's totals with the ledger's. */
    Decision settlement(String terminalId, String merchantId, String batch, String stan, Ledger.BatchTotals claimed) {
        synchronized (accounts) {
            Request r = new Request(TransactionType.SETTLEMENT, terminalId, merchantId, batch, stan, null, 0, "",
                    null, null, null, null);
            if (ledger.seen(r.key())) {
                return record(r, ResponseCode.DUPLICATE_TRANSMISSION, 0, "", "duplicate", -1);
            }
            Ledger.BatchTotals actual = ledger.totals(terminalId, batch);
            boolean agree = actual.equals(claimed);
            String note = (agree ? "agree" : "disagree") + " debits " + actual.debitCount() + "/" + actual.debitAmount()
                    + " credits " + actual.creditCount() + "/" + actual.creditAmount();
            return record(r, ResponseCode.APPROVED, 0, "", note, agree ? 1 : 0);
        }
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + ", " + b;
    }

    private Decision record(Request r, ResponseCode rc, long effect, String originalKey, String note, long balance) {
        return recordAmount(r, r.amount(), rc, effect, originalKey, note, balance);
    }

    private Decision recordAmount(Request r, long amount, ResponseCode rc, long effect, String originalKey, String note,
            long balance) {
        long seq = ledger.nextSequence();
        String rrn = r.type() == TransactionType.REVERSAL ? "" : Digits.pad(++rrnCounter, 12);
        String auth = rc.approved() && r.type() != TransactionType.REVERSAL && r.type() != TransactionType.SETTLEMENT
                ? Digits.pad(seq % 1_000_000, 6) : "";
        LedgerEntry e = new LedgerEntry(seq, clock.instant(), r.type(), r.terminalId(), r.merchantId(), r.batch(),
                r.stan(), r.pan() == null ? "" : Pans.mask(r.pan()), amount, r.currency(), rc, rrn, auth, effect,
                originalKey, note);
        ledger.append(e);
        return new Decision(rc, e, balance);
    }

    /** Rebuilds balances and indexes from a ledger file's entries. */
    void replay(Iterable<LedgerEntry> entries) {
        synchronized (accounts) {
            for (LedgerEntry e : entries) {
                ledger.replay(e);
                if (e.balanceEffect() != 0) {
                    Accounts.State card = accounts.findMasked(e.maskedPan());
                    if (card != null) {
                        card.balance += e.balanceEffect();
                    }
                }
                if (!e.rrn().isEmpty()) {
                    try {
                        rrnCounter = Math.max(rrnCounter, Long.parseLong(e.rrn()));
                    } catch (NumberFormatException ignored) {
                        // a foreign RRN: keep counting from ours
                    }
                }
            }
        }
    }
}
