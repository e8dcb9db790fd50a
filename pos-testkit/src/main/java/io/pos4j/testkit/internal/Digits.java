package io.pos4j.testkit.internal;

/** Zero-padded decimal text without {@code String.format} (hot path of every answer). */
public final class Digits {
    private Digits() {
    }

    /**
     * @param value  not negative
     * @param width  digits wanted
     * @return {@code value} left-padded with zeros to {@code width} (longer values are kept whole)
     */
    public static String pad(long value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("value: must not be negative");
        }
        String s = Long.toString(value);
        if (s.length() >= width) {
            return s;
        }
        StringBuilder sb = new StringBuilder(width);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    /**
     * @param a two-digit parts, e.g. hour, minute, second
     * @return the parts each zero-padded to 2 digits, concatenated
     */
    public static String twos(int... a) {
        char[] c = new char[a.length * 2];
        for (int i = 0; i < a.length; i++) {
            c[2 * i] = (char) ('0' + a[i] / 10 % 10);
            c[2 * i + 1] = (char) ('0' + a[i] % 10);
        }
        return new String(c);
    }
}
