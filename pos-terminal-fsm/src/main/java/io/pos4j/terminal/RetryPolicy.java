package io.pos4j.terminal;

import io.pos4j.terminal.internal.ExponentialRetryPolicy;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Decides, after each exchange, whether to complete, retry, reverse, sign in again or give up.
 * Implementations must be deterministic for a given random source (so a run can be replayed) and
 * must never ask to resend a {@link MessageKind#FINANCIAL} request that may have reached the host.
 */
public interface RetryPolicy {

    /**
     * @param kind    what the request does
     * @param attempt 1 for the first sending, 2 for the first retry, ...
     * @param outcome how the exchange ended
     * @param table   the acquirer's response-code table
     * @return the decision
     */
    RetryDecision decide(MessageKind kind, int attempt, ExchangeOutcome outcome, ResponseCodeTable table);

    /**
     * The default: up to {@code maxAttempts} sendings of idempotent messages with exponential
     * back-off {@code base * 2^(attempt-1)} capped at {@code cap}, "equal jitter" (half fixed, half
     * random); a timed-out or malformed-response financial request is reversed with reason 98; a
     * response with a bad MAC to a financial request is reversed with reason A0; a code whose rule
     * says {@link Action#SIGN_IN_AGAIN} signs in again and retries once; a request that certainly
     * did not leave is retried like an idempotent one.
     *
     * @param base        first delay
     * @param cap         largest delay
     * @param maxAttempts sendings in total, at least 1
     * @param random      jitter source (a seeded one makes the policy replayable)
     * @return the policy
     */
    static RetryPolicy exponential(Duration base, Duration cap, int maxAttempts, RandomGenerator random) {
        return new ExponentialRetryPolicy(base, cap, maxAttempts, random);
    }

    /**
     * @param random jitter source
     * @return {@link #exponential} with 500 ms base, 8 s cap and 3 attempts
     */
    static RetryPolicy defaults(RandomGenerator random) {
        return exponential(Duration.ofMillis(500), Duration.ofSeconds(8), 3, random);
    }
}
