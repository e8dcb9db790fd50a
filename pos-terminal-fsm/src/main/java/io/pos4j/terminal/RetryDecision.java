package io.pos4j.terminal;

import java.time.Duration;
import java.util.Objects;

/** What the {@link RetryPolicy} decided after one exchange. */
public sealed interface RetryDecision {

    /** Done: use the response as it is (approval or decline). */
    record Complete() implements RetryDecision {
    }

    /**
     * Send the same (idempotent) message again after a delay.
     *
     * @param delay how long to wait first
     */
    record RetryAfter(Duration delay) implements RetryDecision {
        /** Checks the delay. */
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
        }
    }

    /**
     * Reverse the financial request (0400) with this reason code in DE 39.
     *
     * @param reasonCode {@code 98} no reply, {@code A0} response MAC failed, {@code 06} other
     */
    record Reverse(String reasonCode) implements RetryDecision {
        /** Checks the code. */
        public Reverse {
            Objects.requireNonNull(reasonCode, "reasonCode");
        }
    }

    /** Sign in again (new working keys), then send the request again as a new message. */
    record SignInThenRetry() implements RetryDecision {
    }

    /** Stop: report the diagnosis. */
    record GiveUp() implements RetryDecision {
    }
}
