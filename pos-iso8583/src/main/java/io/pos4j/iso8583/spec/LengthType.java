package io.pos4j.iso8583.spec;

/** Fixed length, or a variable length announced by a prefix of 1 to 4 decimal digits. */
public enum LengthType {
    /** fixed length, no prefix */
    FIXED(0),
    /** 1-digit prefix (max 9) */
    L(1),
    /** 2-digit prefix (max 99) */
    LL(2),
    /** 3-digit prefix (max 999) */
    LLL(3),
    /** 4-digit prefix (max 9999) */
    LLLL(4);

    private final int digits;

    LengthType(int digits) {
        this.digits = digits;
    }

    /** @return decimal digits of the prefix, 0 for {@link #FIXED} */
    public int digits() {
        return digits;
    }

    /** @return the largest length the prefix can express (for {@link #FIXED}: no limit, {@code Integer.MAX_VALUE}) */
    public int maxExpressible() {
        return switch (this) {
            case FIXED -> Integer.MAX_VALUE;
            case L -> 9;
            case LL -> 99;
            case LLL -> 999;
            case LLLL -> 9999;
        };
    }
}
