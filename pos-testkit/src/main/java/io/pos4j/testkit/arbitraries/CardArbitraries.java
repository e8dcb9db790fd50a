package io.pos4j.testkit.arbitraries;

import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Card and terminal data: PANs with a valid Luhn check digit, PINs, DUKPT key serial numbers,
 * track 2 equivalent data, amounts and dates, as the text the ISO 8583 and EMV layers carry.
 * Every value shrinks to a value that is still valid (a shorter PAN keeps a correct check digit).
 * Stateless; all methods are thread-safe.
 */
public final class CardArbitraries {

    private static final String[] PREFIXES = {"4", "51", "52", "53", "54", "55", "2221", "2720", "62", "34",
        "37", "35", "6011", "9"};

    private CardArbitraries() {
    }

    /** @return PANs of 13 to 19 digits with a scheme-like prefix and a valid Luhn check digit */
    public static Arbitrary<String> pans() {
        return pans(13, 19);
    }

    /**
     * @param minLength shortest PAN, at least 8 (including the check digit)
     * @param maxLength longest PAN, at most 19
     * @return Luhn-valid PANs with a scheme-like prefix
     */
    public static Arbitrary<String> pans(int minLength, int maxLength) {
        if (minLength < 8 || maxLength > 19 || minLength > maxLength) {
            throw new IllegalArgumentException("PAN lengths must satisfy 8 <= min <= max <= 19");
        }
        Arbitrary<String> prefix = Arbitraries.of(PREFIXES);
        Arbitrary<Integer> length = Arbitraries.integers().between(minLength, maxLength).shrinkTowards(16);
        Arbitrary<String> body = Arbitraries.strings().numeric().ofLength(maxLength);
        return Combinators.combine(prefix, length, body).as((p, n, b) -> {
            String digits = (p + b).substring(0, n - 1);
            return digits + luhnDigit(digits);
        });
    }

    /**
     * @param payload the digits before the check digit
     * @return the Luhn (ISO/IEC 7812-1 Annex B) check digit
     */
    public static char luhnDigit(String payload) {
        int sum = 0;
        boolean dbl = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("PAN payload must be digits (character " + i + ")");
            }
            if (dbl) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            dbl = !dbl;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /**
     * @param pan digits
     * @return true when the last digit is the Luhn check digit of the others
     */
    public static boolean isLuhnValid(String pan) {
        return pan.length() >= 2 && pan.chars().allMatch(c -> c >= '0' && c <= '9')
                && luhnDigit(pan.substring(0, pan.length() - 1)) == pan.charAt(pan.length() - 1);
    }

    /** @return PINs of 4 to 12 digits (ISO 9564-1), shrinking towards 4 digits */
    public static Arbitrary<String> pins() {
        return Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(12);
    }

    /**
     * TDES DUKPT key serial numbers (ANSI X9.24-1): 20 hex digits, 59 bits of key set and device
     * ID, then a 21-bit counter that is non-zero and has at most 10 one bits (the counters a
     * terminal actually uses).
     *
     * @return KSNs as upper-case hex
     */
    public static Arbitrary<String> ksns() {
        Arbitrary<Long> id = Arbitraries.longs().between(0, (1L << 59) - 1);
        Arbitrary<Integer> counter = Arbitraries.integers().between(1, (1 << 21) - 1)
                .filter(c -> Integer.bitCount(c) <= 10);
        return Combinators.combine(id, counter).as((i, c) -> {
            byte[] b = new byte[10];
            long hi = i >>> 3; // top 56 bits of the 59-bit identifier
            for (int k = 0; k < 7; k++) {
                b[k] = (byte) (hi >>> (8 * (6 - k)));
            }
            long low = ((i & 7L) << 21) | c; // 3 id bits + 21 counter bits = 24 bits
            b[7] = (byte) (low >>> 16);
            b[8] = (byte) (low >>> 8);
            b[9] = (byte) low;
            return HexFormat.of().withUpperCase().formatHex(b);
        });
    }

    /**
     * AES DUKPT key serial numbers (ANSI X9.24-3): 24 hex digits, an 8-byte initial key ID and a
     * 32-bit counter that is non-zero and has at most 16 one bits.
     *
     * @return KSNs as upper-case hex
     */
    public static Arbitrary<String> aesKsns() {
        Arbitrary<Long> counter = Arbitraries.longs().between(1, 0xFFFF_FFFFL).filter(c -> Long.bitCount(c) <= 16);
        return Combinators.combine(Arbitraries.longs(), counter)
                .as((id, c) -> String.format("%016X%08X", id, c));
    }

    /** @return expiry dates YYMM (months 01-12) */
    public static Arbitrary<String> expiryDates() {
        return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12))
                .as((y, m) -> String.format("%02d%02d", y, m));
    }

    /** @return transaction dates YYMMDD (EMV 9A) with a day that exists in that month */
    public static Arbitrary<String> transactionDates() {
        return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 31)).as((y, m, d) -> {
                    int max = java.time.YearMonth.of(2000 + y, m).lengthOfMonth();
                    return String.format("%02d%02d%02d", y, m, Math.min(d, max));
                });
    }

    /** @return amounts in minor units as 12 digits (ISO 8583 DE 4, EMV 9F02), shrinking towards zero */
    public static Arbitrary<String> amounts() {
        return Arbitraries.longs().between(0, 999_999_999_999L)
                .edgeCases(c -> c.add(0L, 1L, 999_999_999_999L))
                .map(v -> String.format("%012d", v));
    }

    /**
     * Track 2 equivalent data as ISO 8583 DE 35 text: PAN, {@code =}, expiry YYMM, a 3-digit
     * service code and discretionary digits, at most 37 characters (ISO/IEC 7813).
     *
     * @return track 2 data
     */
    public static Arbitrary<String> track2() {
        Arbitrary<String> service = Arbitraries.of("101", "120", "201", "220", "221", "601", "000");
        return Combinators.combine(pans(), expiryDates(), service, Arbitraries.strings().numeric().ofMaxLength(13))
                .as((pan, exp, svc, disc) -> {
                    String t = pan + "=" + exp + svc + disc;
                    return t.length() <= 37 ? t : t.substring(0, 37);
                });
    }
}
