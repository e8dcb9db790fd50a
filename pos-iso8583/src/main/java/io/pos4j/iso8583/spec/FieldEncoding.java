package io.pos4j.iso8583.spec;

/** How a field's content is represented on the wire. */
public enum FieldEncoding {
    /** one byte per character; decoded as ISO-8859-1 so every byte round-trips */
    ASCII,
    /** GBK (GB 2312 superset, ASCII compatible) as used by China UnionPay for text; lengths count bytes */
    GBK,
    /** IBM code page 037 (EBCDIC), one byte per character */
    EBCDIC,
    /** packed BCD, two digits per byte; odd lengths padded as the field's {@link Padding} says */
    BCD,
    /** raw bytes ({@link ContentType#B} only) */
    BINARY,
    /** bytes written as upper-case hexadecimal ASCII, two characters per byte ({@link ContentType#B} only) */
    HEX_ASCII
}
