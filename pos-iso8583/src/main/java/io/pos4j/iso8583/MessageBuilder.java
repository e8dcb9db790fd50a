package io.pos4j.iso8583;

import io.pos4j.emv.tlv.TlvList;
import io.pos4j.iso8583.internal.Plan;
import io.pos4j.iso8583.internal.Values;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Subfields;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * The implementation of {@link IsoMessage.Builder} (the public name callers use). Values are kept
 * in field order in one array (String, byte[] or Raw), validated when set through the codec's
 * compiled field plans, and handed to the built message without copying: the array is copied
 * only when the builder changes a slot a built message already shares.
 */
abstract class MessageBuilder {

    private final IsoCodec codec;
    private final MessageSpec spec;
    private final Plan[] plans;
    private int mti;
    Tpdu tpdu;
    byte[] header;
    private Object[] vals = new Object[24];
    /** true while a built message shares {@code vals[0..count)} */
    private boolean shared;
    private int count;
    private long w0;
    private long w1;
    private long w2;

    MessageBuilder(IsoCodec codec, int mti) {
        this.codec = codec;
        this.spec = codec.spec();
        this.plans = codec.plans();
        this.mti = mti;
    }

    private IsoMessage.Builder self() {
        return (IsoMessage.Builder) this;
    }

    /** @param mti the message type @return this */
    public IsoMessage.Builder mti(Mti mti) {
        this.mti = Objects.requireNonNull(mti, "mti").code();
        return self();
    }

    /** @param tpdu the TPDU (layouts with a TPDU need one) @return this */
    public IsoMessage.Builder tpdu(Tpdu tpdu) {
        if (!spec.hasTpdu()) {
            throw new IllegalArgumentException(spec.name() + " has no TPDU");
        }
        this.tpdu = Objects.requireNonNull(tpdu, "tpdu");
        return self();
    }

    /** @param header the application header, exactly the layout's header length @return this */
    public IsoMessage.Builder header(byte[] header) {
        Objects.requireNonNull(header, "header");
        if (header.length != spec.headerLength()) {
            throw new IllegalArgumentException(spec.name() + " header is " + spec.headerLength()
                    + " bytes (got " + header.length + ")");
        }
        this.header = header.clone();
        return self();
    }

    private Plan plan(int field) {
        Plan p = field >= 0 && field < plans.length ? plans[field] : null;
        if (p == null) {
            throw new IllegalArgumentException("field " + field + " is not defined by " + spec.name());
        }
        return p;
    }

    /**
     * @param field a text field (n, an, ans, z, x+n)
     * @param value its text; fixed n fields are left-padded with zeros, fixed an/ans with spaces
     * @return this
     * @throws IllegalArgumentException naming the field when the value does not fit its spec
     */
    public IsoMessage.Builder set(int field, String value) {
        return put(field, plan(field).text(value));
    }

    /**
     * @param field a b field, or an ASCII/GBK/EBCDIC text field (raw encoded bytes)
     * @param value its bytes (copied)
     * @return this
     * @throws IllegalArgumentException naming the field when the value does not fit its spec
     */
    public IsoMessage.Builder set(int field, byte[] value) {
        return put(field, Values.bytes(plan(field).spec, field, value));
    }

    /**
     * @param field a b field holding BER-TLV (DE 55)
     * @param tlv   the data objects, encoded minimally
     * @return this
     */
    public IsoMessage.Builder set(int field, TlvList tlv) {
        return set(field, tlv.encode());
    }

    /**
     * @param field a b field
     * @param hex   its bytes as hex digits
     * @return this
     */
    public IsoMessage.Builder setHex(int field, String hex) {
        return set(field, HexFormat.of().parseHex(hex));
    }

