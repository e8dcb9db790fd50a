package io.pos4j.terminal;

import java.util.Map;
import java.util.Objects;

/**
 * A vendor step inserted into every transaction between PIN entry and journaling (a loyalty
 * lookup, a tip prompt, a fraud check) without forking the terminal. Each step gets its own
 * {@code Step[name]} state in the transaction table. A step sees the transaction without card
 * data and may decline it before anything is sent.
 */
public interface TransactionStep {

    /** @return the step's name, unique per terminal */
    String name();

    /**
     * @param transaction the transaction so far (type, amount, masked PAN)
     * @return continue (with notes for the journal) or decline
     */
    StepResult run(TransactionView transaction);

    /**
     * What a step decided.
     */
    sealed interface StepResult {
        /** @param notes text recorded in the journal with the transaction (no card data) */
        record Continue(Map<String, String> notes) implements StepResult {
            /** Copies the notes. */
            public Continue {
                notes = Map.copyOf(Objects.requireNonNull(notes, "notes"));
            }
        }

        /** @param diagnosis why the step declined the transaction */
        record Decline(Diagnosis diagnosis) implements StepResult {
            /** Checks the diagnosis. */
            public Decline {
                Objects.requireNonNull(diagnosis, "diagnosis");
            }
        }
    }

    /**
     * What a step may see of a transaction.
     *
     * @param type      the transaction type
     * @param amount    amount in minor units (0 for a balance inquiry)
     * @param maskedPan first 6 and last 4 digits
     */
    record TransactionView(TransactionType type, long amount, String maskedPan) {
    }
}
