package io.pos4j.iso8583.spec;

/** What a length (the fixed length or the prefix's number) counts. */
public enum LengthUnit {
    /**
     * units of the value: digits for n/z/x+n (even when packed two per byte), characters or bytes
     * for text, bytes for binary (even when written as two hex characters per byte)
     */
    VALUE,
    /** bytes on the wire after the prefix (for example an LLL hex-ASCII field whose prefix counts hex characters) */
    WIRE
}
