package io.pos4j.emv.tlv.dictionary;

import io.pos4j.emv.tlv.SensitiveTags;
import io.pos4j.emv.tlv.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Names, formats, lengths, sources, templates and sensitivity of EMV tags. Immutable and
 * thread-safe. {@link #standard()} holds EMV Book 3 (v4.3) Annex A plus common Visa, Mastercard
 * (kernel 2) and UnionPay tags; {@link #with(TagInfo...)} adds or replaces entries (such as a
 * vendor's proprietary tags) in a copy.
 *
 * <p>Parsing never consults the dictionary: unknown tags parse fine and merely have no name.
 */
public final class TagDictionary {

    private static final TagDictionary STANDARD = new TagDictionary(load());

    private final Map<Tag, TagInfo> entries;

    private TagDictionary(Map<Tag, TagInfo> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** @return the built-in dictionary */
    public static TagDictionary standard() {
        return STANDARD;
    }

    /**
     * @param extra entries to add; an entry for a tag already present replaces it
     * @return a new dictionary
     */
    public TagDictionary with(TagInfo... extra) {
        Map<Tag, TagInfo> copy = new LinkedHashMap<>(entries);
        for (TagInfo i : extra) {
            copy.put(Objects.requireNonNull(i, "entry").tag(), i);
        }
        return new TagDictionary(copy);
    }

    /**
     * @param tag a tag
     * @return what is known about it
     */
    public Optional<TagInfo> find(Tag tag) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(tag, "tag")));
    }

    /**
     * @param tag a tag
     * @return its name, if known
     */
    public Optional<String> name(Tag tag) {
        return find(tag).map(TagInfo::name);
    }

    /**
     * @param tag a tag
     * @return its format, {@link TagFormat#B} when unknown (the EMV default for DOL building)
     */
    public TagFormat format(Tag tag) {
        return find(tag).map(TagInfo::format).orElse(TagFormat.B);
    }

    /**
     * @param tag a tag
     * @return whether its value must be masked when shown (known or not)
     */
    public boolean isSensitive(Tag tag) {
        return find(tag).map(TagInfo::sensitive).orElseGet(() -> SensitiveTags.isSensitive(tag));
    }

    /** @return every entry, in table order */
    public Collection<TagInfo> entries() {
        return entries.values();
    }

    private static Map<Tag, TagInfo> load() {
        Map<Tag, TagInfo> out = new LinkedHashMap<>();
        for (String line : StandardTags.TABLE.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\\|", -1);
            Tag tag = Tag.parse(c[0]);
            String[] range = c[3].split("-");
            List<Tag> templates = new ArrayList<>();
            for (String t : c[5].split(" ")) {
                if (!t.isEmpty()) {
                    templates.add(Tag.parse(t));
                }
            }
            TagSource source = switch (c[4]) {
                case "I" -> TagSource.ICC;
                case "T" -> TagSource.TERMINAL;
                case "S" -> TagSource.ISSUER;
                default -> throw new IllegalStateException("bad source in table: " + line);
            };
            TagInfo info = new TagInfo(tag, c[1], TagFormat.fromCode(c[2]), Integer.parseInt(range[0]),
                    Integer.parseInt(range[1]), source, templates, SensitiveTags.isSensitive(tag));
            if (out.put(tag, info) != null) {
                throw new IllegalStateException("duplicate tag in table: " + tag);
            }
        }
        return out;
    }
}
