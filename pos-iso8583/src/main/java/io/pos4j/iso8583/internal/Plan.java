package io.pos4j.iso8583.internal;

import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthUnit;
import io.pos4j.iso8583.spec.MessageSpec;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A field spec compiled for the hot paths: small integer kinds decided once per spec, so that
 * {@link Scanner} validates the common layouts (ASCII or BCD prefixes; digits, hex, track, BCD or
 * opaque content) in a tight inlined loop, and the builder and the packer skip the generic
 * per-value dispatch. Anything unusual, and every error, goes through the generic
 * {@link FieldCodec} code, which stays the single authority on what is valid.
 */
public final class Plan {

    /** scan kinds */
    static final int GENERIC = 0;
    static final int FIXED_ANY = 1;
    static final int FIXED_DIGITS = 2;
    static final int FIXED_HEX = 3;
    static final int FIXED_BCD = 4;
    static final int VAR = 5;
    static final int FIXED_EBCDIC_DIGITS = 6;

    /** content checks of variable fields (and of FIXED_BCD: BCD_N or BCD_TRACK) */
    static final int C_ANY = 0;
    static final int C_DIGITS = 1;
    static final int C_HEX = 2;
    static final int C_TRACK = 3;
    static final int C_BCD_N = 4;
    static final int C_BCD_TRACK = 5;
    static final int C_EBCDIC_DIGITS = 6;

    /** wire size of variable fields from the prefix's units */
    static final int W_SAME = 0;
    static final int W_SAME_EVEN = 1;
    static final int W_HALF = 2;
    static final int W_DOUBLE = 3;

    /** the field's spec */
    public final FieldSpec spec;
    /** data element number */
    public final int number;
    /** bytes of the length prefix (0 when fixed) */
    public final int prefixBytes;
    /** wire bytes of a fixed field, -1 for variable ones */
    public final int fixedWire;
    final int scanKind;
    final int content;
    final int wireKind;
    /** VAR prefix digits: the byte of digit 0 ('0' for ASCII, 0xF0 for EBCDIC), or -1 for packed BCD */
    final int prefixZero;
    /** maximum units of a variable field */
    final int max;
    /** BCD content: odd digit counts are padded on the left */
    final boolean padLeft;
    /** digit counts are the units (VALUE) rather than twice the wire bytes */
    final boolean valueUnits;
    /** how a String value is checked when set and written when packed */
    private final int textKind;
    /** how the prefix is written */
    private final int prefixKind;
    private final int padNibble;

    private Plan(FieldSpec f) {
        this.spec = f;
        this.number = f.number();
        this.prefixBytes = FieldCodec.prefixBytes(f);
        this.fixedWire = f.isFixed() ? FieldCodec.wireLength(f, f.length()) : -1;
        this.max = f.length();
        this.padLeft = f.padding().isLeft();
        this.valueUnits = f.unit() == LengthUnit.VALUE;
        this.prefixZero = f.lengthEncoding() == LengthEncoding.ASCII ? '0'
                : f.lengthEncoding() == LengthEncoding.EBCDIC ? 0xF0 : -1;
        ContentType t = f.type();
        FieldEncoding e = f.encoding();
        int c = -1;
        boolean text = e == FieldEncoding.ASCII || e == FieldEncoding.EBCDIC;
        if (e == FieldEncoding.BINARY || e == FieldEncoding.GBK
                || text && (t == ContentType.AN || t == ContentType.ANS)) {
            c = C_ANY;
        } else if (e == FieldEncoding.ASCII && t == ContentType.N) {
            c = C_DIGITS;
        } else if (e == FieldEncoding.EBCDIC && t == ContentType.N) {
            c = C_EBCDIC_DIGITS;
        } else if (e == FieldEncoding.ASCII && t == ContentType.Z) {
            c = C_TRACK;
        } else if (e == FieldEncoding.HEX_ASCII) {
            c = C_HEX;
        } else if (e == FieldEncoding.BCD && t == ContentType.N) {
            c = C_BCD_N;
        } else if (e == FieldEncoding.BCD && t == ContentType.Z) {
            c = C_BCD_TRACK;
        }
        this.content = c;
        int w;
        if (!valueUnits) {
            w = e == FieldEncoding.HEX_ASCII ? W_SAME_EVEN : e == FieldEncoding.BCD ? -1 : W_SAME;
        } else {
            w = e == FieldEncoding.BCD ? W_HALF : e == FieldEncoding.HEX_ASCII ? W_DOUBLE : W_SAME;
        }
        this.wireKind = w;
        this.padNibble = f.padding().nibble();
        boolean plain = valueUnits && (e == FieldEncoding.ASCII || e == FieldEncoding.BCD);
        textKind = !plain ? T_OTHER : t == ContentType.N ? (e == FieldEncoding.BCD ? T_BCD_DIGITS : T_DIGITS)
                : t == ContentType.Z ? (e == FieldEncoding.BCD ? T_BCD_TRACK : T_TRACK)
                : e == FieldEncoding.ASCII && (t == ContentType.AN || t == ContentType.ANS) ? T_LATIN1 : T_OTHER;
        prefixKind = f.isFixed() ? P_NONE : f.lengthEncoding() == LengthEncoding.ASCII ? P_ASCII
                : f.lengthEncoding() == LengthEncoding.BCD ? P_BCD : P_OTHER;
        if (f.isFixed()) {
            scanKind = fixedWire < 0 ? GENERIC : switch (c) {
                case C_ANY -> FIXED_ANY;
                case C_DIGITS -> FIXED_DIGITS;
                case C_EBCDIC_DIGITS -> FIXED_EBCDIC_DIGITS;
                case C_HEX -> FIXED_HEX;
                case C_BCD_N, C_BCD_TRACK -> FIXED_BCD;
                default -> GENERIC;
            };
        } else {
            boolean prefixOk = f.lengthEncoding() != LengthEncoding.BINARY;
            scanKind = prefixOk && c >= 0 && w >= 0 ? VAR : GENERIC;
        }
    }

