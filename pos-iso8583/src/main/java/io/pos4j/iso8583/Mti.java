package io.pos4j.iso8583;

/**
 * Message type indicator: four digits, version / class / function / origin (ISO 8583-1 clause 4.1).
 *
 * @param code the MTI as a number, 0..9999 ({@code 200} for "0200")
 */
public record Mti(int code) {

    /** Validates the range. */
    public Mti {
        if (code < 0 || code > 9999) {
            throw new IllegalArgumentException("MTI " + code + " must be 0..9999 (four digits)");
        }
    }

    /**
     * @param digits four decimal digits, such as "0200"
     * @return the MTI
     * @throws IllegalArgumentException unless exactly four digits
     */
    public static Mti of(String digits) {
        if (digits == null || digits.length() != 4) {
            throw new IllegalArgumentException("MTI must be four digits");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("MTI must be four digits (character " + i + " is not)");
            }
            v = v * 10 + (c - '0');
        }
        return new Mti(v);
    }

    /** @return version digit: 0 = ISO 8583:1987, 1 = 1993, 2 = 2003 */
    public int version() {
        return code / 1000;
    }

    /** @return class digit: 1 authorization, 2 financial, 3 file action, 4 reversal/chargeback, 5 reconciliation, 6 administrative, 8 network management */
    public int messageClass() {
        return code / 100 % 10;
    }

    /** @return function digit: 0 request, 1 request response, 2 advice, 3 advice response, 4 notification ... */
    public int function() {
        return code / 10 % 10;
    }

    /** @return origin digit: 0 acquirer, 1 acquirer repeat, 2 issuer, 3 issuer repeat, 4 other, 5 other repeat */
    public int origin() {
        return code % 10;
    }

    /** @return true for requests and advices (even function digit) */
    public boolean isRequest() {
        return function() % 2 == 0;
    }

    /** @return true for responses (odd function digit) */
    public boolean isResponse() {
        return function() % 2 == 1;
    }

    /** @return true for advices and advice responses (function 2 or 3) */
    public boolean isAdvice() {
        return function() == 2 || function() == 3;
    }

    /** @return true for the reversal / chargeback class (x4xx) */
    public boolean isReversal() {
        return messageClass() == 4;
    }

    /** @return true for repeats (odd origin digit: 0201, 0421) */
    public boolean isRepeat() {
        return origin() % 2 == 1 && origin() < 6;
    }

    /**
     * @return the response to this request: function + 1, repeat origin folded to the original
     *         (0200 to 0210, 0401 to 0410, 0820 to 0830)
     * @throws IllegalStateException when this is already a response
     */
    public Mti response() {
        if (!isRequest()) {
            throw new IllegalStateException("MTI " + this + " is a response; it has no response MTI");
        }
        int o = origin();
        int origin = o < 6 ? o - o % 2 : o;
        return new Mti(code / 100 * 100 + (function() + 1) * 10 + origin);
    }

    /** @return the four digits, such as "0200" */
    @Override
    public String toString() {
        return String.format("%04d", code);
    }
}
