package io.pos4j.terminal;

/**
 * Receives {@link TerminalEvent}s on the terminal's thread, for a UI or a trace. An exception
 * thrown by a listener is logged at WARN and otherwise ignored.
 */
@FunctionalInterface
public interface TerminalListener {
    /** @param event what happened */
    void onEvent(TerminalEvent event);

    /** @return a listener that ignores everything */
    static TerminalListener none() {
        return e -> { };
    }
}
