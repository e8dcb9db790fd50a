package io.pos4j.terminal.internal;

import io.pos4j.terminal.Action;
import io.pos4j.terminal.Diagnosis;
import io.pos4j.terminal.ExchangeOutcome;
import io.pos4j.terminal.LocalCause;
import io.pos4j.terminal.LockoutEvent;
import io.pos4j.terminal.MessageKind;
import io.pos4j.terminal.RetryDecision;
import io.pos4j.terminal.SessionEvent;
import io.pos4j.terminal.SessionState;
import io.pos4j.terminal.SignInResult;
import java.util.Optional;
import java.util.TreeMap;

/** Sign-in with key exchange, echo, sign-off and operator unlock. */
final class SessionFlows {

    private final Core c;

    SessionFlows(Core c) {
        this.c = c;
    }

    /** An admin exchange with retries per the policy; returns the verified response or a diagnosis. */
    record Admin(WireMessage response, Diagnosis diagnosis) {
    }

    Admin adminExchange(MessageKind kind, java.util.function.IntFunction<WireMessage> build, boolean mac) {
        for (int attempt = 1; ; attempt++) {
            WireMessage req = build.apply(c.book.nextStan());
            MessageKeys keys = null;
            if (mac) {
                try {
                    java.util.Map<Integer, Object> f = new TreeMap<>(req.fields());
                    keys = c.keysFor(f);
                    req = new WireMessage(req.mti(), f);
                    keys.ksn().ifPresent(c.book::ksnUsed);
                } catch (KeysUnavailableException e) {
                    if (keys != null) {
                        keys.release();
                    }
                    return new Admin(null, Diagnosis.ofCause(e.localCause()));
                } catch (io.pos4j.terminal.spi.JournalException e) {
                    keys.release();
                    return new Admin(null, Diagnosis.ofCause(LocalCause.JOURNAL_FAILURE));
                }
            }
            Exchanger.Result r;
            try {
                r = c.exchanger.exchange(req, keys);
            } finally {
                if (keys != null) {
                    keys.release();
                }
            }
            ExchangeOutcome o;
            if (r instanceof Exchanger.Result.Response resp) {
                o = new ExchangeOutcome.Responded(String.valueOf(resp.message().text(39)), resp.macValid());
                if (resp.macValid()) {
                    return new Admin(resp.message(), null);
                }
            } else if (r instanceof Exchanger.Result.NotSent ns) {
                o = new ExchangeOutcome.NotSent(ns.cause());
            } else {
                o = new ExchangeOutcome.TimedOut();
            }
            RetryDecision d = c.s.retry().decide(kind, attempt, o, c.s.responseCodes());
            if (d instanceof RetryDecision.RetryAfter ra && attempt < Core.HARD_MAX_ATTEMPTS) {
                c.diagnosed(diagnosisOf(o).withAction(Action.RETRIED));
                c.sleep(ra.delay());
                continue;
            }
            return new Admin(null, diagnosisOf(o));
        }
    }

    static Diagnosis diagnosisOf(ExchangeOutcome o) {
        if (o instanceof ExchangeOutcome.NotSent ns) {
            return Diagnosis.ofCause(ns.cause());
        }
        if (o instanceof ExchangeOutcome.Responded r && !r.macValid()) {
            return Diagnosis.ofCause(LocalCause.RESPONSE_MAC_WRONG);
        }
        return Diagnosis.ofCause(LocalCause.NO_RESPONSE);
    }

    SignInResult signIn() {
        if (c.terminalLocked()) {
            Diagnosis d = Diagnosis.ofCause(LocalCause.TERMINAL_LOCKED);
            c.diagnosed(d);
            return new SignInResult(false, c.book.batch(), 0, Optional.of(d));
        }
        LocalCause blocked = c.acq.signInBlocked();
        if (blocked != null) {
            c.dropKeys();
            c.session.fire(new SessionEvent.SignInStarted());
            return failed(Diagnosis.ofCause(blocked), false);
        }
        c.session.fire(new SessionEvent.SignInStarted());
        Admin a = adminExchange(MessageKind.SIGN_IN, stan -> c.acq.signInRequest(stan, c.s, c.batch6()), false);
        if (a.diagnosis() != null) {
            return failed(a.diagnosis(), false);
        }
        WireMessage m = a.response();
        String rc = String.valueOf(m.text(39));
        if (!"00".equals(rc)) {
            // a refusal (unknown terminal, not permitted) counts towards the lock; a host having a bad
            // moment (91, 96: retryable) does not
            Diagnosis d = Diagnosis.ofResponse(c.s.responseCodes(), rc.length() == 2 ? rc : "96");
            return failed(d, !d.retryable());
        }
        Acquirer.SignIn installed = c.acq.install(m, c.book.batch(), c.keyGeneration + 1);
        if (installed.failure() != null) {
            return failed(Diagnosis.ofCause(installed.failure()), true);
        }
        long batch = installed.batch();
        c.keyGeneration++;
        c.book.setBatch(batch);
        c.book.signedIn(batch, c.keyGeneration);
        c.lockoutEvent(new LockoutEvent.SignInSucceeded());
        c.session.fire(new SessionEvent.SignInSucceeded(batch, c.keyGeneration));
        return new SignInResult(true, batch, c.keyGeneration, Optional.empty());
    }

    private SignInResult failed(Diagnosis d, boolean countsAsRefusal) {
        c.session.fire(new SessionEvent.SignInFailed(d));
        c.diagnosed(d);
        if (countsAsRefusal) {
            c.lockoutEvent(new LockoutEvent.SignInFailed());
        }
        return new SignInResult(false, c.book.batch(), 0, Optional.of(d));
    }

    /** Signs in unless ready; @return null when ready, else the diagnosis */
    Diagnosis ensureSignedIn() {
        if (c.signedIn()) {
            return null;
        }
        if (c.terminalLocked()) {
            return Diagnosis.ofCause(LocalCause.TERMINAL_LOCKED);
        }
        SignInResult r = signIn();
        return r.ok() ? null : r.diagnosis().orElseThrow();
    }

    Optional<Diagnosis> echo() {
        Diagnosis notReady = ensureSignedIn();
        if (notReady != null) {
            return Optional.of(notReady);
        }
        return network("301");
    }

    Optional<Diagnosis> signOff() {
        if (!c.signedIn()) {
            return Optional.empty();
        }
        Optional<Diagnosis> d = network("002");
        c.session.fire(new SessionEvent.SignedOff());
        c.dropKeys();
        return d;
    }

    private Optional<Diagnosis> network(String code) {
        Admin a = adminExchange(code.equals("301") ? MessageKind.ECHO : MessageKind.SIGN_OFF,
                stan -> c.acq.networkRequest(stan, c.s, c.batch6(), code), false);
        if (a.diagnosis() != null) {
            c.diagnosed(a.diagnosis());
            return Optional.of(a.diagnosis());
        }
        String rc = String.valueOf(a.response().text(39));
        return "00".equals(rc) ? Optional.empty() : Optional.of(Diagnosis.ofResponse(c.s.responseCodes(),
                rc.length() == 2 ? rc : "96"));
    }

    void unlock(String operator) {
        c.lockoutEvent(new LockoutEvent.OperatorUnlock(operator));
        if (c.session.state() instanceof SessionState.Locked) {
            c.session.fire(new SessionEvent.Unlock());
        }
    }
}
