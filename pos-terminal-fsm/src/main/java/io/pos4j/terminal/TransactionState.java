package io.pos4j.terminal;

import java.util.Objects;

/** The transaction machine's states. */
public sealed interface TransactionState extends Labeled {
    /** created; nothing read yet */
    record Created() implements TransactionState {
    }

    /** card data captured */
    record CardRead() implements TransactionState {
    }

    /** PIN captured (as an encrypted PIN block only) */
    record PinEntry() implements TransactionState {
    }

    /**
     * A vendor step ({@link TransactionStep}) ran.
     *
     * @param name the step's name
     */
    record Step(String name) implements TransactionState {
        /** Checks the name. */
        public Step {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String label() {
            return "Step[" + name + "]";
        }
    }

    /** the request and its reversal are durable in the journal; nothing sent yet */
    record Journaled() implements TransactionState {
    }

    /** the request left the terminal; the reversal is armed */
    record Sent() implements TransactionState {
    }

    /** the host approved and the response MAC verified; not yet confirmed to the cardholder */
    record HostApproved() implements TransactionState {
    }

    /** approved and confirmed; final */
    record Completed() implements TransactionState {
    }

    /**
     * Declined by the host or aborted locally before sending; final.
     *
     * @param code the response code or local cause id
     */
    record Declined(String code) implements TransactionState {
        /** Checks the code. */
        public Declined {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * The request may have been processed and must be undone; the reversal is stored and
     * forwarded until acknowledged. A late approval does not leave this state.
     *
     * @param reason DE 39 of the reversal ({@code 98}, {@code A0}, {@code 06})
     */
    record ReversalPending(String reason) implements TransactionState {
        /** Checks the reason. */
        public ReversalPending {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** the host acknowledged the reversal; final */
    record Reversed() implements TransactionState {
    }
}
