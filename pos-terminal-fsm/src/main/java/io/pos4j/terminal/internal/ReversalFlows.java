package io.pos4j.terminal.internal;

import io.pos4j.terminal.Action;
import io.pos4j.terminal.Diagnosis;
import io.pos4j.terminal.ExchangeOutcome;
import io.pos4j.terminal.LocalCause;
import io.pos4j.terminal.LockoutEvent;
import io.pos4j.terminal.MessageKind;
import io.pos4j.terminal.RetryDecision;
import io.pos4j.terminal.TerminalEvent;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Store-and-forward of reversals: built from the journaled original, retried until acknowledged. */
final class ReversalFlows {

    private final Core c;
    private final SessionFlows session;

    ReversalFlows(Core c, SessionFlows session) {
        this.c = c;
        this.session = session;
    }

    /**
     * The 0400 for a journaled original: its DE 2, 3, 4, 11, 14, 22, 23, 25, 41, 42, 49, 55, 60
     * (plus, for DUKPT, a fresh KSN in DE 62 that {@code f} already holds).
     */
    WireMessage reversalOf(TxnEntry t, Map<Integer, Object> f) {
        Map<String, String> q = t.request;
        f.put(2, q.get("pan"));
        f.put(3, q.get("de3"));
        if (q.containsKey("de4")) {
            f.put(4, q.get("de4"));
        }
        f.put(11, String.format("%06d", t.stan));
        putIf(f, 14, q.get("expiry"));
        f.put(22, q.get("de22"));
        putIf(f, 23, q.get("de23"));
        f.put(25, q.get("de25"));
        f.put(39, t.reversalReason.isEmpty() ? "06" : t.reversalReason);
        f.put(41, c.s.terminalId());
        f.put(42, c.s.merchantId());
        f.put(49, c.s.currency());
        if (q.containsKey("de55")) {
            f.put(55, HexFormat.of().parseHex(q.get("de55")));
        }
        f.put(60, q.get("de60"));
        f.put(64, new byte[8]);
        return new WireMessage(q.getOrDefault("reversalMti", "0400"), f);
    }

    private static void putIf(Map<Integer, Object> f, int n, String v) {
        if (v != null) {
            f.put(n, v);
        }
    }

    /**
     * Sends one pending reversal, retrying per the policy.
     *
     * @return whether the host acknowledged it
     */
    boolean send(TxnEntry t) {
        if (c.s.clock().instant().isAfter(t.time.plus(c.s.reversalExpiry()))) {
            c.book.reversalExpired(t);
            c.diagnosed(Diagnosis.ofCause(LocalCause.TIMEOUT).withAction(Action.RETRY_LATER));
            c.emit(new TerminalEvent.Note("reversal of " + t.id + " expired: reconcile manually"));
            return false;
        }
        if (session.ensureSignedIn() != null) {
            return false;
        }
        for (int attempt = 1; ; attempt++) {
            Map<Integer, Object> f = new TreeMap<>();
            MessageKeys keys;
            try {
                keys = c.keysFor(f); // DUKPT: every attempt has its own counter
            } catch (KeysUnavailableException e) {
                Diagnosis d = Diagnosis.ofCause(e.localCause());
                c.diagnosed(d);
                c.emit(new TerminalEvent.Note("reversal of " + t.id + " pending: " + e.localCause().id()));
                return false;
            }
            Exchanger.Result r;
            try {
                WireMessage rev = reversalOf(t, f);
                c.book.reversalAttempt(t, t.reversalAttempts + 1, keys.ksn().orElse(null));
                r = c.exchanger.exchange(rev, keys);
            } finally {
                keys.release();
            }
            ExchangeOutcome o;
            if (r instanceof Exchanger.Result.Response resp) {
                if (resp.macValid()) {
                    // no MacVerified here: only transaction responses reset the consecutive count, so
                    // alternating bad approvals and good reversal acks still lock the terminal
                    c.book.reversalAcked(t);
                    return true;
                }
                c.lockoutEvent(new LockoutEvent.MacFailed());
                o = new ExchangeOutcome.Responded(String.valueOf(resp.message().text(39)), false);
            } else if (r instanceof Exchanger.Result.NotSent ns) {
                o = new ExchangeOutcome.NotSent(ns.cause());
            } else {
                o = new ExchangeOutcome.TimedOut();
            }
            RetryDecision d = c.s.retry().decide(MessageKind.REVERSAL, attempt, o, c.s.responseCodes());
            if (d instanceof RetryDecision.RetryAfter ra && attempt < Core.HARD_MAX_ATTEMPTS) {
                c.sleep(ra.delay());
                continue;
            }
            c.emit(new TerminalEvent.Note("reversal of " + t.id + " still pending after " + attempt
                    + " attempt(s)"));
            return false;
        }
    }

    /** @return how many pending reversals were acknowledged; stops at the first that is not */
    int flush() {
        int n = 0;
        for (TxnEntry t : c.book.pendingReversals()) {
            if (!send(t)) {
                break;
            }
            n++;
        }
        return n;
    }
}
