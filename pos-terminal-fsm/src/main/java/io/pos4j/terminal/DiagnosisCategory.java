package io.pos4j.terminal;

/** Where a failure comes from, as a merchant's support desk would sort it. */
public enum DiagnosisCategory {
    /** the card: expired, blocked, unreadable, unknown */
    CARD,
    /** the PIN: wrong, tries exceeded, block format */
    PIN,
    /** the link to the host: no connection, timeout */
    NETWORK,
    /** the acquirer or issuer: declined, unavailable, system error */
    HOST,
    /** keys: missing, check value mismatch, MAC failure */
    KEYS,
    /** the terminal itself: locked, not registered, journal */
    TERMINAL
}
