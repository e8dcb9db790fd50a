package io.pos4j.emv.tlv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One BER-TLV data object: a {@link Primitive} with a value, or a {@link Constructed} with
 * children in their original order (duplicates kept). Immutable and thread-safe.
 *
 * <p>Encoding ({@link #encode()}) uses the minimal length form (EMV Book 3 Annex B2: short form
 * below 128, then {@code 81}, {@code 82}, {@code 83}, {@code 84}); input that was minimally
 * encoded and unpadded re-encodes byte for byte. Nesting is limited to
 * {@link TlvOptions#MAX_DEPTH} levels so no operation can overflow the stack.
 *
 * <p>{@code toString()} masks sensitive values (see {@link SensitiveTags}).
 */
public sealed interface Tlv permits Tlv.Primitive, Tlv.Constructed {

    /** @return the tag */
    Tag tag();

    /** @return the tag's encoded bytes packed into an int (see {@link Tag#value()}), without allocating */
    int tagValue();

    /** @return whether this is a constructed object */
    boolean isConstructed();

    /** @return the length of the encoded value (for a constructed object: of its encoded children) */
    int valueLength();

    /** @return the length of the whole encoding: tag, length and value */
    default int encodedLength() {
        return TlvEncoding.tagLength(tagValue()) + TlvEncoding.lengthOfLength(valueLength()) + valueLength();
    }

    /** @return the value: a primitive's bytes, or the encoding of a constructed object's children */
    Bytes value();

    /** @return the children in order; empty for a primitive */
    List<Tlv> children();

    /**
     * @param tag the tag to find
     * @return the first descendant (not this object) with {@code tag}, in pre-order
     */
    default Optional<Tlv> first(Tag tag) {
        return TlvSearch.first(children(), tag);
    }

    /**
     * @param tag the tag to find
     * @return every descendant (not this object) with {@code tag}, in pre-order
     */
    default List<Tlv> all(Tag tag) {
        List<Tlv> out = new ArrayList<>();
        TlvSearch.all(children(), tag, out);
        return Collections.unmodifiableList(out);
    }

    /** @return the encoding */
    default byte[] encode() {
        byte[] out = new byte[encodedLength()];
        encodeTo(out, 0);
        return out;
    }

    /**
     * Writes the encoding.
     *
     * @param dst    destination, with at least {@link #encodedLength()} bytes from {@code offset}
     * @param offset where to write
     * @return the number of bytes written
     */
    int encodeTo(byte[] dst, int offset);

    /**
     * @param tag   a primitive tag
     * @param value the value
     * @return a primitive object
     * @throws IllegalArgumentException if the tag is constructed
     */
    static Tlv primitive(Tag tag, Bytes value) {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(value, "value");
        if (tag.isConstructed()) {
            throw new IllegalArgumentException("tag " + tag + " is constructed; give it children");
        }
        return Primitive.encode(tag.value(), value);
    }

    /**
     * @param tagHex   a primitive tag in hex, such as {@code "9F02"}
     * @param valueHex the value in hex
     * @return a primitive object
     * @throws IllegalArgumentException if the tag is constructed or the text is not hex
     */
    static Tlv primitive(String tagHex, String valueHex) {
        return primitive(Tag.parse(tagHex), Bytes.fromHex(valueHex));
    }

    /**
     * @param tag      a constructed tag
     * @param children the children, in order
     * @return a constructed object
     * @throws IllegalArgumentException if the tag is primitive, nesting would exceed
     *                                  {@link TlvOptions#MAX_DEPTH}, or the value exceeds 2 GiB
     */
    static Tlv constructed(Tag tag, List<? extends Tlv> children) {
        Objects.requireNonNull(tag, "tag");
        if (!tag.isConstructed()) {
            throw new IllegalArgumentException("tag " + tag + " is primitive; give it a value");
        }
        return Constructed.create(tag.value(), List.copyOf(children));
    }

    /**
     * @param tag      a constructed tag
     * @param children the children, in order
     * @return a constructed object
     * @throws IllegalArgumentException as {@link #constructed(Tag, List)}
     */
    static Tlv constructed(Tag tag, Tlv... children) {
        return constructed(tag, List.of(children));
    }

    /**
     * A primitive data object: a tag and a value. A view on one node of a parse index (over the
     * parser's private copy of the input) or of a one-node index over its own encoding, so a
     * parsed node costs 24 bytes and reads tag, offset and length from the index.
     */
    final class Primitive implements Tlv {
        private final TlvIndex index;
        private final int node;

        /** A view on primitive node {@code node} of {@code index}. */
        Primitive(TlvIndex index, int node) {
            this.index = index;
            this.node = node;
        }

        /** A new node with its own minimally encoded copy. */
        static Primitive encode(int tag, Bytes value) {
            int length = value.length();
            byte[] b = new byte[TlvEncoding.tagLength(tag) + TlvEncoding.lengthOfLength(length) + length];
            int h = TlvEncoding.writeHeader(b, 0, tag, length);
            value.copyTo(b, h);
            return new Primitive(TlvIndex.primitive(b, tag, h, length), 0);
        }

        @Override
        public Tag tag() {
            return new Tag(tagValue());
        }

        @Override
        public int tagValue() {
            return index.tag(node);
        }

        @Override
        public boolean isConstructed() {
            return false;
        }

        @Override
        public int valueLength() {
            return index.valueLength(node);
        }

        @Override
        public Bytes value() {
            return index.primitiveValue(node);
        }

        @Override
        public List<Tlv> children() {
            return List.of();
        }

        @Override
        public int encodeTo(byte[] dst, int at) {
            int length = valueLength();
            int p = at + TlvEncoding.writeHeader(dst, at, tagValue(), length);
            System.arraycopy(index.data, index.valueOffset(node), dst, p, length);
            return p + length - at;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Primitive p && p.tagValue() == tagValue() && value().equals(p.value());
        }

        @Override
        public int hashCode() {
            return 31 * tagValue() + value().hashCode();
        }

        /** @return tag, length and value in hex, sensitive values masked: {@code 9F02[6]=000000000100} */
        @Override
        public String toString() {
            return Tag.hex(tagValue()) + "[" + valueLength() + "]=" + SensitiveTags.display(tag(), value());
        }
    }

    /**
     * A constructed data object: a tag and child objects. A parsed one creates its children
     * from the parse index on first use.
     */
    final class Constructed implements Tlv {
        private final int tag;
        private final int valueLength;
        /** Nesting height (1 plus the deepest child's), computed on first use for a parsed object. */
        private int height;
        /** Parse index and node number, or null and -1 for a built object. */
        private final TlvIndex index;
        private final int node;
        /** The children of a built object, null for a parsed one. */
        private final List<Tlv> built;
        /** The children of a parsed object, created on first use (racy but idempotent, see children()). */
        private List<Tlv> parsed;

        private Constructed(int tag, List<Tlv> children, int valueLength, int height) {
            this.tag = tag;
            this.built = children;
            this.valueLength = valueLength;
            this.height = height;
            this.index = null;
            this.node = -1;
        }

        private Constructed(int tag, TlvIndex index, int node, int valueLength) {
            this.tag = tag;
            this.valueLength = valueLength;
            this.index = index;
            this.node = node;
            this.built = null;
        }

        /** A view on node {@code node} of a parse index (its re-encoded length already computed). */
        static Constructed indexed(int tag, TlvIndex index, int node, int valueLength) {
            return new Constructed(tag, index, node, valueLength);
        }

        private int height() {
            int h = height;
            if (h == 0) {
                h = index.height(node); // racy but idempotent
                height = h;
            }
            return h;
        }

        static Constructed create(int tag, List<Tlv> children) {
            long length = 0;
            int height = 0;
            for (Tlv c : children) {
                Objects.requireNonNull(c, "child");
                length += c.encodedLength();
                height = Math.max(height, c instanceof Constructed k ? k.height() : 0);
            }
            if (height + 1 > TlvOptions.MAX_DEPTH) {
                throw new IllegalArgumentException("nesting deeper than " + TlvOptions.MAX_DEPTH);
            }
            if (length > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("value too long: " + length + " bytes");
            }
            return new Constructed(tag, children, (int) length, height + 1);
        }

        @Override
        public Tag tag() {
            return new Tag(tag);
        }

        @Override
        public int tagValue() {
            return tag;
        }

        @Override
        public boolean isConstructed() {
            return true;
        }

        @Override
        public int valueLength() {
            return valueLength;
        }

        @Override
        public Bytes value() {
            byte[] out = new byte[valueLength];
            int p = 0;
            for (Tlv c : children()) {
                p += c.encodeTo(out, p);
            }
            return Bytes.wrapOwned(out, 0, out.length);
        }

        @Override
        public List<Tlv> children() {
            List<Tlv> c = built;
            if (c == null) {
                c = parsed;
                if (c == null) {
                    // several threads may create equal lists; each is immutable and safely
                    // published through its final fields, so any of them can be kept
                    c = index.children(node);
                    parsed = c;
                }
            }
            return c;
        }

        @Override
        public int encodeTo(byte[] dst, int at) {
            int p = at + TlvEncoding.writeHeader(dst, at, tag, valueLength);
            for (Tlv c : children()) {
                p += c.encodeTo(dst, p);
            }
            return p - at;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Constructed c && c.tag == tag && c.valueLength == valueLength
                    && c.children().equals(children());
        }

        @Override
        public int hashCode() {
            return 31 * tag + children().hashCode();
        }

        /** @return tag, length and children, sensitive values masked: {@code 70[12]{5F34[1]=01}} */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(Tag.hex(tag)).append('[').append(valueLength).append("]{");
            List<Tlv> list = children();
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(list.get(i));
            }
            return sb.append('}').toString();
        }
    }
}
