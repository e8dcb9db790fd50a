package io.pos4j.terminal.spi;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One journal entry: a type and named text fields. The terminal writes the types listed in its
 * documentation ({@code txn}, {@code armed}, {@code sent}, {@code response}, {@code reversal-pending},
 * {@code reversal-acked}, {@code stan-reserved}, {@code batch}, {@code lockout}, ...); vendors may add
 * their own types. Fields named in {@link #SENSITIVE} hold card data and are masked by
 * {@link #masked()} and {@link #toString()}.
 *
 * @param sequence position in the journal, from 1, assigned by the journal on append (0 before)
 * @param time     when the record was written
 * @param type     the record type
 * @param fields   the fields, in insertion order
 */
public record JournalRecord(long sequence, Instant time, String type, Map<String, String> fields) {

    /** Field names whose values are card data. */
    public static final Set<String> SENSITIVE = Set.of("pan", "track2", "de55", "expiry");

    /** Copies the fields. */
    public JournalRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
        if (type.isEmpty()) {
            throw new IllegalArgumentException("type must not be empty");
        }
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * @param time   when
     * @param type   the type
     * @param fields the fields
     * @return a record not yet appended (sequence 0)
     */
    public static JournalRecord of(Instant time, String type, Map<String, String> fields) {
        return new JournalRecord(0, time, type, fields);
    }

    /**
     * @param name a field name
     * @return the value or null
     */
    public String get(String name) {
        return fields.get(name);
    }

    /** @param sequence the assigned position @return a copy with it */
    public JournalRecord withSequence(long sequence) {
        return new JournalRecord(sequence, time, type, fields);
    }

    /** @return the fields with card data masked: PAN first 6 and last 4 digits, others replaced */
    public Map<String, String> masked() {
        Map<String, String> m = new LinkedHashMap<>();
        fields.forEach((k, v) -> m.put(k, SENSITIVE.contains(k) ? mask(k, v) : v));
        return m;
    }

    private static String mask(String key, String v) {
        if (v.startsWith("enc:")) {
            return "<encrypted>";
        }
        if (key.equals("pan") && v.length() >= 13) {
            return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
        }
        return "*".repeat(Math.min(v.length(), 8));
    }

    @Override
    public String toString() {
        return "JournalRecord[" + sequence + " " + type + " " + masked() + "]";
    }
}
