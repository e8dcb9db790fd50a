package io.pos4j.terminal.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The terminal's view of one ISO 8583 message: MTI and field values, text ({@code String}) for
 * n/an/ans/z fields and {@code byte[]} for b fields. Encoded and decoded by pos-iso8583 through
 * {@link WireCodec}. {@link #toString()} is masked: it names fields, never values.
 *
 * @param mti    the MTI, 4 digits
 * @param fields field number to value
 */
public record WireMessage(String mti, Map<Integer, Object> fields) {

    /** Copies the fields. */
    public WireMessage {
        Objects.requireNonNull(mti, "mti");
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** @param n field @return text value or null */
    public String text(int n) {
        Object v = fields.get(n);
        return v == null ? null : v instanceof byte[] b ? java.util.HexFormat.of().withUpperCase().formatHex(b)
                : v.toString();
    }

    /** @param n field @return binary value or null */
    public byte[] bytes(int n) {
        Object v = fields.get(n);
        return v == null ? null : v instanceof byte[] b ? b.clone()
                : java.util.HexFormat.of().parseHex(v.toString());
    }

    /** @param n field @return whether present */
    public boolean has(int n) {
        return fields.containsKey(n);
    }

    /**
     * @param n field
     * @param v value (String or byte[]), or null to remove
     * @return a copy with the field set
     */
    public WireMessage with(int n, Object v) {
        TreeMap<Integer, Object> m = new TreeMap<>(fields);
        if (v == null) {
            m.remove(n);
        } else {
            m.put(n, v instanceof byte[] b ? b.clone() : v);
        }
        return new WireMessage(mti, m);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WireMessage w) || !w.mti.equals(mti) || !w.fields.keySet().equals(fields.keySet())) {
            return false;
        }
        for (Map.Entry<Integer, Object> e : fields.entrySet()) {
            Object a = e.getValue();
            Object b = w.fields.get(e.getKey());
            if (a instanceof byte[] x && b instanceof byte[] y ? !Arrays.equals(x, y) : !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return mti.hashCode() * 31 + fields.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "WireMessage[" + mti + " fields " + fields.keySet() + "]";
    }
}
