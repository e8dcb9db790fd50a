package io.pos4j.testkit;

/** The issuer-side status of a card account. */
public enum AccountStatus {
    /** the card may transact */
    ACTIVE,
    /** the issuer blocked the card: response {@code 05} */
    BLOCKED,
    /** reported lost: response {@code 05} (the profile has no separate lost-card code) */
    LOST
}
