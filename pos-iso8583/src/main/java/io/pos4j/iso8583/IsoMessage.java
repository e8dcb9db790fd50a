package io.pos4j.iso8583;

import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvParseException;
import io.pos4j.emv.tlv.TlvParser;
import io.pos4j.iso8583.internal.FieldCodec;
import io.pos4j.iso8583.internal.Values;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Subfields;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * An ISO 8583 message: MTI, optional TPDU and header, and data elements 2..192. Immutable and
 * thread-safe. Build one with {@link #builder(MessageSpec, String)}; decode one with
 * {@link IsoCodec#unpack(byte[])} (values are read from the received bytes on demand).
 *
 * <p>{@link #toString()} masks: PAN first 6 / last 4, track data after the PAN, DE 52 never shown,
 * EMV data only as a length. {@link #toUnmaskedString()} shows everything.
 */
public final class IsoMessage {

    final MessageSpec spec;
    final int mti;
    final Tpdu tpdu;
    final byte[] header;
    final long w0;
    final long w1;
    final long w2;
    /**
     * Decoded messages: the whole message (owned copy). Built messages: the builder's buffer of
     * field wire bytes (shared; the builder never changes the part this message reads).
     */
    final byte[] src;
    /** decoded messages: each field's start in {@code src}, then the end; null for built messages */
    final char[] offs;
    /** built messages: each field's start in {@code src}, then the end (entries past the count are not read) */
    final int[] bofs;

    IsoMessage(MessageSpec spec, int mti, Tpdu tpdu, byte[] header, long w0, long w1, long w2, byte[] src,
            char[] offs, int[] bofs) {
        this.spec = spec;
        this.mti = mti;
        this.tpdu = tpdu;
        this.header = header;
        this.w0 = w0;
        this.w1 = w1;
        this.w2 = w2;
        this.src = src;
        this.offs = offs;
        this.bofs = bofs;
    }

    /** start of the field of rank {@code i} in {@code src} (or the end, for i = count) */
    int at(int i) {
        return offs != null ? offs[i] : bofs[i];
    }

    /**
     * @param spec the layout the message follows (values are checked against it as they are set)
     * @param mti  four digits, such as "0200"
     * @return a new builder
     */
    public static Builder builder(MessageSpec spec, String mti) {
        return new Builder(IsoCodec.of(spec), Mti.of(mti).code());
    }

    /** @return the layout this message follows */
    public MessageSpec spec() {
        return spec;
    }

    /** @return the message type indicator */
    public Mti mti() {
        return new Mti(mti);
    }

    /** @return the TPDU, when the layout has one */
    public Optional<Tpdu> tpdu() {
        return Optional.ofNullable(tpdu);
    }

    /** @return a copy of the application header bytes (empty when the layout has none) */
    public byte[] header() {
        return header == null ? new byte[0] : header.clone();
    }

    /** @param field data element number @return true when present */
    public boolean has(int field) {
        if (field < 1 || field > 192) {
            return false;
        }
        long w = field <= 64 ? w0 : field <= 128 ? w1 : w2;
        return (w & (1L << ((field - 1) & 63))) != 0;
    }

    /** @return the present data element numbers, ascending */
    public int[] fields() {
        int[] out = new int[count()];
        int i = 0;
        for (int f = 2; f <= 192; f++) {
            if (has(f)) {
                out[i++] = f;
            }
        }
        return out;
    }

    int count() {
        return Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2);
    }

    /** index of a present field among the present fields */
    int rank(int field) {
        int idx = field - 1;
        int word = idx >>> 6;
        long below = (1L << (idx & 63)) - 1;
        return switch (word) {
            case 0 -> Long.bitCount(w0 & below);
            case 1 -> Long.bitCount(w0) + Long.bitCount(w1 & below);
            default -> Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2 & below);
        };
    }

    private FieldSpec require(int field) {
        if (!has(field)) {
            throw new NoSuchElementException("field " + field + " is absent");
        }
        return spec.field(field);
    }

    /**
     * @param field data element number
     * @return the value as text: digits, text (GBK decoded for GBK fields), track data with
     *         {@code =}, or upper-case hex for b fields
     * @throws NoSuchElementException when the field is absent
     */
    public String text(int field) {
        FieldSpec f = require(field);
        int i = rank(field);
        int start = at(i);
        int cs = start + FieldCodec.prefixBytes(f);
        int units = f.isFixed() ? f.length() : FieldCodec.readPrefix(f, src, start);
        return FieldCodec.text(f, src, cs, at(i + 1) - cs, units);
    }

    /**
     * The value of an n field as a number, the typed form of {@link #text(int)}: leading zeros
     * are dropped ({@code "000000001250"} is 1250).
     *
     * @param field an n field (digits only; not z, x+n or text)
     * @return the number
     * @throws NoSuchElementException when the field is absent
     * @throws IllegalArgumentException when the field is not n
     * @throws IllegalStateException when the value is empty (a variable field of no digits)
     * @throws ArithmeticException when the value is too large for a {@code long}
     */
    public long number(int field) {
        FieldSpec f = require(field);
        Values.requireNumeric(f, field);
        int r = rank(field);
        int start = at(r);
        int cs = start + FieldCodec.prefixBytes(f);
        int units = f.isFixed() ? f.length() : FieldCodec.readPrefix(f, src, start);
        return FieldCodec.number(f, src, cs, at(r + 1) - cs, units);
    }

    /**
     * @param field data element number
     * @return a copy of the value's bytes: the binary value of a b field, the encoded content of a
     *         text field (for example packed BCD digits)
     * @throws NoSuchElementException when the field is absent
     */
    public byte[] bytes(int field) {
        FieldSpec f = require(field);
        int i = rank(field);
        int cs = at(i) + FieldCodec.prefixBytes(f);
        return FieldCodec.bytes(f, src, cs, at(i + 1) - cs);
    }

    /**
     * The field's value as BER-TLV data objects (EMV DE 55), parsed EMV-lenient (00 padding
     * skipped). Parsing is done on each call; the field's bytes stay byte-exact whatever they hold.
     *
     * @param field a b field holding BER-TLV
     * @return the data objects (their {@code toString()} masks sensitive tags)
     * @throws NoSuchElementException when the field is absent
     * @throws IsoParseException with reason {@code BAD_SUBFIELD}, path such as {@code "55/9F02"}
     *         and the offset in the message (decoded messages) or in the field (built ones)
     */
    public TlvList tlv(int field) {
        FieldSpec f = require(field);
        byte[] v = bytes(field);
        try {
            return TlvParser.emv().parse(v);
        } catch (TlvParseException e) {
            String path = e.tagPath() == null || e.tagPath().isEmpty() ? Integer.toString(field)
                    : field + "/" + e.tagPath();
            int base = contentOffset(field);
            int scale = f.encoding() == io.pos4j.iso8583.spec.FieldEncoding.HEX_ASCII ? 2 : 1;
            throw new IsoParseException(IsoParseException.Reason.BAD_SUBFIELD, path, base + e.offset() * scale,
                    "field " + field + ": not valid BER-TLV (" + e.getMessage() + ")");
        }
    }

    /**
     * A positional or bitmapped subfield, such as UnionPay 60.3.
     *
     * @param field a field with positional or bitmapped subfields in its spec
     * @param part  the part number, from 1
     * @return the part's text (b parts as hex), or empty when the field is absent, ends before
     *         the part (positional) or does not announce it (bitmapped)
     * @throws IllegalArgumentException when the field has no such subfields or no such part
     * @throws IsoParseException with path such as {@code "127.3"} when a bitmapped composite is malformed
     */
    public Optional<String> subfield(int field, int part) {
        FieldSpec f = spec.field(field);
        if (f != null && f.subfields() instanceof Subfields.Positional p) {
            return SubfieldAccess.positional(this, field, p, part);
        }
        if (f != null && f.subfields() instanceof Subfields.Bitmapped b) {
            return SubfieldAccess.bitmapped(this, field, b, part);
        }
        throw new IllegalArgumentException("field " + field + " has no positional or bitmapped subfields");
    }

    /**
     * A value by path: {@code "35"} (the field's text), {@code "60.3"} (a positional or
     * bitmapped part), {@code "55/9F02"} (the upper-case hex value of the first such tag inside a
     * TLV field).
     *
     * @param path the path
     * @return the value, or empty when the field, part or tag is absent
     * @throws IllegalArgumentException when the path is malformed or does not fit the spec
     * @throws IsoParseException when the subfield data is malformed
     */
    public Optional<String> find(String path) {
        Objects.requireNonNull(path, "path");
        try {
            int slash = path.indexOf('/');
            int dot = path.indexOf('.');
            if (slash > 0) {
                int field = Integer.parseInt(path.substring(0, slash));
                if (!has(field)) {
                    return Optional.empty();
                }
                return tlv(field).first(path.substring(slash + 1)).map(t -> t.value().toHex());
            }
            if (dot > 0) {
                return subfield(Integer.parseInt(path.substring(0, dot)), Integer.parseInt(path.substring(dot + 1)));
            }
            int field = Integer.parseInt(path);
            return has(field) ? Optional.of(text(field)) : Optional.empty();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("path '" + path + "' is not a field, field.part or field/tag path");
        }
    }

    /** offset of the field's content in the decoded message, or 0 for built messages */
    int contentOffset(int field) {
        return offs == null ? 0 : offs[rank(field)] + FieldCodec.prefixBytes(spec.field(field));
    }

    /** @return a builder holding this message's content (decoded values are copied byte-exact) */
    public Builder toBuilder() {
        Builder b = new Builder(IsoCodec.of(spec), mti);
        b.tpdu = tpdu;
        b.header = header;
        for (int i = 0, r = 0; i < 3; i++) {
            long w = i == 0 ? w0 : i == 1 ? w1 : w2;
            for (; w != 0; w &= w - 1, r++) {
                b.copyWire((i << 6) + Long.numberOfTrailingZeros(w) + 1, src, at(r), at(r + 1));
            }
        }
        return b;
    }

    /**
     * A builder for the response: MTI {@link Mti#response()}, TPDU source and destination swapped,
     * the same header, and the listed fields copied when present.
     *
     * @param echo fields to copy (for example 3, 4, 11, 12, 13, 37, 41, 42, 49, 60)
     * @return the builder
     * @throws IllegalStateException when this message is already a response
     */
    public Builder responseBuilder(int... echo) {
        Builder b = new Builder(IsoCodec.of(spec), new Mti(mti).response().code());
        b.tpdu = tpdu == null ? null : tpdu.swapped();
        b.header = header;
        for (int field : echo) {
            if (has(field)) {
                int r = rank(field);
                b.copyWire(field, src, at(r), at(r + 1));
            }
        }
        return b;
    }

    /**
     * The value as logs and user interfaces should show it: {@link #text(int)} masked by the
     * field's sensitivity. PAN: first 6 / last 4; track: PAN masked and everything after the
     * separator starred; PIN block: {@code <hidden>}; EMV (b field holding BER-TLV): hex with the
     * values of sensitive tags masked in place (PAN tags 6/4, others starred), structure kept;
     * secret: starred.
     *
     * @param field data element number
     * @return the masked text
     * @throws NoSuchElementException when the field is absent
     */
    public String displayText(int field) {
        FieldSpec f = require(field);
        if (f.sensitivity() == io.pos4j.iso8583.spec.Sensitivity.EMV && f.type() == io.pos4j.iso8583.spec.ContentType.B) {
            return Masking.emvHex(bytes(field));
        }
        if (f.sensitivity() == io.pos4j.iso8583.spec.Sensitivity.SECRET) {
            return "*".repeat(text(field).length());
        }
        return Masking.mask(f.sensitivity(), text(field), wireBytes(field));
    }

    /**
     * Value equality: the same spec (identity), MTI, TPDU, header and field values, that is the
     * same packed bytes.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IsoMessage other) || other.spec != spec) {
            return false;
        }
        IsoCodec codec = IsoCodec.of(spec);
        return Arrays.equals(codec.pack(this), codec.pack(other));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(IsoCodec.of(spec).pack(this));
    }

    /** @return the message with sensitive values masked (PAN 6/4, tracks, PIN block, EMV data) */
    @Override
    public String toString() {
        return Masking.describe(this, false);
    }

    /**
     * Every value in clear, including PAN, tracks, the PIN block and EMV data. Named so that a
     * search for it finds every place secrets may leave the process.
     *
     * @return the unmasked description
     */
    public String toUnmaskedString() {
        return Masking.describe(this, true);
    }

    int wireBytes(int field) {
        FieldSpec f = spec.field(field);
        int i = rank(field);
        return at(i + 1) - at(i) - FieldCodec.prefixBytes(f);
    }

    /**
     * Mutable builder; values are checked as they are set (errors name the field) and kept in
     * wire form. Not thread-safe. Building does not copy them: a builder may go on to build further
     * messages, and the messages already built do not change.
     */
    public static final class Builder extends MessageBuilder {
        Builder(IsoCodec codec, int mti) {
            super(codec, mti);
        }
    }
}
