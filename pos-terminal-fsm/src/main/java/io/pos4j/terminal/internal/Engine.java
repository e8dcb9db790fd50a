package io.pos4j.terminal.internal;

import io.pos4j.pin.Pin;
import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.Diagnosis;
import io.pos4j.terminal.LockoutState;
import io.pos4j.terminal.RecoveryResult;
import io.pos4j.terminal.SessionState;
import io.pos4j.terminal.SettlementResult;
import io.pos4j.terminal.SignInResult;
import io.pos4j.terminal.TerminalEvent;
import io.pos4j.terminal.TransactionResult;
import io.pos4j.terminal.TransactionType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The terminal's implementation behind {@code io.pos4j.terminal.Terminal}. Not thread-safe. */
public final class Engine implements AutoCloseable {

    private final Core c;
    private final SessionFlows session;
    private final ReversalFlows reversals;
    private final TransactionFlows transactions;
    private final SettlementFlow settlement;
    private RecoveryResult recovery;

    /** @param s the settings; the journal is replayed here */
    public Engine(Settings s) {
        this.c = new Core(s);
        this.session = new SessionFlows(c);
        this.reversals = new ReversalFlows(c, session);
        this.transactions = new TransactionFlows(c, session, reversals);
        this.settlement = new SettlementFlow(c, session, reversals);
    }

    /** @return the recovery result; runs recovery the first time */
    public RecoveryResult recover() {
        if (recovery == null) {
            int unknown = c.book.resolveUnknown();
            int before = c.book.pendingReversals().size();
            if (unknown > 0 || before > 0) {
                c.emit(new TerminalEvent.Note("recovery: " + before + " reversal(s) pending in the journal"));
            }
            int sent = before == 0 || c.terminalLocked() ? 0 : reversals.flush();
            recovery = new RecoveryResult(c.s.journal().recoveryReport(), unknown, sent,
                    c.book.pendingReversals().size());
        }
        return recovery;
    }

    /** @return sign-in result */
    public SignInResult signIn() {
        recover();
        return session.signIn();
    }

    /** @return empty when the host answered the echo */
    public Optional<Diagnosis> echo() {
        recover();
        return session.echo();
    }

    /** @return empty when signed off cleanly */
    public Optional<Diagnosis> signOff() {
        recover();
        return session.signOff();
    }

    /**
     * @param type   the type
     * @param card   the card
     * @param amount minor units
     * @param pin    the PIN or null
     * @param extra  extra fields (DE 37, 61 for void/refund)
     * @param originalId the original's batch-stan or null
     * @return the result
     */
    public TransactionResult transact(TransactionType type, CardInput card, long amount, Pin pin,
                                      Map<Integer, String> extra, String originalId) {
        recover();
        TxnEntry original = originalId == null ? null : c.book.find(originalId);
        return transactions.run(new TransactionFlows.Request(type, Objects.requireNonNull(card, "card"), amount, pin,
                extra, original));
    }

    /**
     * Voids an approved purchase of the journal (DE 37 original RRN, DE 61 original batch and STAN).
     *
     * @param original the purchase's result
     * @return the void's result
     */
    public TransactionResult voidPurchase(io.pos4j.terminal.TransactionResult original) {
        String id = original.batch() + "-" + original.stan();
        CardInput card = storedCard(id)
                .orElseThrow(() -> new IllegalArgumentException("original " + id + " is not in the journal"));
        Map<Integer, String> extra = Map.of(37, original.rrn().orElse("000000000000"),
                61, String.format("%06d%06d", original.batch() % 1_000_000, original.stan()));
        return transact(TransactionType.VOID, card, original.amount(), null, extra, id);
    }

    /**
     * @param id batch-stan of an earlier transaction
     * @return the stored card as key-entered input (for a void), or empty
     */
    public Optional<CardInput> storedCard(String id) {
        TxnEntry t = c.book.find(id);
        if (t == null || t.request.get("pan") == null) {
            return Optional.empty();
        }
        return Optional.of(CardInput.manual(t.request.get("pan"), t.request.get("expiry")));
    }

    /** @return settlement result */
    public SettlementResult settle() {
        recover();
        return settlement.settle();
    }

    /** @return records dropped by compacting the journal */
    public int compactJournal() {
        recover();
        return c.book.compact();
    }

    /** @return reversals acknowledged */
    public int sendPendingReversals() {
        recover();
        return reversals.flush();
    }

    /** @return pending reversals in the journal */
    public int pendingReversals() {
        return c.book.pendingReversals().size();
    }

    /** @param operator who */
    public void unlock(String operator) {
        session.unlock(operator);
    }

    /** @return session state */
    public SessionState sessionState() {
        return c.session.state();
    }

    /** @return lockout state */
    public LockoutState lockoutState() {
        return c.book.lockout();
    }

    /** @return current batch */
    public long batch() {
        return c.book.batch();
    }

    /** @return the lockout salt (for computing card keys) */
    public byte[] salt() {
        return c.book.salt();
    }

    @Override
    public void close() {
        c.acq.close();
        c.s.link().close();
    }
}
