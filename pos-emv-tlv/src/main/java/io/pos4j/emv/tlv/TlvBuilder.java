package io.pos4j.emv.tlv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link TlvList} step by step, with nested constructed objects opened by
 * {@link #begin(Tag)} and closed by {@link #end()}. Checks eagerly: a primitive tag for
 * {@link #begin(Tag)} or a constructed tag for {@link #add(Tag, Bytes)} fails at once. Not
 * thread-safe; {@link #build()} may be called once the nesting is closed.
 *
 * <pre>{@code
 * byte[] de55 = TlvBuilder.create()
 *         .add("9F02", "000000001000")
 *         .begin("70").add("5F34", "01").end()
 *         .build().encode();
 * }</pre>
 */
public final class TlvBuilder {

    private final List<Tlv> root = new ArrayList<>();
    private final List<List<Tlv>> open = new ArrayList<>();
    private final List<Tag> openTags = new ArrayList<>();

    private TlvBuilder() {
    }

    /** @return an empty builder */
    public static TlvBuilder create() {
        return new TlvBuilder();
    }

    private List<Tlv> current() {
        return open.isEmpty() ? root : open.get(open.size() - 1);
    }

    /**
     * @param object an object to append at the current level
     * @return this builder
     */
    public TlvBuilder add(Tlv object) {
        current().add(Objects.requireNonNull(object, "object"));
        return this;
    }

    /**
     * @param tag   a primitive tag
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the tag is constructed
     */
    public TlvBuilder add(Tag tag, Bytes value) {
        return add(Tlv.primitive(tag, value));
    }

    /**
     * @param tagHex   a primitive tag in hex
     * @param valueHex its value in hex
     * @return this builder
     * @throws IllegalArgumentException if the tag is constructed or the text is not hex
     */
    public TlvBuilder add(String tagHex, String valueHex) {
        return add(Tlv.primitive(tagHex, valueHex));
    }

    /**
     * Opens a constructed object; objects added until {@link #end()} become its children.
     *
     * @param tag a constructed tag
     * @return this builder
     * @throws IllegalArgumentException if the tag is primitive or nesting exceeds
     *                                  {@link TlvOptions#MAX_DEPTH}
     */
    public TlvBuilder begin(Tag tag) {
        Objects.requireNonNull(tag, "tag");
        if (!tag.isConstructed()) {
            throw new IllegalArgumentException("tag " + tag + " is primitive; use add");
        }
        if (open.size() >= TlvOptions.MAX_DEPTH) {
            throw new IllegalArgumentException("nesting deeper than " + TlvOptions.MAX_DEPTH);
        }
        open.add(new ArrayList<>());
        openTags.add(tag);
        return this;
    }

    /**
     * @param tagHex a constructed tag in hex
     * @return this builder
     * @throws IllegalArgumentException as {@link #begin(Tag)}
     */
    public TlvBuilder begin(String tagHex) {
        return begin(Tag.parse(tagHex));
    }

    /**
     * Closes the innermost constructed object.
     *
     * @return this builder
     * @throws IllegalStateException if no object is open
     */
    public TlvBuilder end() {
        if (open.isEmpty()) {
            throw new IllegalStateException("end() without begin()");
        }
        List<Tlv> children = open.remove(open.size() - 1);
        Tag tag = openTags.remove(openTags.size() - 1);
        current().add(Tlv.Constructed.create(tag.value(), Collections.unmodifiableList(children)));
        return this;
    }

    /**
     * @return the objects added
     * @throws IllegalStateException if a constructed object is still open
     */
    public TlvList build() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("constructed " + openTags.get(openTags.size() - 1)
                    + " not ended");
        }
        return TlvList.of(root);
    }
}
