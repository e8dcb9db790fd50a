package io.pos4j.emv.tlv.dictionary;

/** Where a data element comes from (EMV Book 3 Annex A, column "Source"). */
public enum TagSource {
    /** The card. */
    ICC,
    /** The terminal. */
    TERMINAL,
    /** The issuer (host response or script). */
    ISSUER
}
