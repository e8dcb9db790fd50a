package io.pos4j.terminal;

import io.pos4j.terminal.internal.WindowLockoutPolicy;
import java.time.Duration;
import java.time.Instant;

/**
 * PIN-try and terminal lockout rules. Pure: the same state, event and time give the same result,
 * so a journal of events can be replayed. The terminal persists every new state before acting on
 * it, so a restart does not reset a lockout.
 */
public interface LockoutPolicy {

    /**
     * @param state the current state
     * @param event what happened
     * @param now   when
     * @return the next state
     */
    LockoutState apply(LockoutState state, LockoutEvent event, Instant now);

    /**
     * @param state the current state
     * @param card  the card
     * @param now   the time
     * @return whether a request for this card must be refused without contacting the host
     */
    boolean cardLocked(LockoutState state, CardKey card, Instant now);

    /**
     * @param state the current state
     * @return whether the terminal refuses all work until an operator unlocks it
     */
    default boolean terminalLocked(LockoutState state) {
        return state.terminalLocked();
    }

    /**
     * The default rules: a card is locked after {@code maxWrongPins} wrong PINs (55) within
     * {@code window}, or at once on 75, for {@code window} from the lock; a correct PIN clears the
     * card's count; the terminal locks after {@code maxSignInFailures} consecutive refused sign-ins or
     * {@code maxMacFailures} consecutive response-MAC failures; only {@link LockoutEvent.OperatorUnlock}
     * unlocks the terminal (a successful sign-in clears the sign-in count, a verified MAC the MAC count).
     *
     * @param maxWrongPins      wrong PINs per card per window
     * @param window            counting window and card-lock duration
     * @param maxSignInFailures consecutive refused sign-ins
     * @param maxMacFailures    consecutive response-MAC failures
     * @return the policy
     */
    static LockoutPolicy window(int maxWrongPins, Duration window, int maxSignInFailures, int maxMacFailures) {
        return new WindowLockoutPolicy(maxWrongPins, window, maxSignInFailures, maxMacFailures);
    }

    /** @return {@link #window} with 3 PIN tries per 24 hours, 3 sign-in and 3 MAC failures */
    static LockoutPolicy defaults() {
        return window(3, Duration.ofHours(24), 3, 3);
    }
}
