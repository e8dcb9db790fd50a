package io.pos4j.terminal;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The persisted lockout counters: per card (by {@link CardKey}, never a PAN) and for the terminal.
 * Immutable; a {@link LockoutPolicy} computes the next state.
 *
 * @param cards           per-card counters
 * @param signInFailures  consecutive refused sign-ins
 * @param macFailures     consecutive response-MAC failures
 * @param terminalLocked  whether the terminal is locked until an operator unlocks it
 */
public record LockoutState(Map<CardKey, CardCounter> cards, int signInFailures, int macFailures,
                           boolean terminalLocked) {

    /** The state of a new terminal. */
    public static final LockoutState EMPTY = new LockoutState(Map.of(), 0, 0, false);

    /** Copies the map. */
    public LockoutState {
        cards = Map.copyOf(Objects.requireNonNull(cards, "cards"));
        if (signInFailures < 0 || macFailures < 0) {
            throw new IllegalArgumentException("counters must not be negative");
        }
    }

    /**
     * One card's counter.
     *
     * @param wrongPins   wrong PINs in the current window
     * @param windowStart when the window began (first wrong PIN, or the lock)
     * @param locked      whether the card is locked until the window ends
     */
    public record CardCounter(int wrongPins, Instant windowStart, boolean locked) {
        /** Checks the fields. */
        public CardCounter {
            Objects.requireNonNull(windowStart, "windowStart");
            if (wrongPins < 0) {
                throw new IllegalArgumentException("wrongPins must not be negative");
            }
        }
    }
}
