package io.pos4j.emv.tlv;

import java.util.List;
import java.util.Optional;

/** Pre-order searches; recursion is bounded by {@link TlvOptions#MAX_DEPTH}. */
final class TlvSearch {

    private TlvSearch() {
    }

    static Optional<Tlv> first(List<Tlv> objects, Tag tag) {
        for (Tlv t : objects) {
            if (t.tagValue() == tag.value()) {
                return Optional.of(t);
            }
            if (t.isConstructed()) {
                Optional<Tlv> found = first(t.children(), tag);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static void all(List<Tlv> objects, Tag tag, List<Tlv> out) {
        for (Tlv t : objects) {
            if (t.tagValue() == tag.value()) {
                out.add(t);
            }
            if (t.isConstructed()) {
                all(t.children(), tag, out);
            }
        }
    }

    static void flatten(List<Tlv> objects, List<Tlv> out) {
        for (Tlv t : objects) {
            out.add(t);
            if (t.isConstructed()) {
                flatten(t.children(), out);
            }
        }
    }

    /** Every object reached by following {@code path} from {@code objects}, in document order. */
    static void path(List<Tlv> objects, Tag[] path, int index, List<Tlv> out, boolean firstOnly) {
        for (Tlv t : objects) {
            if (t.tagValue() != path[index].value()) {
                continue;
            }
            if (index == path.length - 1) {
                out.add(t);
            } else {
                path(t.children(), path, index + 1, out, firstOnly);
            }
            if (firstOnly && !out.isEmpty()) {
                return;
            }
        }
    }

    static Tag[] parsePath(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path must be tags in hex separated by '/'");
        }
        String[] parts = path.split("/", -1);
        Tag[] tags = new Tag[parts.length];
        for (int i = 0; i < parts.length; i++) {
            tags[i] = Tag.parse(parts[i].strip());
        }
        return tags;
    }
}
