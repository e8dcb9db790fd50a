package io.pos4j.terminal;

import java.util.Objects;
import java.util.Optional;

/**
 * How a settlement ended.
 *
 * @param ok           whether the batch was closed
 * @param batch        the batch settled
 * @param debitCount   purchases in the batch (approved, not voided or reversed)
 * @param debitAmount  their sum, minor units
 * @param creditCount  refunds
 * @param creditAmount their sum
 * @param totalsAgreed whether the host's totals agreed (if not, the batch was uploaded)
 * @param uploaded     transactions uploaded (0 when totals agreed)
 * @param diagnosis    why it failed
 */
public record SettlementResult(boolean ok, long batch, int debitCount, long debitAmount, int creditCount,
                               long creditAmount, boolean totalsAgreed, int uploaded, Optional<Diagnosis> diagnosis) {
    /** Checks the fields. */
    public SettlementResult {
        Objects.requireNonNull(diagnosis, "diagnosis");
    }
}
