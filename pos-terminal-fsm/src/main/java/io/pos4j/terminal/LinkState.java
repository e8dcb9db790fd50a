package io.pos4j.terminal;

/** The link machine's states: the TCP (or other) connection to the host. */
public sealed interface LinkState extends Labeled {
    /** connection being opened */
    record Connecting() implements LinkState {
    }

    /** connected; requests may be sent */
    record Ready() implements LinkState {
    }

    /** not connected (initially, after a failure or a close) */
    record Down() implements LinkState {
    }
}
