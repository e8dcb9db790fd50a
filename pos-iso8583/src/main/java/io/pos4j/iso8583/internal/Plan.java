package io.pos4j.iso8583.internal;

import io.pos4j.iso8583.IsoParseException.Reason;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;

/**
 * A field spec compiled for the hot path: fixed wire size and the cheapest validation known up
 * front, so scanning a fixed field is a bounds check and a tight loop.
 */
public final class Plan {

    private static final int NONE = 0;
    private static final int BCD_EVEN = 1;
    private static final int ASCII_DIGITS = 2;
    private static final int GENERIC = 3;

    /** the field's spec */
    public final FieldSpec spec;
    /** data element number */
    public final int number;
    /** bytes of the length prefix (0 when fixed) */
    public final int prefixBytes;
    /** wire bytes of a fixed field, -1 for variable ones */
    public final int fixedWire;
    private final int check;

    private Plan(FieldSpec f) {
        this.spec = f;
        this.number = f.number();
        this.prefixBytes = FieldCodec.prefixBytes(f);
        this.fixedWire = f.isFixed() ? FieldCodec.wireLength(f, f.length()) : -1;
        if (f.encoding() == FieldEncoding.BCD && f.type() == ContentType.N && f.length() % 2 == 0) {
            check = BCD_EVEN;
        } else if (f.encoding() == FieldEncoding.ASCII && f.type() == ContentType.N) {
            check = ASCII_DIGITS;
        } else if (f.encoding() == FieldEncoding.BINARY
                || (f.encoding() == FieldEncoding.ASCII || f.encoding() == FieldEncoding.GBK)
                        && (f.type() == ContentType.AN || f.type() == ContentType.ANS)) {
            check = NONE;
        } else {
            check = GENERIC;
        }
    }

    /** compiled plans of the specs in use, by identity (weak: a spec no longer used is dropped) */
    private static final java.util.Map<MessageSpec, Plan[]> CACHE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

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
        return Values.text(spec, number, 0, value);
    }

    /** Validates the field at {@code pos}; returns the offset after it. */
    public int scan(byte[] b, int pos, int end, int maxWire) {
        int wire = fixedWire;
        if (wire < 0 || wire > maxWire) {
            return FieldCodec.scan(spec, number, b, pos, end, maxWire);
        }
        if (end - pos < wire) {
            throw Wire.truncated(Integer.toString(number), "bytes", wire, pos, end - pos);
        }
        int stop = pos + wire;
        switch (check) {
            case BCD_EVEN -> {
                for (int i = pos; i < stop; i++) {
                    if (!FieldCodec.BCD_PAIR[b[i] & 0xFF]) {
                        throw Wire.error(Reason.BAD_BCD, Integer.toString(number), i, "nibble is not a digit");
                    }
                }
            }
            case ASCII_DIGITS -> {
                int bad = Swar.firstNonDigit(b, pos, stop);
                if (bad >= 0) {
                    throw Wire.error(Reason.BAD_CHARACTER, Integer.toString(number), bad,
                            "character is not allowed in n content");
                }
            }
            case GENERIC -> FieldCodec.validate(spec, number, b, pos, wire, spec.length());
            default -> {
                // any bytes
            }
        }
        return stop;
    }
}
