package io.pos4j.terminal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * An immutable transition table: for a (state label, event label) pair, the label of the next state
 * and a function computing it (states are records that may carry data). Everything a machine can
 * do is listed by {@link #transitions()}; anything else is an {@link IllegalTransitionException}.
 *
 * @param <S> the state type
 * @param <E> the event type
 */
public final class TransitionTable<S extends Labeled, E extends Labeled> {

    private record Row<S, E>(Transition transition, BiFunction<S, E, S> next) {
    }

    private final String name;
    private final Map<String, Row<S, E>> rows;

    private TransitionTable(String name, Map<String, Row<S, E>> rows) {
        this.name = name;
        this.rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /**
     * @param name the machine's name, for messages
     * @param <S>  state type
     * @param <E>  event type
     * @return a new builder
     */
    public static <S extends Labeled, E extends Labeled> Builder<S, E> builder(String name) {
        return new Builder<>(name);
    }

    /** @return the machine's name */
    public String name() {
        return name;
    }

    /** @return every allowed transition, in the order they were declared */
    public List<Transition> transitions() {
        List<Transition> l = new ArrayList<>();
        rows.values().forEach(r -> l.add(r.transition()));
        return Collections.unmodifiableList(l);
    }

    /**
     * @param state the current state
     * @param event the event
     * @return whether the table has a row for them
     */
    public boolean allows(S state, E event) {
        return rows.containsKey(key(state.label(), event.label()));
    }

    /**
     * @param state the current state
     * @param event the event
     * @return the next state
     * @throws IllegalTransitionException when the table has no row for them
     */
    public S next(S state, E event) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        Row<S, E> row = rows.get(key(state.label(), event.label()));
        if (row == null) {
            throw new IllegalTransitionException(name, state.label(), event.label());
        }
        S n = row.next().apply(state, event);
        if (!n.label().equals(row.transition().to())) {
            throw new IllegalStateException(name + ": row " + row.transition() + " produced " + n.label());
        }
        return n;
    }

    /** @return a builder holding this table's rows, to add or replace some */
    public Builder<S, E> toBuilder() {
        Builder<S, E> b = new Builder<>(name);
        b.rows.putAll(rows);
        return b;
    }

    private static String key(String from, String event) {
        return from + "\u0000" + event;
    }

    @Override
    public String toString() {
        return "TransitionTable[" + name + ", " + rows.size() + " transitions]";
    }

    /**
     * Collects rows. A second row for the same (state, event) replaces the first.
     *
     * @param <S> state type
     * @param <E> event type
     */
    public static final class Builder<S extends Labeled, E extends Labeled> {
        private final String name;
        private final Map<String, Row<S, E>> rows = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * @param from  state label
         * @param event event label
         * @param to    next state label
         * @param next  computes the next state; must return a state labelled {@code to}
         * @return this
         */
        public Builder<S, E> on(String from, String event, String to, BiFunction<S, E, S> next) {
            Transition t = new Transition(from, event, to);
            rows.put(key(from, event), new Row<>(t, Objects.requireNonNull(next, "next")));
            return this;
        }

        /**
         * @param from  state label
         * @param event event label
         * @return this, without that row
         */
        public Builder<S, E> remove(String from, String event) {
            rows.remove(key(from, event));
            return this;
        }

        /** @return the table */
        public TransitionTable<S, E> build() {
            return new TransitionTable<>(name, rows);
        }
    }
}