    /** String kinds: checked and written without the generic dispatch */
    private static final int T_OTHER = 0;
    private static final int T_DIGITS = 1;
    private static final int T_BCD_DIGITS = 2;
    private static final int T_TRACK = 3;
    private static final int T_BCD_TRACK = 4;
    private static final int T_LATIN1 = 5;

    /** prefix kinds */
    private static final int P_NONE = 0;
    private static final int P_ASCII = 1;
    private static final int P_BCD = 2;
    private static final int P_OTHER = 3;

    /** compiled plans of the specs in use, by identity (weak: a spec no longer used is dropped) */
    private static final Map<MessageSpec, Plan[]> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** @return plans indexed by field number (null where the spec defines no field); shared, never modified */
    public static Plan[] compile(MessageSpec spec) {
        Plan[] cached = CACHE.get(spec);
        if (cached != null) {
            return cached;
        }
        Plan[] plans = new Plan[193];
        for (FieldSpec f : spec.fields()) {
            plans[f.number()] = new Plan(f);
        }
        CACHE.put(spec, plans);
        return plans;
    }

    /**
     * @param value text for this field
     * @return the stored form, checked against the field's spec
     * @throws IllegalArgumentException naming the field
     */
    public Object text(String value) {
        int kind = textKind;
        if (kind != T_OTHER && value != null) {
            int n = value.length();
            if (fixedWire >= 0 ? n == max : n <= max) {
                boolean ok = true;
                if (kind == T_LATIN1) {
                    for (int i = 0; i < n; i++) {
                        ok &= value.charAt(i) <= 0xFF;
                    }
                } else if (kind == T_DIGITS || kind == T_BCD_DIGITS) {
                    for (int i = 0; i < n; i++) {
                        ok &= (char) (value.charAt(i) - '0') <= 9;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        char c = value.charAt(i);
                        ok &= (char) (c - '0') <= 9 || c == '=';
                    }
                }
                if (ok) {
                    return value;
                }
            }
        }
        return Values.text(spec, number, 0, value);
    }

    /** @return prefix plus content bytes of a stored value */
    public int size(Object value) {
        return fixedWire >= 0 ? fixedWire : prefixBytes + FieldCodec.wireSize(spec, value);
    }

    /** Writes prefix and content of a stored value (checked when set); returns the offset after it. */
    public int write(Object value, byte[] dst, int pos) {
        if (textKind == T_OTHER || prefixKind == P_OTHER || !(value instanceof String s)) {
            return FieldCodec.write(spec, value, dst, pos);
        }
        int n = s.length();
        if (prefixKind != P_NONE) {
            pos = writeLength(n, dst, pos);
        }
        return textKind == T_BCD_DIGITS || textKind == T_BCD_TRACK ? writeBcd(s, n, dst, pos) : latin1(s, n, dst, pos);
    }

    /** @return whether {@link #writeNumber} can write a number of this field (packed BCD n counted in digits) */
    public boolean packsNumbers() {
        return textKind == T_BCD_DIGITS && prefixKind != P_OTHER;
    }

