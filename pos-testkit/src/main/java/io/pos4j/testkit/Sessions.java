package io.pos4j.testkit;

import java.util.concurrent.ConcurrentHashMap;

/** Signed-in terminals and their working keys; keys are closed (wiped) when replaced or signed off. */
final class Sessions {

    /**
     * A signed-in terminal.
     *
     * @param batch the batch number from the sign-in
     * @param keys  the working keys (closed on sign-off)
     */
    record Session(String batch, AutoCloseable keys) {
    }

    private final ConcurrentHashMap<String, Session> byTerminal = new ConcurrentHashMap<>();

    void signIn(String terminalId, Session session) {
        closeKeys(byTerminal.put(terminalId, session));
    }

    Session get(String terminalId) {
        return terminalId == null ? null : byTerminal.get(terminalId);
    }

    boolean isSignedIn(String terminalId) {
        return get(terminalId) != null;
    }

    void signOff(String terminalId) {
        closeKeys(byTerminal.remove(terminalId));
    }

    void clear() {
        byTerminal.keySet().forEach(this::signOff);
    }

    private static void closeKeys(Session s) {
        if (s != null && s.keys() != null) {
            try {
                s.keys().close();
            } catch (Exception ignored) {
                // wiping keys does not fail in practice
            }
        }
    }
}
