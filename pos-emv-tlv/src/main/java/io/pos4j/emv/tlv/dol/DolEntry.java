package io.pos4j.emv.tlv.dol;

import io.pos4j.emv.tlv.Tag;
import java.util.Objects;

/**
 * One entry of a Data Object List: a tag and the length its value must have in the built data.
 *
 * @param tag    the requested data element
 * @param length the number of bytes it occupies in the DOL-related data, 0 or more
 */
public record DolEntry(Tag tag, int length) {

    /**
     * @throws IllegalArgumentException if the length is negative
     */
    public DolEntry {
        Objects.requireNonNull(tag, "tag");
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
    }

    /** @return such as {@code 9F02(6)} */
    @Override
    public String toString() {
        return tag + "(" + length + ")";
    }
}
