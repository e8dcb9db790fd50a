package io.pos4j.emv.tlv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered list of top-level data objects: what a parse returns and what a builder builds
 * (a DE 55 value, a card response). Immutable and thread-safe; duplicates and order are kept.
 *
 * <p>Lookups search the whole tree in pre-order (document order): {@link #first(Tag)},
 * {@link #all(Tag)}; {@link #path(String)} follows tags level by level from the top, such as
 * {@code "6F/A5/BF0C/61/4F"}.
 */
public final class TlvList implements Iterable<Tlv> {

    private static final TlvList EMPTY = new TlvList(List.of());

    /** The objects of a built list, null for a parsed one. */
    private final List<Tlv> built;
    /** The parse index of a parsed list, null for a built one. */
    private final TlvIndex index;
    /** Number of index nodes that belong to this list (all nodes, or those before a parse error). */
    private final int nodes;
    /** The top-level objects of a parsed list, created on first use (racy but idempotent). */
    private List<Tlv> parsed;
    /** Computed on first use (parsed input is bounded by the array it came from). */
    private int encodedLength = -1;

    private TlvList(List<Tlv> objects) {
        this.built = objects;
        this.index = null;
        this.nodes = 0;
    }

    /** A parsed list: the first {@code nodes} nodes of {@code index}, top-level objects created on first use. */
    TlvList(TlvIndex index, int nodes) {
        this.built = null;
        this.index = index;
        this.nodes = nodes;
    }

    /** @param owned an unmodifiable list the new value may keep; its encoding fits an array */
    static TlvList wrap(List<Tlv> owned) {
        return owned.isEmpty() ? EMPTY : new TlvList(owned);
    }

    /**
     * @param objects the top-level objects, in order
     * @return the list
     * @throws IllegalArgumentException if the encoding would exceed 2 GiB
     */
    public static TlvList of(List<? extends Tlv> objects) {
        List<Tlv> copy = List.copyOf(objects);
        long n = 0;
        for (Tlv t : copy) {
            n += t.encodedLength();
        }
        if (n > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("encoding too long: " + n + " bytes");
        }
        return wrap(copy);
    }

    /**
     * @param objects the top-level objects, in order
     * @return the list
     */
    public static TlvList of(Tlv... objects) {
        return of(List.of(objects));
    }

    /** @return the empty list */
    public static TlvList empty() {
        return EMPTY;
    }

    /** @return the number of objects at all levels of a parsed list, or -1 for a built one */
    int parsedObjectCount() {
        return index == null ? -1 : nodes;
    }

    /** @return the top-level objects, unmodifiable */
    public List<Tlv> objects() {
        List<Tlv> l = built;
        if (l == null) {
            l = parsed;
            if (l == null) {
                // several threads may create equal lists; each is immutable and safely published
                // through its final fields, so any of them can be kept
                l = index.level(0, nodes);
                parsed = l;
            }
        }
        return l;
    }

    /** @return the number of top-level objects */
    public int size() {
        return objects().size();
    }

    /** @return whether there are no objects */
    public boolean isEmpty() {
        return built == null ? nodes == 0 : built.isEmpty();
    }

    @Override
    public Iterator<Tlv> iterator() {
        return objects().iterator();
    }

    /**
     * @param tag the tag to find
     * @return the first object anywhere in the tree with {@code tag}, in pre-order
     */
    public Optional<Tlv> first(Tag tag) {
        Objects.requireNonNull(tag, "tag");
        if (index != null) {
            int k = find(tag.value());
            return k < 0 ? Optional.empty() : Optional.of(index.node(k));
        }
        return TlvSearch.first(built, tag);
    }

    /**
     * @param tagHex the tag in hex, such as {@code "9F26"}
     * @return as {@link #first(Tag)}
     * @throws IllegalArgumentException if the text is not a tag
     */
    public Optional<Tlv> first(String tagHex) {
        return first(Tag.parse(tagHex));
    }

    /**
     * @param tag the tag to find
     * @return the value of the first object with {@code tag}, in pre-order
     */
    public Optional<Bytes> value(Tag tag) {
        Objects.requireNonNull(tag, "tag");
        if (index != null) {
            int k = find(tag.value());
            if (k < 0) {
                return Optional.empty();
            }
            return Optional.of(index.isConstructed(k) ? index.node(k).value() : index.primitiveValue(k));
        }
        return first(tag).map(Tlv::value);
    }

    /** @return the first node of the parse index with {@code tag} (pre-order), or -1 */
    private int find(int tag) {
        for (int k = 0; k < nodes; k++) {
            if (index.tag(k) == tag) {
                return k;
            }
        }
        return -1;
    }

    /**
     * @param tag the tag to find
     * @return every object anywhere in the tree with {@code tag}, in pre-order
     */
    public List<Tlv> all(Tag tag) {
        Objects.requireNonNull(tag, "tag");
        List<Tlv> out = new ArrayList<>();
        if (index != null) {
            for (int k = 0; k < nodes; k++) {
                if (index.tag(k) == tag.value()) {
                    out.add(index.node(k));
                }
            }
            return Collections.unmodifiableList(out);
        }
        TlvSearch.all(built, tag, out);
        return Collections.unmodifiableList(out);
    }

    /**
     * @param path tags in hex separated by {@code /}, the first one at the top level, such as
     *             {@code "6F/A5/BF0C/61/4F"}
     * @return the first object reached by the path, in document order (when a level has
     *         duplicates, later ones are tried when earlier ones lead nowhere)
     * @throws IllegalArgumentException if the path is not tags separated by {@code /}
     */
    public Optional<Tlv> path(String path) {
        List<Tlv> out = new ArrayList<>(1);
        TlvSearch.path(objects(), TlvSearch.parsePath(path), 0, out, true);
        return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
    }

    /**
     * @param path as {@link #path(String)}
     * @return every object reached by the path, in document order (such as each {@code 4F} of
     *         every {@code 61} entry of a PPSE response)
     * @throws IllegalArgumentException if the path is not tags separated by {@code /}
     */
    public List<Tlv> pathAll(String path) {
        List<Tlv> out = new ArrayList<>();
        TlvSearch.path(objects(), TlvSearch.parsePath(path), 0, out, false);
        return Collections.unmodifiableList(out);
    }

    /** @return every object in the tree in pre-order (each constructed object before its children) */
    public List<Tlv> flatten() {
        List<Tlv> out = new ArrayList<>();
        TlvSearch.flatten(objects(), out);
        return Collections.unmodifiableList(out);
    }

    /** @return the length of {@link #encode()} */
    public int encodedLength() {
        int n = encodedLength;
        if (n < 0) {
            long sum = 0;
            for (Tlv t : objects()) {
                sum += t.encodedLength();
            }
            if (sum > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("encoding too long: " + sum + " bytes");
            }
            n = (int) sum;
            encodedLength = n;
        }
        return n;
    }

    /** @return the objects encoded one after another with minimal lengths, no padding */
    public byte[] encode() {
        byte[] out = new byte[encodedLength()];
        int p = 0;
        for (Tlv t : objects()) {
            p += t.encodeTo(out, p);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TlvList l && l.objects().equals(objects());
    }

    @Override
    public int hashCode() {
        return objects().hashCode();
    }

    /** @return the objects, sensitive values masked */
    @Override
    public String toString() {
        return objects().toString();
    }
}
