package io.pos4j.testkit;

/** What the simulator does to a message a fault rule matches. */
public enum FaultAction {
    /** read the request, never answer */
    DROP,
    /** answer after a delay */
    DELAY,
    /** answer after the terminal's timeout has passed */
    RESPOND_LATE,
    /** close the connection instead of answering */
    CLOSE,
    /** flip bytes in the response */
    CORRUPT,
    /** answer with a wrong response MAC */
    WRONG_MAC,
    /** send the response twice */
    ANSWER_TWICE,
    /** refuse connections: host down */
    REFUSE_CONNECTIONS
}
