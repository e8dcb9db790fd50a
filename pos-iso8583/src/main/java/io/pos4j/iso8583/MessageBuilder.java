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
 * The implementation of {@link IsoMessage.Builder} (the public name callers use). Values are
 * validated when set (through the codec's compiled field plans) and written straight away in
 * wire form into one buffer, in field order, so packing is one array copy after the MTI and
 * bitmaps. A built message shares the buffer: the builder only appends in place afterwards and
 * copies the buffer before any other change, so built messages never change. The first buffer
 * and offset array are sized from the codec's last built message (they grow as needed).
 */
abstract class MessageBuilder {

    private final IsoCodec codec;
    private final MessageSpec spec;
    private final Plan[] plans;
    private int mti;
    Tpdu tpdu;
    byte[] header;
    /** the fields' wire bytes (prefix and content), in field order, contiguous from 0 */
    private byte[] buf;
    /** where each present field starts in {@code buf}, by rank; {@code starts[count]} is the end */
    private int[] starts;
    /** true while a built message shares {@code buf} and {@code starts} (only appends are then allowed in place) */
    private boolean shared;
    private int count;
    /** {@code starts[count]}, kept apart so that an append reads no array element first */
    private int end;
    /** the highest field present (0 when none): a field above it is appended */
    private int last;
    /** {@code buf.length}, kept apart for the same reason */
    private int cap;
    private long w0;
    private long w1;
    private long w2;

    MessageBuilder(IsoCodec codec, int mti) {
        this.codec = codec;
        this.spec = codec.spec();
        this.plans = codec.plans();
        this.mti = mti;
        this.buf = new byte[Math.max(64, codec.sizeHint)];
        this.starts = new int[Math.max(8, codec.countHint + 1)];
        this.cap = buf.length;
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
        Plan p = plan(field);
        return store(field, p, p.text(value));
    }

    /**
     * Sets an n field from a number, the typed form of {@link #set(int, String)} for amounts,
     * trace numbers and codes: fixed fields are left-padded with zeros ({@code set(4, 1250)} is
     * {@code "000000001250"}), variable ones hold the number's digits without leading zeros.
     *
     * @param field an n field (digits only; not z, x+n or text)
     * @param value the number, at least 0
     * @return this
     * @throws IllegalArgumentException naming the field when it is not n, the value is negative or
     *         has more digits than the field holds
     */
    public IsoMessage.Builder set(int field, long value) {
        Plan p = plan(field);
        Values.requireNumeric(p.spec, field);
        if (value < 0) {
            throw new IllegalArgumentException("field " + field + ": negative number");
        }
        int n = p.packsNumbers() ? p.numberDigits(value) : -1;
        if (n < 0) {
            // other encodings, and the error for too many digits, come from the text form
            return store(field, p, p.text(Long.toString(value)));
        }
        int at = reserve(field, p.prefixBytes + ((n + 1) >> 1));
        p.writeNumber(value, n, buf, at);
        return self();
    }

    /**
     * @param field a b field, or an ASCII/GBK/EBCDIC text field (raw encoded bytes)
     * @param value its bytes (copied)
     * @return this
     * @throws IllegalArgumentException naming the field when the value does not fit its spec
     */
    public IsoMessage.Builder set(int field, byte[] value) {
        Plan p = plan(field);
        return store(field, p, Values.bytes(p.spec, field, value));
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
            int r = rank(idx);
            room(r, true, starts[r + 1] - starts[r], 0);
            System.arraycopy(starts, r + 2, starts, r + 1, count - r - 1);
            count--;
            switch (word) {
                case 0 -> w0 &= ~bit;
                case 1 -> w1 &= ~bit;
                default -> w2 &= ~bit;
            }
            resync();
        }
        return self();
    }

    /** Writes a checked value (String, byte[] or Raw) of a field in wire form. */
    private IsoMessage.Builder store(int field, Plan p, Object value) {
        int size = p.size(value);
        int at = reserve(field, size);
        p.write(value, buf, at);
        return self();
    }

    /** Copies a field's wire bytes (prefix and content) from a message of the same layout. */
    void copyWire(int field, byte[] src, int from, int to) {
        int at = reserve(field, to - from);
        System.arraycopy(src, from, buf, at, to - from);
    }

    /** Makes room for {@code size} wire bytes of {@code field} (marked present); returns where to write them. */
    private int reserve(int field, int size) {
        int at = end;
        int next = at + size;
        if (field > last && next <= cap && count + 1 < starts.length) {
            // the common case, fields set in order: append (also allowed while a built message shares the buffer)
            append(field, next);
            return at;
        }
        int slot = reserveSlow(field, size);
        resync();
        return slot;
    }

    /** Marks {@code field} present as the last slot, which ends at {@code next} (room was checked). */
    private void append(int field, int next) {
        int c = count + 1;
        starts[c] = next;
        count = c;
        end = next;
        last = field;
        int idx = field - 1;
        long bit = 1L << idx; // the shift distance is taken mod 64
        switch (idx >>> 6) {
            case 0 -> w0 |= bit;
            case 1 -> w1 |= bit;
            default -> w2 |= bit;
        }
    }

    /** Refreshes the mirrored fields after a change outside the append path. */
    private void resync() {
        end = starts[count];
        cap = buf.length;
        last = w2 != 0 ? 192 - Long.numberOfLeadingZeros(w2) : w1 != 0 ? 128 - Long.numberOfLeadingZeros(w1)
                : 64 - Long.numberOfLeadingZeros(w0);
    }

    private int reserveSlow(int field, int size) {
        int idx = field - 1;
        long bit = 1L << (idx & 63);
        int word = idx >>> 6;
        long w = word == 0 ? w0 : word == 1 ? w1 : w2;
        int r = rank(idx);
        if ((w & bit) != 0) {
            return room(r, true, starts[r + 1] - starts[r], size);
        }
        int at = room(r, false, 0, size);
        switch (word) {
            case 0 -> w0 |= bit;
            case 1 -> w1 |= bit;
            default -> w2 |= bit;
        }
        return at;
    }

    /**
     * Resizes the slot of rank {@code r} from {@code oldSize} to {@code newSize} bytes (a new
     * slot when not {@code present}), moving the fields after it; returns the slot's start.
     */
    private int room(int r, boolean present, int oldSize, int newSize) {
        int end = starts[count];
        int at = starts[r];
        boolean append = !present && r == count;
        if (shared && !append) {
            buf = buf.clone();
            starts = starts.clone();
            shared = false;
        }
        int delta = newSize - oldSize;
        if (end + delta > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, end + delta));
        }
        if (!present) {
            if (count + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            if (append) {
                count++;
                starts[count] = at + newSize;
                return at;
            }
            System.arraycopy(starts, r, starts, r + 1, count + 1 - r);
            count++;
        }
        System.arraycopy(buf, at + oldSize, buf, at + newSize, end - at - oldSize);
        for (int k = r + 1; k <= count; k++) {
            starts[k] += delta;
        }
        return at;
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
        codec.sizeHint = Math.min(starts[count], 2048); // one huge message must not inflate every later builder
        codec.countHint = count;
        return new IsoMessage(spec, mti, tpdu, header, w0, w1, w2, buf, null, starts);
    }

    /** @return the codec whose field plans check the values */
    IsoCodec codec() {
        return codec;
    }
}
