package io.pos4j.iso8583.internal;

import io.pos4j.iso8583.IsoParseException.Reason;

/**
 * The unpack loop over the fields a bitmap announces. The common field kinds are checked inline
 * (one bounds check and a word-at-a-time or table loop); anything unusual, and every input the
 * fast path does not accept, goes to {@link FieldCodec#scan}, which either accepts it or throws
 * the precise error. So the fast path can only ever be stricter, never more lenient.
 */
public final class Scanner {

    private Scanner() {
    }

    /**
     * Validates every announced field and records where each starts.
     *
     * @param offs receives each field's start, then the end of the last field
     * @return the offset after the last field
     */
    public static int scanFields(Plan[] plans, String specName, byte[] b, int pos, int end, long w0, long w1,
            long w2, char[] offs, int maxWire) {
        int i = 0;
        for (int word = 0; word < 3; word++) {
            long w = word == 0 ? w0 : word == 1 ? w1 : w2;
            while (w != 0) {
                int field = (word << 6) + Long.numberOfTrailingZeros(w) + 1;
                w &= w - 1;
                Plan p = plans[field];
                if (p == null) {
                    throw Wire.error(Reason.UNKNOWN_FIELD, Integer.toString(field), pos,
                            "bitmap announces a field " + specName + " does not define");
                }
                offs[i++] = (char) pos;
                // inline by hand: a per-field method is not inlined once the JIT has compiled it on its own
                int kind = p.scanKind;
                int from = pos;
                int wire;
                int digits;
                if (kind == Plan.VAR) {
                    int pb = p.prefixBytes;
                    int units = end - pos < pb ? -1 : p.prefixZero >= 0 ? textNumber(b, pos, pb, p.prefixZero)
                            : bcdNumber(b, pos, pb);
                    wire = units < 0 || units > p.max ? -1 : p.wireOf(units);
                    from = pos + pb;
                    digits = p.valueUnits ? units : wire << 1;
                } else {
                    wire = kind == Plan.GENERIC ? -1 : p.fixedWire;
                    digits = p.max;
                }
                // the content check, also by hand: Plan.contentOk, once compiled on its own with its
                // four loops, is too big to inline here, which made one JVM run in four ~40 % slower
                boolean ok = wire >= 0 && wire <= maxWire && end - from >= wire;
                if (ok) {
                    int c = p.content;
                    int to = from + wire;
                    ok = c == Plan.C_ANY
                            || (c == Plan.C_DIGITS ? Swar.firstNonDigit(b, from, to) < 0
                            : c == Plan.C_HEX ? Swar.firstNonHex(b, from, to) < 0
                            : c == Plan.C_TRACK ? Swar.firstNonTrack(b, from, to) < 0
                            : c == Plan.C_EBCDIC_DIGITS ? Swar.firstNonEbcdicDigit(b, from, to) < 0
                            : p.bcdOk(c == Plan.C_BCD_N ? FieldCodec.BCD_PAIR : FieldCodec.TRACK_PAIR, b, from, to, digits));
                }
                if (!ok) {
                    pos = p.slowScan(b, pos, end, maxWire);
                } else {
                    pos = from + wire;
                }
            }
        }
        offs[i] = (char) pos;
        return pos;
    }

    /** @return the value of {@code n} ASCII or EBCDIC digits (digit 0 is the byte {@code zero}), or -1 */
    private static int textNumber(byte[] b, int pos, int n, int zero) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = (b[pos + i] & 0xFF) - zero;
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** @return the value of {@code n} packed BCD bytes, or -1 */
    private static int bcdNumber(byte[] b, int pos, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int x = b[pos + i] & 0xFF;
            if (!FieldCodec.BCD_PAIR[x]) {
                return -1;
            }
            v = v * 100 + (x >> 4) * 10 + (x & 0xF);
        }
        return v;
    }
}
