package io.pos4j.iso8583.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A message layout: header, MTI and bitmap encodings, and the data elements. Immutable and
 * thread-safe; validated when built (errors name the field). Build one with {@link #builder(String)}
 * or start from a ready dialect in {@link Dialects}.
 */
public final class MessageSpec {

    private final String name;
    private final FieldEncoding mtiEncoding;
    private final FieldEncoding bitmapEncoding;
    private final boolean tertiaryBitmap;
    private final boolean tpdu;
    private final int headerLength;
    private final FieldSpec[] byNumber;
    private final List<FieldSpec> fields;
    private final int maxField;

    private MessageSpec(Builder b) {
        this.name = b.name;
        this.mtiEncoding = b.mtiEncoding;
        this.bitmapEncoding = b.bitmapEncoding;
        this.tertiaryBitmap = b.tertiaryBitmap;
        this.tpdu = b.tpdu;
        this.headerLength = b.headerLength;
        this.byNumber = b.fields.clone();
        List<FieldSpec> list = new ArrayList<>();
        int max = 0;
        for (FieldSpec f : byNumber) {
            if (f != null) {
                list.add(f);
                max = f.number();
            }
        }
        this.fields = Collections.unmodifiableList(list);
        this.maxField = max;
    }

    /** @return the spec's name, such as {@code "cup"} */
    public String name() {
        return name;
    }

    /** @return how the MTI is written: ASCII, EBCDIC or BCD (2 bytes) */
    public FieldEncoding mtiEncoding() {
        return mtiEncoding;
    }

    /** @return how bitmaps are written: BINARY (8 bytes), HEX_ASCII or EBCDIC (16 hex characters) */
    public FieldEncoding bitmapEncoding() {
        return bitmapEncoding;
    }

    /** @return true when bit 65 announces a tertiary bitmap (fields 129..192) rather than field 65 */
    public boolean hasTertiaryBitmap() {
        return tertiaryBitmap;
    }

    /** @return true when every message starts with a 5-byte TPDU */
    public boolean hasTpdu() {
        return tpdu;
    }

    /** @return bytes of the application header after the TPDU and before the MTI (0 for none) */
    public int headerLength() {
        return headerLength;
    }

    /**
     * @param number data element number
     * @return its spec, or {@code null} when this layout does not define it
     */
    public FieldSpec field(int number) {
        return number >= 0 && number < byNumber.length ? byNumber[number] : null;
    }

    /** @return the defined fields in number order (unmodifiable) */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** @return the highest defined field number */
    public int maxField() {
        return maxField;
    }

    /** @return a builder preset with this spec, to derive an acquirer's variant */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.mtiEncoding = mtiEncoding;
        b.bitmapEncoding = bitmapEncoding;
        b.tertiaryBitmap = tertiaryBitmap;
        b.tpdu = tpdu;
        b.headerLength = headerLength;
        System.arraycopy(byNumber, 0, b.fields, 0, byNumber.length);
        return b;
    }

    @Override
    public String toString() {
        return "MessageSpec[" + name + ", " + fields.size() + " fields]";
    }

    /** @param name the spec's name @return a builder: ASCII MTI, binary bitmap, no header */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Mutable builder; {@link #build()} checks cross-field rules. Not thread-safe. */
    public static final class Builder {
        private String name;
        private FieldEncoding mtiEncoding = FieldEncoding.ASCII;
        private FieldEncoding bitmapEncoding = FieldEncoding.BINARY;
        private boolean tertiaryBitmap;
        private boolean tpdu;
        private int headerLength;
        private final FieldSpec[] fields = new FieldSpec[193];

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** @param name the spec's name @return this */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param encoding ASCII, EBCDIC or BCD @return this */
        public Builder mtiEncoding(FieldEncoding encoding) {
            if (encoding != FieldEncoding.ASCII && encoding != FieldEncoding.EBCDIC
                    && encoding != FieldEncoding.BCD) {
                throw new IllegalArgumentException("MTI encoding must be ASCII, EBCDIC or BCD (got " + encoding + ")");
            }
            this.mtiEncoding = encoding;
            return this;
        }

        /** @param encoding BINARY, HEX_ASCII or EBCDIC (hex digits in EBCDIC) @return this */
        public Builder bitmapEncoding(FieldEncoding encoding) {
            if (encoding != FieldEncoding.BINARY && encoding != FieldEncoding.HEX_ASCII
                    && encoding != FieldEncoding.EBCDIC) {
                throw new IllegalArgumentException("bitmap encoding must be BINARY, HEX_ASCII or EBCDIC (got "
                        + encoding + ")");
            }
            this.bitmapEncoding = encoding;
            return this;
        }

        /** @param on bit 65 announces a tertiary bitmap @return this */
        public Builder tertiaryBitmap(boolean on) {
            this.tertiaryBitmap = on;
            return this;
        }

        /** @param on messages start with a 5-byte TPDU @return this */
        public Builder tpdu(boolean on) {
            this.tpdu = on;
            return this;
        }

        /** @param bytes application header length after the TPDU, 0 for none @return this */
        public Builder headerLength(int bytes) {
            if (bytes < 0 || bytes > 64) {
                throw new IllegalArgumentException("header length " + bytes + " must be 0..64");
            }
            this.headerLength = bytes;
            return this;
        }

        /** @param field a data element (replaces one with the same number) @return this */
        public Builder field(FieldSpec field) {
            Objects.requireNonNull(field, "field");
            if (field.number() < 2) {
                throw new IllegalArgumentException("field " + field.number()
                        + ": data elements are numbered 2..192 (1 is the secondary bitmap)");
            }
            fields[field.number()] = field;
            return this;
        }

        /** @param number a data element to drop @return this */
        public Builder remove(int number) {
            if (number >= 0 && number < fields.length) {
                fields[number] = null;
            }
            return this;
        }

        /** @return the validated spec @throws IllegalArgumentException naming the offending field */
        public MessageSpec build() {
            if (tertiaryBitmap && fields[65] != null) {
                throw new IllegalArgumentException("field 65: with a tertiary bitmap, bit 65 announces it;"
                        + " remove field 65");
            }
            for (int i = 129; i <= 192; i++) {
                if (fields[i] != null && !tertiaryBitmap) {
                    throw new IllegalArgumentException("field " + i + ": fields above 128 need a tertiary bitmap");
                }
            }
            return new MessageSpec(this);
        }
    }
}
