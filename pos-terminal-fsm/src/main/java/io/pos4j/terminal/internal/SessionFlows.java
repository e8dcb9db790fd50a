package io.pos4j.terminal.internal;

import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyExchange;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.PinException;
import io.pos4j.pin.WrappedKey;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
            Exchanger.Result r = c.exchanger.exchange(req, mac ? c.keys : null);
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
        c.session.fire(new SessionEvent.SignInStarted());
        Admin a = adminExchange(MessageKind.SIGN_IN, stan -> {
            Map<Integer, Object> f = new TreeMap<>();
            f.put(11, String.format("%06d", stan));
            f.put(41, c.s.terminalId());
            f.put(42, c.s.merchantId());
            f.put(60, "00" + c.batch6() + "003");
            f.put(63, c.s.operator());
            return new WireMessage("0800", f);
        }, false);
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
        byte[] de62 = m.bytes(62);
        if (de62 == null || de62.length != 40) {
            return failed(Diagnosis.ofCause(LocalCause.MALFORMED_RESPONSE), true);
        }
        List<KeyHandle> installed;
        try {
            installed = KeyExchange.unwrapAll(c.s.masterKey(), List.of(
                    WrappedKey.of(KeyUsage.PIN_ENCRYPTION, KeyAlgorithm.TDES, Arrays.copyOfRange(de62, 0, 16),
                            Arrays.copyOfRange(de62, 16, 20)),
                    WrappedKey.of(KeyUsage.MAC, KeyAlgorithm.TDES, Arrays.copyOfRange(de62, 20, 36),
                            Arrays.copyOfRange(de62, 36, 40))));
        } catch (PinException e) {
            // all or nothing: unwrapAll destroyed whatever it had decrypted; the old keys stay unusable
            c.dropKeys();
            return failed(Diagnosis.ofCause(LocalCause.KCV_MISMATCH), true);
        } finally {
            Arrays.fill(de62, (byte) 0);
        }
        long batch = c.book.batch();
        String de60 = m.text(60);
        if (de60 != null && de60.length() >= 8 && de60.substring(2, 8).chars().allMatch(Character::isDigit)) {
            batch = Long.parseLong(de60.substring(2, 8));
        }
        c.dropKeys();
        c.keyGeneration++;
        c.keys = new Keys(installed.get(0), installed.get(1), c.keyGeneration);
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
        return network0820("301");
    }

    Optional<Diagnosis> signOff() {
        if (!c.signedIn()) {
            return Optional.empty();
        }
        Optional<Diagnosis> d = network0820("002");
        c.session.fire(new SessionEvent.SignedOff());
        c.dropKeys();
        return d;
    }

    private Optional<Diagnosis> network0820(String code) {
        Admin a = adminExchange(code.equals("301") ? MessageKind.ECHO : MessageKind.SIGN_OFF, stan -> {
            Map<Integer, Object> f = new TreeMap<>();
            f.put(11, String.format("%06d", stan));
            f.put(41, c.s.terminalId());
            f.put(42, c.s.merchantId());
            f.put(60, "00" + c.batch6() + code);
            return new WireMessage("0820", f);
        }, false);
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
