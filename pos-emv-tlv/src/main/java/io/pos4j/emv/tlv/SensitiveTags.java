package io.pos4j.emv.tlv;

import java.util.Objects;
import java.util.Set;

/**
 * Tags whose values are cardholder data or secrets, and how to show them. Every
 * {@code toString()} of this module and the {@code pos4j tlv} command mask these by default.
 *
 * <p>PAN-bearing tags ({@code 5A}, {@code 57}, {@code 9F6B}) show the first six and last four PAN
 * digits, as PCI DSS allows (PANs under 13 digits are starred entirely); the rest of a track is
 * starred. Other sensitive values are starred
 * entirely (two stars per byte, so the length stays visible).
 */
public final class SensitiveTags {

    private static final Tag PAN = Tag.of(0x5A);
    private static final Set<Tag> TRACK2 = Set.of(Tag.of(0x57), Tag.of(0x9F6B));
    private static final Set<Tag> ALL = Set.of(
            PAN,                // Application PAN
            Tag.of(0x57),       // Track 2 Equivalent Data
            Tag.of(0x9F6B),     // Track 2 Data (Mastercard contactless)
            Tag.of(0x56),       // Track 1 Data
            Tag.of(0x5F20),     // Cardholder Name
            Tag.of(0x9F0B),     // Cardholder Name Extended
            Tag.of(0x9F1F),     // Track 1 Discretionary Data
            Tag.of(0x9F20),     // Track 2 Discretionary Data
            Tag.of(0x99),       // Transaction Personal Identification Number (PIN) Data
            Tag.of(0x9F61),     // Cardholder ID Number (UnionPay)
            Tag.of(0xDF812A),   // DD Card (Track1), Mastercard kernel 2
            Tag.of(0xDF812B));  // DD Card (Track2), Mastercard kernel 2

    private SensitiveTags() {
    }

    /** @return the sensitive tags */
    public static Set<Tag> all() {
        return ALL;
    }

    /**
     * @param tag a tag
     * @return whether its value is cardholder data or a secret
     */
    public static boolean isSensitive(Tag tag) {
        return ALL.contains(Objects.requireNonNull(tag, "tag"));
    }

    /**
     * @param tag   the value's tag
     * @param value the value
     * @return upper-case hex of the value, masked when the tag is sensitive
     */
    public static String display(Tag tag, Bytes value) {
        String hex = value.toHex();
        if (!isSensitive(tag)) {
            return hex;
        }
        if (tag.equals(PAN)) {
            return maskPan(hex, hex.length());
        }
        if (TRACK2.contains(tag)) {
            int sep = hex.indexOf('D');
            int panEnd = sep < 0 ? hex.length() : sep;
            return maskPan(hex.substring(0, panEnd), panEnd)
                    + (sep < 0 ? "" : "D" + "*".repeat(hex.length() - sep - 1));
        }
        return "*".repeat(hex.length());
    }

    /** First six and last four digits kept; trailing F padding kept as it is. */
    private static String maskPan(String digits, int length) {
        int end = length;
        while (end > 0 && digits.charAt(end - 1) == 'F') {
            end--;
        }
        if (end < 13) {
            // too short to hide at least three digits between the kept six and four: hide all
            return "*".repeat(length);
        }
        return digits.substring(0, 6) + "*".repeat(end - 10) + digits.substring(end - 4, end)
                + digits.substring(end);
    }
}
