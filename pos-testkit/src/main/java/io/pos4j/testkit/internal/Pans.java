package io.pos4j.testkit.internal;

/** PAN masking: first 6 and last 4 digits kept, the rest as {@code *}. */
public final class Pans {
    private Pans() {
    }

    /**
     * Masks a PAN for logs and toString.
     *
     * @param pan the PAN, may be null
     * @return first6 + stars + last4; for PANs shorter than 13 digits only the last 4 are kept
     */
    public static String mask(CharSequence pan) {
        if (pan == null) {
            return "null";
        }
        int n = pan.length();
        StringBuilder sb = new StringBuilder(n);
        int keepHead = n >= 13 ? 6 : 0;
        int keepTail = Math.min(4, n);
        for (int i = 0; i < n; i++) {
            sb.append(i < keepHead || i >= n - keepTail ? pan.charAt(i) : '*');
        }
        return sb.toString();
    }

    /**
     * Checks a PAN's shape: 12 to 19 decimal digits.
     *
     * @param pan the PAN
     * @return true if it is 12..19 digits
     */
    public static boolean isValid(CharSequence pan) {
        if (pan == null || pan.length() < 12 || pan.length() > 19) {
            return false;
        }
        for (int i = 0; i < pan.length(); i++) {
            char c = pan.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
