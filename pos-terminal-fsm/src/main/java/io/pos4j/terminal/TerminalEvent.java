package io.pos4j.terminal;

import java.util.Objects;

/** What a {@link TerminalListener} is told: transitions, messages (described, masked) and diagnoses. */
public sealed interface TerminalEvent {

    /**
     * A machine changed state.
     *
     * @param machine {@code link}, {@code session} or {@code transaction}
     * @param from    state label left
     * @param event   event label
     * @param to      state label entered
     */
    record StateChanged(String machine, String from, String event, String to) implements TerminalEvent {
    }

    /**
     * A message was sent or received.
     *
     * @param outbound    whether the terminal sent it
     * @param mti         MTI
     * @param stan        DE 11, or -1
     * @param description masked summary (PAN first 6/last 4; no PIN block, keys or track data)
     */
    record Message(boolean outbound, String mti, int stan, String description) implements TerminalEvent {
        /** Checks the fields. */
        public Message {
            Objects.requireNonNull(mti, "mti");
            Objects.requireNonNull(description, "description");
        }
    }

    /** @param diagnosis a failure and what the terminal did about it */
    record Diagnosed(Diagnosis diagnosis) implements TerminalEvent {
    }

    /** @param text a note for the trace (no card data) */
    record Note(String text) implements TerminalEvent {
    }
}
