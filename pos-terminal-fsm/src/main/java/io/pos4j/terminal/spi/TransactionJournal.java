package io.pos4j.terminal.spi;

import java.util.List;

/**
 * The terminal's write-ahead journal: an append-only sequence of {@link JournalRecord}s. The
 * terminal appends a record before every step that the host could see (the transaction, the armed
 * reversal, the reserved STANs), and replays the records on start to resolve what a crash left open.
 *
 * <p>Implementations must make {@link #append} durable before it returns (the default file journal
 * calls {@code FileChannel.force}); must never return a record whose checksum failed; and must
 * detect a torn or corrupt tail without losing the records before it. Not required to be
 * thread-safe: one terminal owns one journal.
 */
public interface TransactionJournal extends AutoCloseable {

    /**
     * Appends a record durably.
     *
     * @param record the record (its sequence is ignored and assigned)
     * @return the record as stored, with its sequence
     * @throws JournalException if it cannot be made durable; the caller must not send anything
     */
    JournalRecord append(JournalRecord record);

    /** @return every valid record, oldest first (those read at open and those appended since) */
    List<JournalRecord> records();

    /** @return what opening the journal found (torn tail, corrupt records skipped) */
    RecoveryReport recoveryReport();

    /**
     * Replaces the journal's content by {@code keep} (records of this journal, in order, with their
     * sequences; the terminal may add summary records it made with {@link JournalRecord#withSequence}),
     * crash-safely: after a crash at any point the journal holds either everything it held before or
     * exactly {@code keep}. Appends continue with the next sequence. The terminal calls this after a
     * settlement with every record still needed (open and unresolved transactions, pending reversals,
     * lockouts, STAN and DUKPT counter high-water marks); see {@code Terminal.compactJournal()}.
     *
     * @param keep the records to keep
     * @throws UnsupportedOperationException if this journal does not compact (the default)
     * @throws JournalException if it could not be done; the journal is then unchanged
     */
    default void compact(List<JournalRecord> keep) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not compact");
    }

    /** Releases the file; further appends fail. */
    @Override
    void close();

    /**
     * What opening a journal found.
     *
     * @param validRecords     records read
     * @param corruptRegions   damaged regions skipped between valid records
     * @param tornTailBytes    bytes of an incomplete last record that were cut off
     */
    record RecoveryReport(int validRecords, int corruptRegions, long tornTailBytes) {
    }
}
