package io.pos4j.terminal;

/** An event arrived that the machine's transition table does not allow in the current state. */
public final class IllegalTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String machine;
    private final String state;
    private final String event;

    /**
     * @param machine the machine's name
     * @param state   the current state's label
     * @param event   the event's label
     */
    public IllegalTransitionException(String machine, String state, String event) {
        super(machine + ": no transition from " + state + " on " + event);
        this.machine = machine;
        this.state = state;
        this.event = event;
    }

    /** @return the machine's name */
    public String machine() {
        return machine;
    }

    /** @return the state label */
    public String state() {
        return state;
    }

    /** @return the event label */
    public String event() {
        return event;
    }
}
