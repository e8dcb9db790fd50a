package io.pos4j.terminal;

import java.util.Objects;

/** Events of the session machine. */
public sealed interface SessionEvent extends Labeled {
    /** a sign-in request is about to be sent */
    record SignInStarted() implements SessionEvent {
    }

    /**
     * New keys installed (after every KCV verified).
     *
     * @param batch the batch the host confirmed
     * @param keyGeneration the number of the installed key set (1 for the first since start)
     */
    record SignInSucceeded(long batch, int keyGeneration) implements SessionEvent {
    }

    /** @param diagnosis why sign-in failed */
    record SignInFailed(Diagnosis diagnosis) implements SessionEvent {
        /** Checks the diagnosis. */
        public SignInFailed {
            Objects.requireNonNull(diagnosis, "diagnosis");
        }
    }

    /** @param diagnosis why the keys can no longer be trusted */
    record KeysInvalidated(Diagnosis diagnosis) implements SessionEvent {
        /** Checks the diagnosis. */
        public KeysInvalidated {
            Objects.requireNonNull(diagnosis, "diagnosis");
        }
    }

    /** sign-off acknowledged (or done locally) */
    record SignedOff() implements SessionEvent {
    }

    /** settlement request about to be sent */
    record SettlementStarted() implements SessionEvent {
    }

    /** @param nextBatch the batch number after settlement */
    record SettlementDone(long nextBatch) implements SessionEvent {
    }

    /** settlement did not complete; the batch stays open */
    record SettlementFailed() implements SessionEvent {
    }

    /** the lockout policy locked the terminal */
    record Lock() implements SessionEvent {
    }

    /** an operator unlocked the terminal */
    record Unlock() implements SessionEvent {
    }
}
