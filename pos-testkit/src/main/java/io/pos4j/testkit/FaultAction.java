package io.pos4j.testkit;

/**
 * What the simulator does to a message a {@link FaultRule} matches. Except for
 * {@link #RESPOND_CODE}, the request is processed normally first (the money moves), so the
 * terminal faces the real-world question "did the host get it?" and must reverse.
 */
public enum FaultAction {
    /** process the request, never answer */
    DROP,
    /** answer after {@link FaultRule#delay()} */
    DELAY,
    /** answer after the terminal's timeout has passed (the simulator's configured terminal timeout plus one second) */
    RESPOND_LATE,
    /** process the request, then close the connection instead of answering */
    CLOSE,
    /** answer with one byte of the message inverted ({@link FaultRule#corruptOffset()}) */
    CORRUPT,
    /** answer with a wrong response MAC (last byte of DE 64 inverted); no effect on a message without MAC */
    WRONG_MAC,
    /** send the response twice */
    ANSWER_TWICE,
    /** do not process; answer with {@link FaultRule#responseCode()} (e.g. {@code 91} issuer unavailable) */
    RESPOND_CODE
}
