package io.pos4j.iso8583;

import io.pos4j.iso8583.internal.FieldCodec;
import io.pos4j.iso8583.internal.Headers;
import io.pos4j.iso8583.internal.Values;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.Subfields;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reading and writing positional and bitmapped subfields. */
final class SubfieldAccess {

    private SubfieldAccess() {
    }

    static Optional<String> positional(IsoMessage m, int field, Subfields.Positional p, int part) {
        if (part < 1 || part > p.parts().size()) {
            throw new IllegalArgumentException("field " + field + " has no part " + part);
        }
        if (!m.has(field)) {
            return Optional.empty();
        }
        String v = m.text(field);
        int from = 0;
        for (int k = 1; k < part; k++) {
            from += p.parts().get(k - 1).length();
        }
        int to = from + p.parts().get(part - 1).length();
        return to <= v.length() ? Optional.of(v.substring(from, to)) : Optional.empty();
    }

    /**
     * @throws IsoParseException with path "field.part" and the offset in the message (decoded
     *         messages) or in the field (built ones) when the composite is malformed
     */
    static Optional<String> bitmapped(IsoMessage m, int field, Subfields.Bitmapped b, int part) {
        FieldSpec want = b.part(part);
        if (want == null) {
            throw new IllegalArgumentException("field " + field + " has no part " + part);
        }
        if (!m.has(field)) {
            return Optional.empty();
        }
        byte[] v = m.bytes(field);
        int base = m.contentOffset(field);
        int bm = Headers.bitmapSize(b.bitmapEncoding());
        try {
            if (v.length < bm) {
                throw new IsoParseException(IsoParseException.Reason.TRUNCATED, "", 0,
                        "need " + bm + " bitmap bytes at offset 0, " + v.length + " available");
            }
            long bits = Headers.readBitmap(b.bitmapEncoding(), v, 0, "");
            int pos = bm;
            for (int k = 1; k <= 64; k++) {
                if ((bits & (1L << (64 - k))) == 0) {
                    continue;
                }
                FieldSpec f = b.part(k);
                if (f == null) {
                    throw new IsoParseException(IsoParseException.Reason.UNKNOWN_FIELD, Integer.toString(k), pos,
                            "bitmap announces a part the spec does not define at offset " + pos);
                }
                int end = FieldCodec.scan(f, k, v, pos, v.length, v.length);
                if (k == part) {
                    int cs = pos + FieldCodec.prefixBytes(f);
                    int units = f.isFixed() ? f.length() : FieldCodec.readPrefix(f, v, pos);
                    return Optional.of(FieldCodec.text(f, v, cs, end - cs, units));
                }
                pos = end;
            }
            return Optional.empty();
        } catch (IsoParseException e) {
            String path = field + "." + e.fieldPath();
            String msg = e.getMessage().replaceFirst("^(field [0-9]+|message|): ?", "")
                    .replace("at offset " + e.offset(), "at offset " + (base + e.offset()));
            throw new IsoParseException(e.reason(), path, base + e.offset(), "field " + path + ": " + msg);
        }
    }

    /** Encodes a bitmapped composite from part values (text; b parts as hex). */
    static byte[] encodeBitmapped(int field, Subfields.Bitmapped b, Map<Integer, String> parts) {
        TreeMap<Integer, Object> values = new TreeMap<>();
        long bits = 0;
        int size = Headers.bitmapSize(b.bitmapEncoding());
        for (Map.Entry<Integer, String> e : parts.entrySet()) {
            FieldSpec f = b.part(e.getKey());
            if (f == null) {
                throw new IllegalArgumentException("field " + field + " has no part " + e.getKey());
            }
            Object v = f.type() == io.pos4j.iso8583.spec.ContentType.B
                    ? Values.bytes(f, field, java.util.HexFormat.of().parseHex(e.getValue()))
                    : Values.text(f, field, e.getKey(), e.getValue());
            values.put(e.getKey(), v);
            bits |= 1L << (64 - e.getKey());
            size += FieldCodec.packedSize(f, v);
        }
        byte[] out = new byte[size];
        int pos = Headers.writeBitmap(b.bitmapEncoding() == FieldEncoding.BINARY ? FieldEncoding.BINARY
                : FieldEncoding.HEX_ASCII, bits, out, 0);
        for (Map.Entry<Integer, Object> e : values.entrySet()) {
            pos = FieldCodec.write(b.part(e.getKey()), e.getValue(), out, pos);
        }
        return out;
    }
}
