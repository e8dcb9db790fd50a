package io.pos4j.terminal.internal;

import io.pos4j.pin.Pin;
import io.pos4j.terminal.Action;
import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.CardKey;
import io.pos4j.terminal.Diagnosis;
import io.pos4j.terminal.ExchangeOutcome;
import io.pos4j.terminal.LocalCause;
import io.pos4j.terminal.LockoutEvent;
import io.pos4j.terminal.MessageTemplate;
import io.pos4j.terminal.ResponseCodeRule;
import io.pos4j.terminal.RetryDecision;
import io.pos4j.terminal.SessionEvent;
import io.pos4j.terminal.StateMachine;
import io.pos4j.terminal.TransactionEvent;
import io.pos4j.terminal.TransactionResult;
import io.pos4j.terminal.TransactionState;
import io.pos4j.terminal.TransactionStep;
import io.pos4j.terminal.TransactionType;
import io.pos4j.terminal.spi.JournalException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Purchase, balance, void and refund: one request per attempt, journaled before it is sent. */
final class TransactionFlows {

    private final Core c;
    private final SessionFlows session;
    private final ReversalFlows reversals;

    TransactionFlows(Core c, SessionFlows session, ReversalFlows reversals) {
        this.c = c;
        this.session = session;
        this.reversals = reversals;
    }

    /** What a transaction needs besides the card. */
    record Request(TransactionType type, CardInput card, long amount, Pin pin, Map<Integer, String> extra,
                   TxnEntry original) {
    }

    private final class Run {
        final Request q;
        final MessageTemplate t;
        StateMachine<TransactionState, TransactionEvent> m;
        int stan;
        Diagnosis diagnosis;
        String rc;
        String rrn;
        String auth;
        Long balance;
        final java.util.List<String> stepsDone = new java.util.ArrayList<>();

        Run(Request q) {
            this.q = q;
            this.t = c.acq.template(q.type());
        }

        TransactionResult result() {
            return new TransactionResult(q.type(), c.book.batch(), stan, q.amount(), q.card().maskedPan(), m.state(),
                    Optional.ofNullable(rc), Optional.ofNullable(rrn), Optional.ofNullable(auth),
                    Optional.ofNullable(balance), Optional.ofNullable(diagnosis));
        }

        TransactionResult abort(LocalCause cause) {
            diagnosis = Diagnosis.ofCause(cause).withAction(Action.ABORTED);
            c.diagnosed(diagnosis);
            m.fire(new TransactionEvent.Aborted(cause));
            return result();
        }
    }