    /**
     * Sets a field with positional subfields from its parts; trailing parts may be omitted and
     * numeric parts shorter than their length are left-padded with zeros.
     *
     * @param field a field with positional subfields (UnionPay 60)
     * @param parts the parts' text, from part 1
     * @return this
     */
    public IsoMessage.Builder subfields(int field, String... parts) {
        FieldSpec f = plan(field).spec;
        if (!(f.subfields() instanceof Subfields.Positional p)) {
            throw new IllegalArgumentException("field " + field + " has no positional subfields");
        }
        if (parts.length > p.parts().size()) {
            throw new IllegalArgumentException("field " + field + " has " + p.parts().size() + " parts (got "
                    + parts.length + ")");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            sb.append((String) Values.text(p.parts().get(i), field, i + 1, parts[i]));
        }
        return set(field, sb.toString());
    }

    /**
     * Sets a field with bitmapped subfields from its parts (text; b parts as hex).
     *
     * @param field a field with bitmapped subfields in its spec
     * @param parts part number to value
     * @return this
     */
    public IsoMessage.Builder bitmapped(int field, Map<Integer, String> parts) {
        FieldSpec f = plan(field).spec;
        if (!(f.subfields() instanceof Subfields.Bitmapped b)) {
            throw new IllegalArgumentException("field " + field + " has no bitmapped subfields");
        }
        return set(field, SubfieldAccess.encodeBitmapped(field, b, parts));
    }

    /** @param field a data element to drop @return this */
    public IsoMessage.Builder remove(int field) {
        if (field < 1 || field > 192) {
            return self();
        }
        int idx = field - 1;
        long bit = 1L << (idx & 63);
        int word = idx >>> 6;
        long w = word == 0 ? w0 : word == 1 ? w1 : w2;
        if ((w & bit) != 0) {
            unshare();
            int r = rank(idx);
            System.arraycopy(vals, r + 1, vals, r, count - r - 1);
            vals[--count] = null;
            switch (word) {
                case 0 -> w0 &= ~bit;
                case 1 -> w1 &= ~bit;
                default -> w2 &= ~bit;
            }
        }
        return self();
    }

    private void unshare() {
        if (shared) {
            vals = vals.clone();
            shared = false;
        }
    }

    /** Stores a value already checked against the field's spec. */
    IsoMessage.Builder put(int field, Object value) {
        int idx = field - 1;
        long bit = 1L << (idx & 63);
        int word = idx >>> 6;
        long w = word == 0 ? w0 : word == 1 ? w1 : w2;
        int r = rank(idx);
        if ((w & bit) != 0) {
            unshare();
            vals[r] = value;
            return self();
        }
        if (count == vals.length) {
            vals = Arrays.copyOf(vals, count * 2);
            shared = false;
        }
        if (r < count) {
            unshare();
            System.arraycopy(vals, r, vals, r + 1, count - r);
        }
        // appending writes beyond the slots a built message reads: no copy needed
        vals[r] = value;
        count++;
        switch (word) {
            case 0 -> w0 |= bit;
            case 1 -> w1 |= bit;
            default -> w2 |= bit;
        }
        return self();
    }

    private int rank(int idx) {
        long below = (1L << (idx & 63)) - 1;
        return switch (idx >>> 6) {
            case 0 -> Long.bitCount(w0 & below);
            case 1 -> Long.bitCount(w0) + Long.bitCount(w1 & below);
            default -> Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2 & below);
        };
    }

    /**
     * @return the immutable message
     * @throws IllegalArgumentException when the layout needs a TPDU or header that is missing
     */
    public IsoMessage build() {
        if (spec.hasTpdu() && tpdu == null) {
            throw new IllegalArgumentException(spec.name() + " needs a TPDU: call tpdu(...)");
        }
        if (spec.headerLength() > 0 && header == null) {
            throw new IllegalArgumentException(spec.name() + " needs a " + spec.headerLength()
                    + "-byte header: call header(...)");
        }
        shared = true;
        return new IsoMessage(spec, mti, tpdu, header, w0, w1, w2, vals, null, null);
    }

    /** @return the codec whose field plans check the values */
    IsoCodec codec() {
        return codec;
    }
}
