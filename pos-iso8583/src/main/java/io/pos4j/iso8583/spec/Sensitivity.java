package io.pos4j.iso8583.spec;

/** How a field's value is shown by {@code toString()} and default dumps. */
public enum Sensitivity {
    /** shown as is */
    NONE,
    /** primary account number: first 6 and last 4 digits shown */
    PAN,
    /** track data: PAN masked, the rest hidden */
    TRACK,
    /** PIN block: never shown */
    PIN_BLOCK,
    /** EMV data: sensitive tags masked */
    EMV,
    /** secret or personal data shown only as its length */
    SECRET
}
