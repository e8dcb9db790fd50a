package io.pos4j.terminal;

import java.util.Objects;

/**
 * One row of a state machine's transition table, by label.
 *
 * @param from  the state label
 * @param event the event label
 * @param to    the label of the state the machine moves to
 */
public record Transition(String from, String event, String to) {
    /** Checks the labels. */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
        return from + " --" + event + "--> " + to;
    }
}
