package io.pos4j.terminal;

import java.util.Objects;
import java.util.Optional;

/**
 * How a transaction ended. Contains no card data beyond the masked PAN.
 *
 * @param type         what was done
 * @param batch        batch number (DE 60.2)
 * @param stan         the STAN of the (last) request
 * @param amount       amount in minor units (0 for balance)
 * @param maskedPan    first 6 / last 4
 * @param state        final state of the transaction machine ({@code Completed}, {@code Declined},
 *                     {@code Reversed}, {@code ReversalPending})
 * @param responseCode DE 39 from the host, if any arrived and verified
 * @param rrn          DE 37, when approved
 * @param authCode     DE 38, when approved
 * @param balance      DE 54 amount in minor units, for a balance inquiry
 * @param diagnosis    why it did not simply succeed (empty when approved)
 */
public record TransactionResult(TransactionType type, long batch, int stan, long amount, String maskedPan,
                                TransactionState state, Optional<String> responseCode, Optional<String> rrn,
                                Optional<String> authCode, Optional<Long> balance, Optional<Diagnosis> diagnosis) {

    /** Checks the fields. */
    public TransactionResult {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(maskedPan, "maskedPan");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(rrn, "rrn");
        Objects.requireNonNull(authCode, "authCode");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(diagnosis, "diagnosis");
    }

    /** @return whether the host approved with a verified MAC and the transaction completed */
    public boolean approved() {
        return state instanceof TransactionState.Completed;
    }

    /** @return the outcome word used in traces: approved, declined, reversed, reversal-pending */
    public String outcome() {
        if (state instanceof TransactionState.Completed) {
            return "approved";
        }
        if (state instanceof TransactionState.Reversed) {
            return "reversed";
        }
        if (state instanceof TransactionState.ReversalPending) {
            return "reversal-pending";
        }
        return "declined";
    }
}
