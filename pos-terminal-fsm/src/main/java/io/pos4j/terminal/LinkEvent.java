package io.pos4j.terminal;

/** Events of the link machine. */
public sealed interface LinkEvent extends Labeled {
    /** the terminal wants a connection */
    record ConnectRequested() implements LinkEvent {
    }

    /** the connection is open */
    record Connected() implements LinkEvent {
    }

    /** opening failed */
    record ConnectFailed() implements LinkEvent {
    }

    /** an open connection broke (read/write error, peer closed, timeout closes it) */
    record Broken() implements LinkEvent {
    }

    /** the terminal closed the connection */
    record Closed() implements LinkEvent {
    }
}