    /** @return the digits {@link #writeNumber} writes for {@code v}: the field's length when fixed, or -1 when too many */
    public int numberDigits(long v) {
        int n = 1;
        for (long x = v; x >= 10; x /= 10) {
            n++;
        }
        return n > max ? -1 : fixedWire >= 0 ? max : n;
    }

    /**
     * Writes prefix and packed BCD content of a number of {@code n} digits (see
     * {@link #numberDigits}, left-padded with zeros), filled from the last digit; returns the
     * offset after it. Only when {@link #packsNumbers()}.
     */
    public int writeNumber(long v, int n, byte[] dst, int pos) {
        if (prefixKind != P_NONE) {
            pos = writeLength(n, dst, pos);
        }
        int end = pos + ((n + 1) >> 1);
        int i = end - 1;
        int stop = pos;
        if ((n & 1) != 0) {
            if (padLeft) {
                stop = pos + 1; // byte 0 holds the pad nibble and the first digit
            } else {
                dst[i--] = (byte) ((int) (v % 10) << 4 | padNibble);
                v /= 10;
            }
        }
        for (; i >= stop; i--) {
            int lo = (int) (v % 10);
            v /= 10;
            dst[i] = (byte) ((int) (v % 10) << 4 | lo);
            v /= 10;
        }
        if (stop > pos) {
            dst[pos] = (byte) (padNibble << 4 | (int) (v % 10));
        }
        return end;
    }

    private int writeLength(int n, byte[] dst, int pos) {
        if (prefixKind == P_ASCII) {
            for (int i = prefixBytes - 1, v = n; i >= 0; i--, v /= 10) {
                dst[pos + i] = (byte) ('0' + v % 10);
            }
        } else if (prefixBytes == 1) {
            dst[pos] = FieldCodec.BCD_OF[n];
        } else {
            dst[pos] = FieldCodec.BCD_OF[n / 100];
            dst[pos + 1] = FieldCodec.BCD_OF[n % 100];
        }
        return pos + prefixBytes;
    }

    /** Latin-1 characters, checked when set: an array copy */
    @SuppressWarnings("deprecation")
    private static int latin1(String s, int n, byte[] dst, int pos) {
        s.getBytes(0, n, dst, pos);
        return pos + n;
    }

    /** digits and '=' are 0x30..0x39 and 0x3D: the low nibble is the BCD nibble (D for '=') */
    private int writeBcd(String s, int n, byte[] dst, int pos) {
        int i = 0;
        if ((n & 1) != 0 && padLeft) {
            dst[pos++] = (byte) (padNibble << 4 | s.charAt(i++) & 0xF);
        }
        for (; i + 1 < n; i += 2) {
            dst[pos++] = (byte) (s.charAt(i) << 4 | s.charAt(i + 1) & 0xF);
        }
        if (i < n) {
            dst[pos++] = (byte) (s.charAt(i) << 4 | padNibble);
        }
        return pos;
    }

    /** The generic scan: validates the field at {@code pos} or throws the precise error. */
    int slowScan(byte[] b, int pos, int end, int maxWire) {
        return FieldCodec.scan(spec, number, b, pos, end, maxWire);
    }

    /** @return wire bytes of a variable field holding {@code units}, or -1 for an odd hex count */
    int wireOf(int units) {
        return switch (wireKind) {
            case W_SAME -> units;
            case W_SAME_EVEN -> (units & 1) == 0 ? units : -1;
            case W_HALF -> (units + 1) >> 1;
            default -> units << 1;
        };
    }

    /** packed BCD: every byte two digits (table), except the pad nibble of an odd count, which must be 0 or F */
    boolean bcdOk(boolean[] pair, byte[] b, int from, int to, int digits) {
        boolean odd = (digits & 1) != 0 && valueUnits;
        int lo = odd && padLeft ? from + 1 : from;
        int hi = odd && !padLeft ? to - 1 : to;
        for (int i = lo; i < hi; i++) {
            if (!pair[b[i] & 0xFF]) {
                return false;
            }
        }
        if (odd) {
            int v = b[padLeft ? from : to - 1] & 0xFF;
            int pad = padLeft ? v >> 4 : v & 0xF;
            int digit = padLeft ? v & 0xF : v >> 4;
            return (pad == 0 || pad == 0xF) && (digit <= 9 || digit == 0xD && pair == FieldCodec.TRACK_PAIR);
        }
        return true;
    }
}
