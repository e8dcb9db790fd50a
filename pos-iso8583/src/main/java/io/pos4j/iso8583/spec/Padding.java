package io.pos4j.iso8583.spec;

/**
 * Where the pad nibble of an odd-length BCD value goes and what it is. On decode either pad
 * nibble (0 or F) is accepted; on encode the spec's own is written.
 */
public enum Padding {
    /** leading 0 nibble: 123 is 01 23 (ISO87 binary fixed numerics) */
    LEFT_ZERO,
    /** leading F nibble: 123 is F1 23 */
    LEFT_F,
    /** trailing 0 nibble: 071 is 07 10 (UnionPay DE 22, DE 60) */
    RIGHT_ZERO,
    /** trailing F nibble: 123 is 12 3F */
    RIGHT_F;

    /** @return true when the pad nibble leads */
    public boolean isLeft() {
        return this == LEFT_ZERO || this == LEFT_F;
    }

    /** @return the pad nibble, 0x0 or 0xF */
    public int nibble() {
        return this == LEFT_ZERO || this == RIGHT_ZERO ? 0 : 0xF;
    }
}
