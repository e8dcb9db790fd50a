package io.pos4j.terminal.internal;

import io.pos4j.terminal.CardKey;
import io.pos4j.terminal.LockoutEvent;
import io.pos4j.terminal.LockoutPolicy;
import io.pos4j.terminal.LockoutState;
import io.pos4j.terminal.LockoutState.CardCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The default {@link LockoutPolicy}; see {@link LockoutPolicy#window}. */
public final class WindowLockoutPolicy implements LockoutPolicy {

    private final int maxWrongPins;
    private final Duration window;
    private final int maxSignInFailures;
    private final int maxMacFailures;

    /**
     * @param maxWrongPins      wrong PINs per card per window
     * @param window            window and lock duration
     * @param maxSignInFailures consecutive refused sign-ins
     * @param maxMacFailures    consecutive MAC failures
     */
    public WindowLockoutPolicy(int maxWrongPins, Duration window, int maxSignInFailures, int maxMacFailures) {
        if (maxWrongPins < 1 || maxSignInFailures < 1 || maxMacFailures < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.maxWrongPins = maxWrongPins;
        this.maxSignInFailures = maxSignInFailures;
        this.maxMacFailures = maxMacFailures;
    }

    @Override
    public LockoutState apply(LockoutState s, LockoutEvent event, Instant now) {
        Objects.requireNonNull(s, "state");
        Objects.requireNonNull(now, "now");
        Map<CardKey, CardCounter> cards = new HashMap<>();
        s.cards().forEach((k, c) -> {
            if (!expired(c, now)) {
                cards.put(k, c);
            }
        });
        int signIn = s.signInFailures();
        int mac = s.macFailures();
        boolean locked = s.terminalLocked();
        Objects.requireNonNull(event, "event");
        if (event instanceof LockoutEvent.WrongPin w) {
            CardCounter c = cards.get(w.card());
            if (c == null) {
                c = new CardCounter(0, now, false);
            }
            int n = c.wrongPins() + 1;
            boolean lock = c.locked() || n >= maxWrongPins;
            cards.put(w.card(), new CardCounter(n, lock && !c.locked() ? now : c.windowStart(), lock));
        } else if (event instanceof LockoutEvent.PinTriesExceeded p) {
            CardCounter c = cards.get(p.card());
            cards.put(p.card(), new CardCounter(Math.max(maxWrongPins, c == null ? 0 : c.wrongPins()), now, true));
        } else if (event instanceof LockoutEvent.PinAccepted p) {
            CardCounter c = cards.get(p.card());
            if (c != null && !c.locked()) {
                cards.remove(p.card());
            }
        } else if (event instanceof LockoutEvent.SignInFailed) {
            signIn++;
            locked |= signIn >= maxSignInFailures;
        } else if (event instanceof LockoutEvent.SignInSucceeded) {
            signIn = 0;
        } else if (event instanceof LockoutEvent.MacFailed) {
            mac++;
            locked |= mac >= maxMacFailures;
        } else if (event instanceof LockoutEvent.MacVerified) {
            mac = 0;
        } else if (event instanceof LockoutEvent.OperatorUnlock) {
            locked = false;
            signIn = 0;
            mac = 0;
        }
        return new LockoutState(cards, signIn, mac, locked);
    }

    private boolean expired(CardCounter c, Instant now) {
        return !now.isBefore(c.windowStart().plus(window));
    }

    @Override
    public boolean cardLocked(LockoutState state, CardKey card, Instant now) {
        CardCounter c = state.cards().get(card);
        return c != null && c.locked() && !expired(c, now);
    }

    @Override
    public String toString() {
        return "WindowLockoutPolicy[maxWrongPins=" + maxWrongPins + ", window=" + window
                + ", maxSignInFailures=" + maxSignInFailures + ", maxMacFailures=" + maxMacFailures + "]";
    }
}
