package io.pos4j.terminal;

import java.util.Objects;
import java.util.Optional;

/**
 * How a sign-in ended.
 *
 * @param ok            whether new keys are installed
 * @param batch         the batch the host confirmed (or the terminal's, on failure)
 * @param keyGeneration the installed key set's number (0 if none)
 * @param diagnosis     why it failed
 */
public record SignInResult(boolean ok, long batch, int keyGeneration, Optional<Diagnosis> diagnosis) {
    /** Checks the fields. */
    public SignInResult {
        Objects.requireNonNull(diagnosis, "diagnosis");
    }
}
