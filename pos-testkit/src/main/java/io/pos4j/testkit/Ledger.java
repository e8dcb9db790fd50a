package io.pos4j.testkit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The acquirer's ledger: every authorization, void, refund, reversal and settlement in the order
 * decided, optionally appended to a file as JSON lines ({@link LedgerFile}). Thread-safe; the
 * accessors return snapshots.
 */
public final class Ledger {
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<String, LedgerEntry> originals = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, LedgerEntry> byRrn = new HashMap<>();
    private final Set<String> reversed = new HashSet<>();
    private final Map<String, String> voidedBy = new HashMap<>();
    private final Map<String, Long> refunded = new HashMap<>();
    private BufferedWriter sink;

    Ledger() {
    }

    /** @return a snapshot of all entries in order */
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /** @return the number of entries */
    public synchronized int size() {
        return entries.size();
    }

    /**
     * The transaction a host identifies by terminal, batch and STAN (reversals and duplicates are
     * not originals).
     *
     * @param terminalId DE 41
     * @param batch      DE 60.2
     * @param stan       DE 11
     * @return the entry, if the host answered such a request
     */
    public synchronized Optional<LedgerEntry> find(String terminalId, String batch, String stan) {
        return Optional.ofNullable(originals.get(LedgerEntry.key(terminalId, batch, stan)));
    }

    /**
     * @param rrn DE 37 as answered
     * @return the entry the host answered with that retrieval reference number
     */
    public synchronized Optional<LedgerEntry> findByRrn(String rrn) {
        return Optional.ofNullable(byRrn.get(rrn));
    }

    /**
     * @param entry an original entry
     * @return true once a reversal undid it
     */
    public synchronized boolean isReversed(LedgerEntry entry) {
        return reversed.contains(entry.key());
    }

    /**
     * @param entry a purchase
     * @return true while an approved, non-reversed void cancels it
     */
    public synchronized boolean isVoided(LedgerEntry entry) {
        return voidedBy.containsKey(entry.key());
    }

    /**
     * Sums the approved, non-reversed, non-voided purchases (debits) and approved, non-reversed
     * refunds (credits) of one batch, as settlement compares them.
     *
     * @param terminalId DE 41
     * @param batch      DE 60.2
     * @return the totals
     */
    public synchronized BatchTotals totals(String terminalId, String batch) {
        int dc = 0;
        long da = 0;
        int cc = 0;
        long ca = 0;
        for (LedgerEntry e : originals.values()) {
            if (!e.terminalId().equals(terminalId) || !e.batch().equals(batch) || !e.approved()
                    || reversed.contains(e.key())) {
                continue;
            }
            if (e.type() == TransactionType.PURCHASE && !voidedBy.containsKey(e.key())) {
                dc++;
                da += e.amount();
            } else if (e.type() == TransactionType.REFUND) {
                cc++;
                ca += e.amount();
            }
        }
        return new BatchTotals(dc, da, cc, ca);
    }

    // ---- used by the simulator, under its book lock ----

    synchronized boolean seen(String key) {
        return seen.contains(key);
    }

    synchronized long refundedAmount(String originalKey) {
        return refunded.getOrDefault(originalKey, 0L);
    }

    synchronized long nextSequence() {
        return entries.size() + 1L;
    }

    /** Appends a decided entry: indexes it, and writes it to the file if one is attached. */
    synchronized void append(LedgerEntry e) {
        index(e);
        if (sink != null) {
            try {
                sink.write(LedgerFile.toJson(e));
                sink.write('\n');
                sink.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException("ledger file: append failed", ex);
            }
        }
    }

    /** Indexes an entry read back from a file (no write). */
    synchronized void replay(LedgerEntry e) {
        index(e);
    }

    private void index(LedgerEntry e) {
        entries.add(e);
        String key = e.key();
        if (e.type() != TransactionType.REVERSAL) {
            seen.add(key);
            if (e.responseCode() != ResponseCode.DUPLICATE_TRANSMISSION) {
                originals.putIfAbsent(key, e);
                if (!e.rrn().isEmpty()) {
                    byRrn.putIfAbsent(e.rrn(), e);
                }
            }
        }
        if (!e.approved()) {
            return;
        }
        switch (e.type()) {
            case VOID -> voidedBy.put(e.originalKey(), key);
            case REFUND -> {
                if (!e.originalKey().isEmpty()) {
                    refunded.merge(e.originalKey(), e.amount(), Long::sum);
                }
            }
            case REVERSAL -> {
                LedgerEntry original = originals.get(e.originalKey());
                if (original != null && reversed.add(original.key()) && original.approved()) {
                    if (original.type() == TransactionType.VOID) {
                        voidedBy.remove(original.originalKey(), original.key());
                    } else if (original.type() == TransactionType.REFUND && !original.originalKey().isEmpty()) {
                        refunded.merge(original.originalKey(), -original.amount(), Long::sum);
                    }
                }
            }
            default -> {
            }
        }
    }

    synchronized void attach(Path file) {
        try {
            sink = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException ex) {
            throw new UncheckedIOException("ledger file: cannot open for append", ex);
        }
    }

    synchronized void closeSink() {
        if (sink != null) {
            try {
                sink.close();
            } catch (IOException ignored) {
                // the lines written so far were flushed one by one
            }
            sink = null;
        }
    }

    /**
     * A batch's totals as settlement compares them (DE 48 of 0500).
     *
     * @param debitCount   approved purchases not voided or reversed
     * @param debitAmount  their sum in minor units
     * @param creditCount  approved refunds not reversed
     * @param creditAmount their sum
     */
    public record BatchTotals(int debitCount, long debitAmount, int creditCount, long creditAmount) {
    }
}