    TransactionResult run(Request q) {
        Run r = new Run(q);
        r.m = c.newTransaction();
        if (c.terminalLocked()) {
            return r.abort(LocalCause.TERMINAL_LOCKED);
        }
        r.m.fire(new TransactionEvent.CardAccepted());
        CardKey card = CardKey.of(q.card().pan(), c.book.salt());
        if (c.s.lockout().cardLocked(c.book.lockout(), card, c.s.clock().instant())) {
            return r.abort(LocalCause.CARD_LOCKED);
        }
        reversals.flush();
        Diagnosis notReady = session.ensureSignedIn();
        if (notReady != null) {
            r.abort(notReady.localCause().orElse(LocalCause.KEYS_MISSING));
            r.diagnosis = notReady.withAction(Action.ABORTED);
            return r.result();
        }
        if (q.pin() != null) {
            r.m.fire(new TransactionEvent.PinEntered());
        }
        TransactionStep.TransactionView view = new TransactionStep.TransactionView(q.type(), q.amount(),
                q.card().maskedPan());
        Map<String, String> notes = new LinkedHashMap<>();
        for (TransactionStep step : c.s.steps()) {
            r.m.fire(new TransactionEvent.EnterStep(step.name()));
            r.stepsDone.add(step.name());
            TransactionStep.StepResult sr = step.run(view);
            if (sr instanceof TransactionStep.StepResult.Decline d) {
                r.diagnosis = d.diagnosis();
                c.diagnosed(d.diagnosis());
                r.m.fire(new TransactionEvent.StepDeclined(d.diagnosis().code()));
                return r.result();
            }
            notes.putAll(((TransactionStep.StepResult.Continue) sr).notes());
        }
        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) {
                r.m = c.newTransaction();
                replayPreSend(r, q);
            }
            Attempt a = attempt(r, notes, card, attempt);
            if (a == Attempt.DONE) {
                return r.result();
            }
        }
    }

    private void replayPreSend(Run r, Request q) {
        r.m.fire(new TransactionEvent.CardAccepted());
        if (q.pin() != null) {
            r.m.fire(new TransactionEvent.PinEntered());
        }
        for (String s : r.stepsDone) {
            r.m.fire(new TransactionEvent.EnterStep(s));
        }
    }

    private enum Attempt { DONE, AGAIN }

    private Attempt attempt(Run r, Map<String, String> notes, CardKey card, int attempt) {
        Request q = r.q;
        r.stan = c.book.nextStan();
        Map<Integer, Object> fields = new TreeMap<>();
        MessageKeys keys;
        try {
            keys = c.keysFor(fields);
        } catch (KeysUnavailableException e) {
            r.abort(e.localCause());
            return Attempt.DONE;
        }
        Exchanger.Result res;
        TxnEntry entry;
        try {
            WireMessage req = build(r, q, fields, keys);
            try {
                Map<String, String> journal = journalFields(req, r.t);
                journal.putAll(notes);
                entry = c.book.journalTransaction(q.type(), r.stan, q.amount(), journal);
            } catch (JournalException e) {
                r.abort(LocalCause.JOURNAL_FAILURE);
                return Attempt.DONE;
            }
            r.m.fire(new TransactionEvent.JournalWritten());
            res = c.exchanger.exchange(req, keys);
        } finally {
            keys.release();
        }
        if (res instanceof Exchanger.Result.NotSent ns) {
            c.book.declined(entry, ns.cause().id());
            RetryDecision d = c.s.retry().decide(q.type().kind(), attempt, new ExchangeOutcome.NotSent(ns.cause()),
                    c.s.responseCodes());
            if (d instanceof RetryDecision.RetryAfter ra && attempt < Core.HARD_MAX_ATTEMPTS) {
                c.diagnosed(Diagnosis.ofCause(ns.cause()).withAction(Action.RETRIED));
                c.sleep(ra.delay());
                r.m.fire(new TransactionEvent.Aborted(ns.cause()));
                return Attempt.AGAIN;
            }
            r.abort(ns.cause());
            return Attempt.DONE;
        }
        r.m.fire(new TransactionEvent.RequestSent());
        if (res instanceof Exchanger.Result.NoResponse nr) {
            ExchangeOutcome o = new ExchangeOutcome.TimedOut();
            RetryDecision d = c.s.retry().decide(q.type().kind(), attempt, o, c.s.responseCodes());
            LocalCause cause = nr.malformed() ? LocalCause.MALFORMED_RESPONSE : LocalCause.TIMEOUT;
            if (r.t.reversalMti().isEmpty() && !nr.malformed()) {
                cause = LocalCause.NO_RESPONSE;
            }
            if (!r.t.reversalMti().isEmpty()) {
                // money may have moved: reversed whatever a (custom) policy says; it only picks the reason
                String reason = nr.malformed() ? "06" : d instanceof RetryDecision.Reverse rev ? rev.reasonCode() : "98";
                return reverse(r, entry, reason, Diagnosis.ofCause(cause).withAction(Action.REVERSED));
            }
            c.book.declined(entry, cause.id());
            r.m.fire(new TransactionEvent.Abandoned(cause.id()));
            if (d instanceof RetryDecision.RetryAfter ra && attempt < Core.HARD_MAX_ATTEMPTS) {
                c.diagnosed(Diagnosis.ofCause(cause).withAction(Action.RETRIED));
                c.sleep(ra.delay());
                return Attempt.AGAIN;
            }
            r.diagnosis = Diagnosis.ofCause(cause).withAction(Action.RETRY_LATER);
            c.diagnosed(r.diagnosis);
            return Attempt.DONE;
        }
        Exchanger.Result.Response resp = (Exchanger.Result.Response) res;
        WireMessage m = resp.message();
        String rc = String.valueOf(m.text(39));
        ResponseCodeRule rule = c.s.responseCodes().ruleOrDefault(rc.length() == 2 ? rc : "96");
        // hosts answer A0 / 97 without DE 64 (they cannot MAC without the terminal's keys): a decline
        // that asks for a new sign-in is safe to believe unverified; anything else without a good MAC is not
        boolean unverifiableDecline = !m.has(64) && rule.action() == Action.SIGN_IN_AGAIN;
        if (!resp.macValid() && !unverifiableDecline) {
            c.lockoutEvent(new LockoutEvent.MacFailed());
            Diagnosis d = Diagnosis.ofCause(LocalCause.RESPONSE_MAC_WRONG).withAction(Action.REVERSED);
            if (!c.terminalLocked()) {
                c.session.fire(new SessionEvent.KeysInvalidated(d));
            }
            c.dropKeys();
            return reverse(r, entry, "A0", d);
        }
        if (!unverifiableDecline) {
            c.lockoutEvent(new LockoutEvent.MacVerified());
        }
        r.rc = rc;
        if (rule.approved()) {
            r.rrn = m.text(37);
            r.auth = m.text(38);
            if (m.has(54)) {
                r.balance = parseBalance(m.text(54));
            }
            c.book.completed(entry, rc, r.rrn == null ? "" : r.rrn, r.auth == null ? "" : r.auth);
            if (q.original() != null && q.type() == TransactionType.VOID) {
                c.book.voided(q.original());
            }
            if (q.pin() != null) {
                c.lockoutEvent(new LockoutEvent.PinAccepted(card));
            }
            r.m.fire(new TransactionEvent.Approved());
            r.m.fire(new TransactionEvent.Confirmed());
            return Attempt.DONE;
        }
        c.book.declined(entry, rc);
        r.m.fire(new TransactionEvent.HostDeclined(rc));
        Diagnosis d = Diagnosis.ofResponse(c.s.responseCodes(), rule.code());
        if (q.pin() != null) {
            if (rc.equals("55")) {
                c.lockoutEvent(new LockoutEvent.WrongPin(card));
                if (c.s.lockout().cardLocked(c.book.lockout(), card, c.s.clock().instant())) {
                    d = d.withAction(Action.CARD_LOCKED);
                }
            } else if (rc.equals("75")) {
                c.lockoutEvent(new LockoutEvent.PinTriesExceeded(card));
            } else if (!rc.equals("99") && !rc.equals("A0")) {
                c.lockoutEvent(new LockoutEvent.PinAccepted(card));
            }
        }
        RetryDecision dec = c.s.retry().decide(q.type().kind(), attempt, new ExchangeOutcome.Responded(rc, true),
                c.s.responseCodes());
        if (dec instanceof RetryDecision.SignInThenRetry && attempt < Core.HARD_MAX_ATTEMPTS) {
            c.diagnosed(d.withAction(Action.SIGN_IN_AGAIN));
            c.dropKeys();
            if (c.session.allows(new SessionEvent.KeysInvalidated(d))) {
                c.session.fire(new SessionEvent.KeysInvalidated(d));
            }
            if (session.ensureSignedIn() == null) {
                return Attempt.AGAIN;
            }
        }
        r.diagnosis = d;
        c.diagnosed(d);
        return Attempt.DONE;
    }

    private Attempt reverse(Run r, TxnEntry entry, String reason, Diagnosis d) {
        c.book.reversalPending(entry, reason);
        if (reason.equals("98")) {
            r.m.fire(new TransactionEvent.TimedOut());
        } else {
            r.m.fire(new TransactionEvent.ResponseRejected(reason));
        }
        r.diagnosis = d;
        c.diagnosed(d);
        if (reversals.send(c.book.find(entry.id))) {
            r.m.fire(new TransactionEvent.ReversalAcknowledged());
        }
        return Attempt.DONE;
    }

    private static Long parseBalance(String de54) {
        // 1002156C000000012345: account type 2, amount type 2, currency 3, sign 1, amount 12
        if (de54 == null || de54.length() < 20) {
            return null;
        }
        String amt = de54.substring(8, 20);
        if (!amt.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long v = Long.parseLong(amt);
        return de54.charAt(7) == 'D' ? -v : v;
    }

    private WireMessage build(Run r, Request q, Map<Integer, Object> f, MessageKeys keys) {
        CardInput card = q.card();
        f.put(2, card.pan());
        f.put(3, r.t.processingCode());
        if (q.type() != TransactionType.BALANCE) {
            f.put(4, String.format("%012d", q.amount()));
        }
        f.put(11, String.format("%06d", r.stan));
        f.put(14, card.expiry());
        f.put(22, card.entryMode().posEntryMode(q.pin() != null));
        card.sequenceNumber().ifPresent(s -> f.put(23, s));
        f.put(25, r.t.posCondition());
        if (q.pin() != null) {
            f.put(26, "12");
        }
        card.track2().ifPresent(t2 -> f.put(35, t2));
        f.put(41, c.s.terminalId());
        f.put(42, c.s.merchantId());
        f.put(49, c.s.currency());
        if (q.pin() != null) {
            keys.putPin(f, q.pin(), card.pan());
        }
        card.iccData().ifPresent(icc -> f.put(55, icc));
        f.put(60, c.acq.de60(r.t, c.batch6()));
        q.extra().forEach(f::put);
        f.put(64, new byte[8]);
        return new WireMessage(r.t.mti(), f);
    }

    /** The fields a reversal or batch upload needs; no PIN block, no track data. */
    private static Map<String, String> journalFields(WireMessage req, MessageTemplate t) {
        Map<String, String> j = new LinkedHashMap<>();
        j.put("mti", req.mti());
        j.put("reversalMti", t.reversalMti());
        j.put("pan", req.text(2));
        j.put("de3", req.text(3));
        if (req.has(4)) {
            j.put("de4", req.text(4));
        }
        j.put("expiry", req.text(14));
        j.put("de22", req.text(22));
        if (req.has(23)) {
            j.put("de23", req.text(23));
        }
        j.put("de25", req.text(25));
        if (req.has(55)) {
            j.put("de55", HexFormat.of().withUpperCase().formatHex(req.bytes(55)));
        }
        j.put("de60", req.text(60));
        if (req.has(37)) {
            j.put("origRrn", req.text(37));
        }
        if (req.has(61)) {
            j.put("de61", req.text(61));
        }
        if (req.has(62) && req.fields().get(62) instanceof String ksn) {
            j.put("ksn", ksn); // DUKPT: journaled before it is sent, so a restart never reuses the counter
        }
        return j;
    }
}
