package io.pos4j.emv.tlv.dictionary;

import io.pos4j.emv.tlv.SensitiveTags;
import io.pos4j.emv.tlv.Tag;
import java.util.List;
import java.util.Objects;

/**
 * What the dictionary knows about a tag. Immutable.
 *
 * @param tag       the tag
 * @param name      the name as in the EMV books or the scheme's specification
 * @param format    the data format
 * @param minLength shortest value in bytes
 * @param maxLength longest value in bytes
 * @param source    where the value comes from
 * @param templates the templates the tag appears in, possibly none
 * @param sensitive whether the value is cardholder data or a secret (masked when printed)
 */
public record TagInfo(Tag tag, String name, TagFormat format, int minLength, int maxLength,
        TagSource source, List<Tag> templates, boolean sensitive) {

    /**
     * @throws IllegalArgumentException if the lengths are negative or reversed
     */
    public TagInfo {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        templates = List.copyOf(templates);
        if (minLength < 0 || maxLength < minLength) {
            throw new IllegalArgumentException("tag " + tag + ": length range " + minLength + "-"
                    + maxLength + " is not a range");
        }
    }

    /**
     * A tag of your own (vendor-proprietary), sensitivity taken from {@link SensitiveTags}.
     *
     * @param tag       the tag
     * @param name      its name
     * @param format    its format
     * @param minLength shortest value in bytes
     * @param maxLength longest value in bytes
     * @param source    where it comes from
     * @return the entry, with no templates
     */
    public static TagInfo of(Tag tag, String name, TagFormat format, int minLength, int maxLength,
            TagSource source) {
        return new TagInfo(tag, name, format, minLength, maxLength, source, List.of(),
                SensitiveTags.isSensitive(tag));
    }
}
