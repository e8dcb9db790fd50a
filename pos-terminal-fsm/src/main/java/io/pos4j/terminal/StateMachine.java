package io.pos4j.terminal;

import java.util.List;
import java.util.Objects;

/**
 * A running machine: a current state and a {@link TransitionTable}. Not thread-safe; the terminal
 * drives each machine from one thread.
 *
 * @param <S> state type
 * @param <E> event type
 */
public final class StateMachine<S extends Labeled, E extends Labeled> {

    /**
     * Observes transitions (for UIs and traces).
     *
     * @param <S> state type
     * @param <E> event type
     */
    @FunctionalInterface
    public interface Listener<S, E> {
        /**
         * @param from  the state left
         * @param event the event
         * @param to    the state entered
         */
        void onTransition(S from, E event, S to);
    }

    private final TransitionTable<S, E> table;
    private final Listener<S, E> listener;
    private S state;

    /**
     * @param table    the table
     * @param initial  the initial state
     * @param listener called after each transition
     */
    public StateMachine(TransitionTable<S, E> table, S initial, Listener<S, E> listener) {
        this.table = Objects.requireNonNull(table, "table");
        this.state = Objects.requireNonNull(initial, "initial");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** @return the current state */
    public S state() {
        return state;
    }

    /**
     * @param event the event
     * @return the new state
     * @throws IllegalTransitionException when the table does not allow it
     */
    public S fire(E event) {
        S from = state;
        state = table.next(from, event);
        listener.onTransition(from, event, state);
        return state;
    }

    /** @param event the event @return whether {@link #fire} would accept it now */
    public boolean allows(E event) {
        return table.allows(state, event);
    }

    /** @return the table's transitions */
    public List<Transition> transitions() {
        return table.transitions();
    }

    @Override
    public String toString() {
        return "StateMachine[" + table.name() + " in " + state.label() + "]";
    }
}
