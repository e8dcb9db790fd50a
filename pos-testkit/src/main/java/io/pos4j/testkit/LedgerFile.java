package io.pos4j.testkit;

import io.pos4j.testkit.internal.JsonLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger's file format: append-only, one JSON object per line, UTF-8. Each line has exactly
 * these names: {@code seq, time, type, tid, mid, batch, stan, pan} (masked), {@code amount,
 * currency, rc, rrn, auth, effect, original, note}. Another process (for example a test
 * reconciling a terminal journal) reads it with {@link #read(Path)}.
 */
public final class LedgerFile {
    private LedgerFile() {
    }

    /**
     * @param e an entry
     * @return its JSON line, without newline
     */
    public static String toJson(LedgerEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.sequence());
        m.put("time", e.time().toString());
        m.put("type", e.type().name());
        m.put("tid", e.terminalId());
        m.put("mid", e.merchantId());
        m.put("batch", e.batch());
        m.put("stan", e.stan());
        m.put("pan", e.maskedPan());
        m.put("amount", e.amount());
        m.put("currency", e.currency());
        m.put("rc", e.responseCode().code());
        m.put("rrn", e.rrn());
        m.put("auth", e.authCode());
        m.put("effect", e.balanceEffect());
        m.put("original", e.originalKey());
        m.put("note", e.note());
        return JsonLines.write(m);
    }

    /**
     * @param line       one JSON line
     * @param lineNumber 1-based, for errors
     * @return the entry
     * @throws TestkitFormatException if the line is not a ledger record
     */
    public static LedgerEntry fromJson(String line, int lineNumber) {
        Map<String, Object> m = JsonLines.read(line, lineNumber);
        try {
            return new LedgerEntry(num(m, "seq", lineNumber), Instant.parse(str(m, "time", lineNumber)),
                    TransactionType.valueOf(str(m, "type", lineNumber)), str(m, "tid", lineNumber),
                    str(m, "mid", lineNumber), str(m, "batch", lineNumber), str(m, "stan", lineNumber),
                    str(m, "pan", lineNumber), num(m, "amount", lineNumber), str(m, "currency", lineNumber),
                    ResponseCode.fromCode(str(m, "rc", lineNumber)), str(m, "rrn", lineNumber),
                    str(m, "auth", lineNumber), num(m, "effect", lineNumber), str(m, "original", lineNumber),
                    str(m, "note", lineNumber));
        } catch (DateTimeParseException ex) {
            throw new TestkitFormatException(lineNumber, 0, "time: expected an ISO-8601 instant");
        } catch (IllegalArgumentException ex) {
            throw new TestkitFormatException(lineNumber, 0, "type, rc or pan: not a ledger value");
        }
    }

    /**
     * Reads a ledger file; blank lines are skipped.
     *
     * @param file the file
     * @return the entries in file order
     * @throws IOException if the file cannot be read
     * @throws TestkitFormatException if a line is not a ledger record
     */
    public static List<LedgerEntry> read(Path file) throws IOException {
        List<LedgerEntry> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    out.add(fromJson(line, n));
                }
            }
        }
        return out;
    }

    static String str(Map<String, Object> m, String name, int line) {
        Object v = m.get(name);
        if (!(v instanceof String s)) {
            throw new TestkitFormatException(line, 0, name + ": expected a string");
        }
        return s;
    }

    static long num(Map<String, Object> m, String name, int line) {
        Object v = m.get(name);
        if (!(v instanceof Long l)) {
            throw new TestkitFormatException(line, 0, name + ": expected a whole number");
        }
        return l;
    }
}
