package io.pos4j.terminal;

import java.util.Objects;

/** How one request/response exchange with the host ended, as seen by the {@link RetryPolicy}. */
public sealed interface ExchangeOutcome {

    /**
     * A response arrived.
     *
     * @param responseCode DE 39
     * @param macValid     whether the response MAC verified (true for messages that carry none)
     */
    record Responded(String responseCode, boolean macValid) implements ExchangeOutcome {
        /** Checks the code. */
        public Responded {
            Objects.requireNonNull(responseCode, "responseCode");
        }
    }

    /** The request left the terminal and no (usable) response arrived in time. */
    record TimedOut() implements ExchangeOutcome {
    }

    /**
     * The request certainly did not leave the terminal (connect failed, journal write failed).
     *
     * @param cause why
     */
    record NotSent(LocalCause cause) implements ExchangeOutcome {
        /** Checks the cause. */
        public NotSent {
            Objects.requireNonNull(cause, "cause");
        }
    }
}
