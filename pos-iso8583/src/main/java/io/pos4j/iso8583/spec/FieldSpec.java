package io.pos4j.iso8583.spec;

import java.util.Objects;

/**
 * One data element's wire format: immutable, validated when built (errors name the field).
 *
 * @param number         data element number (2..192), or part number for a subfield
 * @param name           human-readable name
 * @param type           content class (n, an, ans, b, z, x+n)
 * @param lengthType     fixed, or the variable-length prefix's digit count
 * @param length         the fixed length, or the maximum for variable fields, in {@code unit}
 * @param encoding       content encoding
 * @param lengthEncoding prefix encoding; {@code null} for fixed fields
 * @param unit           what {@code length} and the prefix count
 * @param padding        pad side and nibble for odd-length BCD
 * @param sensitivity    how {@code toString()} shows the value
 * @param subfields      the value's structure, or {@code null} for an opaque value
 */
public record FieldSpec(int number, String name, ContentType type, LengthType lengthType, int length,
        FieldEncoding encoding, LengthEncoding lengthEncoding, LengthUnit unit, Padding padding,
        Sensitivity sensitivity, Subfields subfields) {

    /** Validates the combination; messages name the field. */
    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lengthType, "lengthType");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(sensitivity, "sensitivity");
        String f = "field " + number + ": ";
        if (number < 1 || number > 192) {
            throw new IllegalArgumentException(f + "number must be 1..192");
        }
        if (length < 1) {
            throw new IllegalArgumentException(f + "length " + length + " must be at least 1");
        }
        if (lengthType == LengthType.FIXED) {
            if (lengthEncoding != null) {
                throw new IllegalArgumentException(f + "a fixed-length field has no length encoding");
            }
        } else {
            if (lengthEncoding == null) {
                throw new IllegalArgumentException(f + "a " + lengthType + " field needs a length encoding");
            }
            if (length > lengthType.maxExpressible()) {
                throw new IllegalArgumentException(f + "maximum " + length + " does not fit a "
                        + lengthType + " prefix (at most " + lengthType.maxExpressible() + ")");
            }
        }
        boolean binaryEncoding = encoding == FieldEncoding.BINARY || encoding == FieldEncoding.HEX_ASCII;
        if ((type == ContentType.B) != binaryEncoding) {
            throw new IllegalArgumentException(f + "content " + type + " cannot use encoding " + encoding
                    + " (b fields use BINARY or HEX_ASCII, text fields the others)");
        }
        if (encoding == FieldEncoding.BCD && type != ContentType.N && type != ContentType.Z
                && type != ContentType.XN) {
            throw new IllegalArgumentException(f + "BCD encoding needs content n, z or x+n (got " + type + ")");
        }
        if (type == ContentType.XN && length < 2) {
            throw new IllegalArgumentException(f + "x+n needs length at least 2 (sign and a digit)");
        }
        if (subfields instanceof Subfields.Positional p && lengthType == LengthType.FIXED
                && p.totalLength() != length) {
            throw new IllegalArgumentException(f + "positional parts total " + p.totalLength()
                    + " but the field is fixed at " + length);
        }
        if (subfields instanceof Subfields.Positional && !type.isText()) {
            throw new IllegalArgumentException(f + "positional subfields need a text field");
        }
        if (subfields instanceof Subfields.Bitmapped && !(type == ContentType.B || encoding == FieldEncoding.ASCII)) {
            throw new IllegalArgumentException(f + "bitmapped subfields need a b field or ASCII text");
        }
        if (subfields instanceof Subfields.Tlv && type != ContentType.B) {
            throw new IllegalArgumentException(f + "TLV subfields need a b field");
        }
    }

    /** @return true when the length is fixed (no prefix) */
    public boolean isFixed() {
        return lengthType == LengthType.FIXED;
    }

    /** @return a builder preset with this field's settings */
    public Builder toBuilder() {
        Builder b = new Builder(number);
        b.name = name;
        b.type = type;
        b.lengthType = lengthType;
        b.length = length;
        b.encoding = encoding;
        b.lengthEncoding = lengthEncoding;
        b.unit = unit;
        b.padding = padding;
        b.sensitivity = sensitivity;
        b.subfields = subfields;
        return b;
    }

    /**
     * @param number data element number
     * @return a builder; defaults: ans, ASCII, unit VALUE, left zero padding, not sensitive
     */
    public static Builder builder(int number) {
        return new Builder(number);
    }

    /** Mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final int number;
        private String name;
        private ContentType type = ContentType.ANS;
        private LengthType lengthType = LengthType.FIXED;
        private int length;
        private FieldEncoding encoding = FieldEncoding.ASCII;
        private LengthEncoding lengthEncoding;
        private LengthUnit unit = LengthUnit.VALUE;
        private Padding padding = Padding.LEFT_ZERO;
        private Sensitivity sensitivity = Sensitivity.NONE;
        private Subfields subfields;

        private Builder(int number) {
            this.number = number;
            this.name = "field " + number;
        }

        /** @param name human-readable name @return this */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param type content class @return this */
        public Builder type(ContentType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /** @param length the fixed length @return this */
        public Builder fixed(int length) {
            this.lengthType = LengthType.FIXED;
            this.length = length;
            this.lengthEncoding = null;
            return this;
        }

        /**
         * @param type      the prefix's digit count
         * @param max       the maximum length
         * @param prefix    how the prefix is written
         * @return this
         */
        public Builder variable(LengthType type, int max, LengthEncoding prefix) {
            this.lengthType = Objects.requireNonNull(type, "type");
            this.length = max;
            this.lengthEncoding = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /** @param encoding content encoding @return this */
        public Builder encoding(FieldEncoding encoding) {
            this.encoding = Objects.requireNonNull(encoding, "encoding");
            return this;
        }

        /** @param unit what the length counts @return this */
        public Builder unit(LengthUnit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /** @param padding odd-length BCD padding @return this */
        public Builder padding(Padding padding) {
            this.padding = Objects.requireNonNull(padding, "padding");
            return this;
        }

        /** @param sensitivity how the value is shown @return this */
        public Builder sensitivity(Sensitivity sensitivity) {
            this.sensitivity = Objects.requireNonNull(sensitivity, "sensitivity");
            return this;
        }

        /** @param subfields the value's structure, or null @return this */
        public Builder subfields(Subfields subfields) {
            this.subfields = subfields;
            return this;
        }

        /** @return the validated spec @throws IllegalArgumentException naming the field */
        public FieldSpec build() {
            return new FieldSpec(number, name, type, lengthType, length, encoding, lengthEncoding, unit,
                    padding, sensitivity, subfields);
        }
    }
}
