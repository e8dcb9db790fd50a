package io.pos4j.terminal;

import java.util.Objects;

/** Events of the transaction machine. */
public sealed interface TransactionEvent extends Labeled {
    /** card data captured */
    record CardAccepted() implements TransactionEvent {
    }

    /** PIN block built */
    record PinEntered() implements TransactionEvent {
    }

    /** @param name the vendor step entered */
    record EnterStep(String name) implements TransactionEvent {
        /** Checks the name. */
        public EnterStep {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String label() {
            return "EnterStep[" + name + "]";
        }
    }

    /** request and reversal written durably */
    record JournalWritten() implements TransactionEvent {
    }

    /** request handed to the link */
    record RequestSent() implements TransactionEvent {
    }

    /** the host approved; MAC verified */
    record Approved() implements TransactionEvent {
    }

    /** @param code the host's decline code (MAC verified) */
    record HostDeclined(String code) implements TransactionEvent {
        /** Checks the code. */
        public HostDeclined {
            Objects.requireNonNull(code, "code");
        }
    }

    /** no response in time */
    record TimedOut() implements TransactionEvent {
    }

    /** @param reason reversal reason: the response failed its MAC ({@code A0}) or was malformed ({@code 06}) */
    record ResponseRejected(String reason) implements TransactionEvent {
        /** Checks the reason. */
        public ResponseRejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** the approval was confirmed (card accepted the host's answer) */
    record Confirmed() implements TransactionEvent {
    }

    /** @param reason reversal reason after approval (the card or terminal could not complete) */
    record CompletionFailed(String reason) implements TransactionEvent {
        /** Checks the reason. */
        public CompletionFailed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** @param cause why the terminal stopped before sending */
    record Aborted(LocalCause cause) implements TransactionEvent {
        /** Checks the cause. */
        public Aborted {
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** a response arrived after the timeout; it never cancels the reversal */
    record LateResponse() implements TransactionEvent {
    }

    /** the host acknowledged the reversal */
    record ReversalAcknowledged() implements TransactionEvent {
    }

    /** @param code the response code or cause of a vendor step's decline */
    record StepDeclined(String code) implements TransactionEvent {
        /** Checks the code. */
        public StepDeclined {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * An idempotent request (balance inquiry) got no usable reply; nothing needs undoing.
     *
     * @param code the local cause id
     */
    record Abandoned(String code) implements TransactionEvent {
        /** Checks the code. */
        public Abandoned {
            Objects.requireNonNull(code, "code");
        }
    }
}
