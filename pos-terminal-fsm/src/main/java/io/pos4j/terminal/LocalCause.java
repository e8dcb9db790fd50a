package io.pos4j.terminal;

import java.util.Locale;
import java.util.Optional;

/**
 * A failure found by the terminal itself, with no response code from the host. Each has a
 * stable {@link #id()} (used by {@code pos4j explain} and in journals), a category, whether a later
 * attempt may succeed, and the terminal's default reaction.
 */
public enum LocalCause {
    /** the TCP connection to the host could not be opened or broke before the request left */
    NO_CONNECTION(DiagnosisCategory.NETWORK, true, Action.RETRIED),
    /** no response within the read timeout after the request was sent */
    TIMEOUT(DiagnosisCategory.NETWORK, true, Action.REVERSED),
    /** no response to a request that moves no money (sign-in, echo, balance); nothing to undo */
    NO_RESPONSE(DiagnosisCategory.NETWORK, true, Action.RETRY_LATER),
    /** the response MAC (DE 64) did not verify under the current MAC key */
    RESPONSE_MAC_WRONG(DiagnosisCategory.KEYS, false, Action.REVERSED),
    /** a working key delivered at sign-in did not match its key check value; nothing installed */
    KCV_MISMATCH(DiagnosisCategory.KEYS, true, Action.SIGN_IN_AGAIN),
    /** the card could not be read (chip error, bad swipe, missing track data) */
    CARD_READ_FAILURE(DiagnosisCategory.CARD, true, Action.ABORTED),
    /** no working keys are installed (never signed in, or keys discarded) */
    KEYS_MISSING(DiagnosisCategory.KEYS, true, Action.SIGN_IN_AGAIN),
    /**
     * the DUKPT device has used its last key serial number (21-bit counter at its end, or the
     * one-million-transaction limit of the ten-one-bits rule) or its future keys are unusable: it
     * needs a new initial key (key re-injection); nothing was sent
     */
    KEYS_EXHAUSTED(DiagnosisCategory.KEYS, false, Action.ABORTED),
    /** the terminal is locked after repeated sign-in or MAC failures */
    TERMINAL_LOCKED(DiagnosisCategory.TERMINAL, false, Action.ABORTED),
    /** the card is locked on this terminal after PIN tries were exceeded */
    CARD_LOCKED(DiagnosisCategory.PIN, false, Action.ABORTED),
    /** the journal could not be written, so nothing was sent */
    JOURNAL_FAILURE(DiagnosisCategory.TERMINAL, false, Action.ABORTED),
    /** the response could not be decoded or does not match the request */
    MALFORMED_RESPONSE(DiagnosisCategory.NETWORK, false, Action.REVERSED);

    private final DiagnosisCategory category;
    private final boolean retryable;
    private final Action action;

    LocalCause(DiagnosisCategory category, boolean retryable, Action action) {
        this.category = category;
        this.retryable = retryable;
        this.action = action;
    }

    /** @return the stable id, lower case with dashes ({@code response-mac-wrong}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the category */
    public DiagnosisCategory category() {
        return category;
    }

    /** @return whether a later attempt may succeed */
    public boolean retryable() {
        return retryable;
    }

    /** @return the terminal's default reaction */
    public Action defaultAction() {
        return action;
    }

    /**
     * @param id an id such as {@code timeout} or {@code TIMEOUT} or {@code kcv_mismatch}
     * @return the cause, if the id names one
     */
    public static Optional<LocalCause> fromId(String id) {
        String n = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (LocalCause c : values()) {
            if (c.name().equals(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
