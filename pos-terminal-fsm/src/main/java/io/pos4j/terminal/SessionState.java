package io.pos4j.terminal;

import java.util.Objects;

/** The session machine's states: sign-in, keys, batch and locks. */
public sealed interface SessionState extends Labeled {
    /** no working keys; sign-in needed */
    record SignedOff() implements SessionState {
    }

    /** a sign-in is in progress */
    record SigningIn() implements SessionState {
    }

    /**
     * Signed in: working keys installed.
     *
     * @param batch         the current batch number (DE 60.2)
     * @param keyGeneration how many key sets have been installed since start (1 = first)
     */
    record Ready(long batch, int keyGeneration) implements SessionState {
    }

    /**
     * Keys unusable (KCV mismatch at sign-in, response MAC failure); sign-in needed.
     *
     * @param diagnosis why
     */
    record KeyError(Diagnosis diagnosis) implements SessionState {
        /** Checks the diagnosis. */
        public KeyError {
            Objects.requireNonNull(diagnosis, "diagnosis");
        }
    }

    /** locked after repeated sign-in or MAC failures; only an operator unlock leaves it */
    record Locked() implements SessionState {
    }

    /**
     * Settlement of a batch in progress.
     *
     * @param batch the batch being settled
     * @param keyGeneration the key generation in use
     */
    record Settling(long batch, int keyGeneration) implements SessionState {
    }
}
