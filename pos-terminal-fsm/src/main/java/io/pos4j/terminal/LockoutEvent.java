package io.pos4j.terminal;

import java.util.Objects;

/** Something that changes the lockout counters. */
public sealed interface LockoutEvent {

    /** @param card the card; the host answered 55 */
    record WrongPin(CardKey card) implements LockoutEvent {
        /** Checks the card. */
        public WrongPin {
            Objects.requireNonNull(card, "card");
        }
    }

    /** @param card the card; the host answered 75 */
    record PinTriesExceeded(CardKey card) implements LockoutEvent {
        /** Checks the card. */
        public PinTriesExceeded {
            Objects.requireNonNull(card, "card");
        }
    }

    /** @param card the card; the host accepted its PIN (any code other than 55/75 on a PIN request) */
    record PinAccepted(CardKey card) implements LockoutEvent {
        /** Checks the card. */
        public PinAccepted {
            Objects.requireNonNull(card, "card");
        }
    }

    /** Sign-in was refused by the host or a KCV did not match (not a network failure). */
    record SignInFailed() implements LockoutEvent {
    }

    /** Sign-in installed new keys. */
    record SignInSucceeded() implements LockoutEvent {
    }

    /** A response MAC failed verification. */
    record MacFailed() implements LockoutEvent {
    }

    /** A response MAC verified. */
    record MacVerified() implements LockoutEvent {
    }

    /** @param operator who unlocked the terminal (recorded, not checked here) */
    record OperatorUnlock(String operator) implements LockoutEvent {
        /** Checks the operator. */
        public OperatorUnlock {
            Objects.requireNonNull(operator, "operator");
        }
    }
}
