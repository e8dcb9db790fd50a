package io.pos4j.terminal;

/** A state or event with a stable name used in transition tables and traces. */
public interface Labeled {
    /** @return the name: the simple type name, or {@code Type[name]} for named steps */
    default String label() {
        return getClass().getSimpleName();
    }
}
