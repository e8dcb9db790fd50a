package io.pos4j.iso8583.spec;

/** ISO 8583 content class of a field's value. */
public enum ContentType {
    /** numeric digits 0-9 */
    N,
    /** alphanumeric (not checked beyond the encoding: real hosts put spaces and symbols here) */
    AN,
    /** alphanumeric and special characters */
    ANS,
    /** binary; values are bytes, shown as upper-case hex */
    B,
    /** track data: digits and the separator, shown as {@code =} (BCD nibble D) */
    Z,
    /** amount with a sign: {@code C} (credit) or {@code D} (debit) followed by digits ("x+n") */
    XN;

    /** @return true for content read and written as text (everything but {@link #B}) */
    public boolean isText() {
        return this != B;
    }
}
