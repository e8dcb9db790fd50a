package io.pos4j.terminal;

import io.pos4j.terminal.spi.TransactionJournal;
import java.util.Objects;

/**
 * What start-up recovery found and did.
 *
 * @param journal          what opening the journal found
 * @param unknownResolved  transactions a crash left in flight, now marked for reversal
 * @param reversalsSent    pending reversals the host acknowledged
 * @param reversalsPending reversals still pending (host unreachable); retried before new work
 */
public record RecoveryResult(TransactionJournal.RecoveryReport journal, int unknownResolved, int reversalsSent,
                             int reversalsPending) {
    /** Checks the fields. */
    public RecoveryResult {
        Objects.requireNonNull(journal, "journal");
    }
}
