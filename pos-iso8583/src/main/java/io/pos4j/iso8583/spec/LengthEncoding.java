package io.pos4j.iso8583.spec;

/** How a variable-length prefix is written. */
public enum LengthEncoding {
    /** ASCII decimal digits, one byte per digit ("037") */
    ASCII,
    /** EBCDIC decimal digits (F0-F9), one byte per digit */
    EBCDIC,
    /** packed BCD, left-padded with a 0 nibble: LL is 1 byte, LLL and LLLL are 2 bytes ("0145" = 01 45) */
    BCD,
    /** unsigned big-endian binary: L and LL are 1 byte, LLL and LLLL are 2 bytes */
    BINARY;

    /**
     * @param type the prefix's length type
     * @return bytes the prefix occupies on the wire
     */
    public int prefixBytes(LengthType type) {
        int d = type.digits();
        if (d == 0) {
            return 0;
        }
        return switch (this) {
            case ASCII, EBCDIC -> d;
            case BCD -> (d + 1) / 2;
            case BINARY -> d <= 2 ? 1 : 2;
        };
    }
}
