package io.pos4j.emv.tlv.dol;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tag;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvParseException;
import io.pos4j.emv.tlv.dictionary.TagDictionary;
import io.pos4j.emv.tlv.dictionary.TagFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Data Object List (PDOL {@code 9F38}, CDOL1 {@code 8C}, CDOL2 {@code 8D}, DDOL {@code 9F49},
 * TDOL {@code 97}, UDOL ...) per EMV Book 3 section 5.4: tags with lengths, order and duplicates
 * kept. Immutable and thread-safe.
 *
 * <p>{@link #build} concatenates the values the card asked for, each fitted to its entry length:
 * <ul>
 * <li>missing, or a constructed tag: the length in {@code 00} bytes;</li>
 * <li>format n: right-aligned, padded with {@code 00} on the left, truncated on the left;</li>
 * <li>format cn: padded with {@code FF} on the right, truncated on the right;</li>
 * <li>any other format: padded with {@code 00} on the right, truncated on the right.</li>
 * </ul>
 * Formats come from a {@link TagDictionary} (unknown tags count as b).
 */
public final class Dol {

    private final List<DolEntry> entries;
    private final int dataLength;

    private Dol(List<DolEntry> entries) {
        this.entries = List.copyOf(entries);
        long n = 0;
        for (DolEntry e : this.entries) {
            n += e.length();
        }
        if (n > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("DOL data too long: " + n);
        }
        this.dataLength = (int) n;
    }

    /**
     * @param entries the entries in order
     * @return the DOL
     */
    public static Dol of(List<DolEntry> entries) {
        return new Dol(entries);
    }

    /**
     * Parses a DOL value: tags (1-4 bytes, BER) each followed by a length (short form, or
     * {@code 81}/{@code 82} long form).
     *
     * @param dol the DOL's value (not including its own tag and length)
     * @return the DOL
     * @throws TlvParseException with the offset if a tag or length is cut short or malformed
     */
    public static Dol parse(Bytes dol) {
        Objects.requireNonNull(dol, "dol");
        List<DolEntry> out = new ArrayList<>();
        int p = 0;
        int n = dol.length();
        while (p < n) {
            int start = p;
            int b0 = dol.get(p++);
            int t = b0;
            if ((b0 & 0x1F) == 0x1F) {
                int x;
                do {
                    if (p >= n) {
                        throw new TlvParseException(TlvParseException.Reason.TRUNCATED_TAG, start, "",
                                "DOL tag runs past the end of the DOL");
                    }
                    if (p - start >= Tag.MAX_BYTES) {
                        throw new TlvParseException(TlvParseException.Reason.TAG_TOO_LONG, start, "",
                                "DOL tag longer than " + Tag.MAX_BYTES + " bytes");
                    }
                    x = dol.get(p++);
                    t = (t << 8) | x;
                } while ((x & 0x80) != 0);
            }
            if (b0 == 0) {
                throw new TlvParseException(TlvParseException.Reason.MALFORMED, start, "",
                        "DOL entry starts with 00 (expected a tag)");
            }
            Tag tag = Tag.of(t);
            if (p >= n) {
                throw new TlvParseException(TlvParseException.Reason.TRUNCATED_LENGTH, p, tag.toString(),
                        "DOL length missing at the end of the DOL");
            }
            int l0 = dol.get(p++);
            int len;
            if (l0 < 0x80) {
                len = l0;
            } else if (l0 == 0x81 || l0 == 0x82) {
                int k = l0 & 0x7F;
                if (n - p < k) {
                    throw new TlvParseException(TlvParseException.Reason.TRUNCATED_LENGTH, p - 1,
                            tag.toString(), "DOL length needs " + k + " more bytes");
                }
                len = 0;
                for (int i = 0; i < k; i++) {
                    len = (len << 8) | dol.get(p++);
                }
            } else {
                throw new TlvParseException(l0 == 0x80 ? TlvParseException.Reason.INDEFINITE_LENGTH
                        : TlvParseException.Reason.LENGTH_TOO_LONG, p - 1, tag.toString(),
                        "DOL length byte not allowed (expected 00-7F, 81 or 82)");
            }
            out.add(new DolEntry(tag, len));
        }
        return new Dol(out);
    }

    /** @return the entries, in order, duplicates kept */
    public List<DolEntry> entries() {
        return entries;
    }

    /** @return the length of the data {@link #build} produces: the sum of entry lengths */
    public int dataLength() {
        return dataLength;
    }

    /**
     * Builds the DOL-related data with the standard dictionary's formats.
     *
     * @param source the value of a tag, or empty if the terminal does not have it
     * @return the concatenated, fitted values
     */
    public Bytes build(Function<Tag, Optional<Bytes>> source) {
        return build(source, TagDictionary.standard());
    }

    /**
     * Builds the DOL-related data from a TLV list (first occurrence of each tag, anywhere).
     *
     * @param data the terminal's and card's data objects
     * @return the concatenated, fitted values
     */
    public Bytes build(TlvList data) {
        Objects.requireNonNull(data, "data");
        return build(data::value);
    }

    /**
     * @param source     the value of a tag, or empty if the terminal does not have it
     * @param dictionary where formats come from
     * @return the concatenated, fitted values (EMV Book 3 section 5.4)
     */
    public Bytes build(Function<Tag, Optional<Bytes>> source, TagDictionary dictionary) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dictionary, "dictionary");
        byte[] out = new byte[dataLength];
        int p = 0;
        for (DolEntry e : entries) {
            Optional<Bytes> v = e.tag().isConstructed() ? Optional.empty() : source.apply(e.tag());
            if (v != null && v.isPresent()) {
                fit(v.get(), e.length(), dictionary.format(e.tag()), out, p);
            }
            p += e.length();
        }
        return Bytes.of(out);
    }

    static void fit(Bytes value, int length, TagFormat format, byte[] out, int at) {
        byte[] v = value.toByteArray();
        int n = Math.min(v.length, length);
        if (format == TagFormat.N) {
            // right-aligned: keep the rightmost bytes, leading zeros already in out
            System.arraycopy(v, v.length - n, out, at + length - n, n);
        } else {
            System.arraycopy(v, 0, out, at, n);
            if (format == TagFormat.CN) {
                for (int i = at + n; i < at + length; i++) {
                    out[i] = (byte) 0xFF;
                }
            }
        }
    }

    /**
     * Cuts DOL-related data back into its values, as a host or a card reads it.
     *
     * @param data the DOL-related data
     * @return one value per entry, in order
     * @throws IllegalArgumentException if the data length is not {@link #dataLength()}
     */
    public List<Value> split(Bytes data) {
        Objects.requireNonNull(data, "data");
        if (data.length() != dataLength) {
            throw new IllegalArgumentException("DOL data length " + data.length() + " (expected "
                    + dataLength + ")");
        }
        List<Value> out = new ArrayList<>(entries.size());
        int p = 0;
        for (DolEntry e : entries) {
            out.add(new Value(e.tag(), data.slice(p, p + e.length())));
            p += e.length();
        }
        return List.copyOf(out);
    }

    /**
     * One value cut from DOL-related data.
     *
     * @param tag   the entry's tag
     * @param value the bytes at the entry's position
     */
    public record Value(Tag tag, Bytes value) {
        /** Checks for nulls. */
        public Value {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(value, "value");
        }
    }

    /** @return the encoded DOL (tags and lengths) */
    public Bytes encode() {
        int n = 0;
        for (DolEntry e : entries) {
            n += e.tag().byteLength() + (e.length() < 0x80 ? 1 : e.length() <= 0xFF ? 2 : 3);
        }
        byte[] out = new byte[n];
        int p = 0;
        for (DolEntry e : entries) {
            p += e.tag().writeTo(out, p);
            int l = e.length();
            if (l >= 0x100) {
                out[p++] = (byte) 0x82;
                out[p++] = (byte) (l >>> 8);
            } else if (l >= 0x80) {
                out[p++] = (byte) 0x81;
            }
            out[p++] = (byte) l;
        }
        return Bytes.of(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dol d && d.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** @return the entries, such as {@code Dol[9F02(6), 9F03(6), 95(5)]} */
    @Override
    public String toString() {
        return "Dol" + entries;
    }
}
