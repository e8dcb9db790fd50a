package io.pos4j.terminal.internal;

import io.pos4j.terminal.Action;
import io.pos4j.terminal.ExchangeOutcome;
import io.pos4j.terminal.MessageKind;
import io.pos4j.terminal.ResponseCodeRule;
import io.pos4j.terminal.ResponseCodeTable;
import io.pos4j.terminal.RetryDecision;
import io.pos4j.terminal.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** The default {@link RetryPolicy}; see {@link RetryPolicy#exponential}. */
public final class ExponentialRetryPolicy implements RetryPolicy {

    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final RandomGenerator random;

    /**
     * @param base        first delay
     * @param cap         largest delay
     * @param maxAttempts sendings in total
     * @param random      jitter source
     */
    public ExponentialRetryPolicy(Duration base, Duration cap, int maxAttempts, RandomGenerator random) {
        this.base = Objects.requireNonNull(base, "base");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.random = Objects.requireNonNull(random, "random");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, is " + maxAttempts);
        }
        if (base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 <= base <= cap");
        }
        this.maxAttempts = maxAttempts;
    }

    @Override
    public RetryDecision decide(MessageKind kind, int attempt, ExchangeOutcome outcome, ResponseCodeTable table) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, is " + attempt);
        }
        if (outcome instanceof ExchangeOutcome.Responded r) {
            if (!r.macValid()) {
                // a response we cannot trust: the host may have approved, so undo a financial one
                return kind == MessageKind.FINANCIAL ? new RetryDecision.Reverse("A0") : new RetryDecision.GiveUp();
            }
            ResponseCodeRule rule = table.ruleOrDefault(r.responseCode());
            if (rule.action() == Action.SIGN_IN_AGAIN && kind != MessageKind.SIGN_IN) {
                return attempt == 1 ? new RetryDecision.SignInThenRetry() : new RetryDecision.GiveUp();
            }
            return new RetryDecision.Complete();
        }
        if (outcome instanceof ExchangeOutcome.TimedOut) {
            if (!kind.idempotent()) {
                return new RetryDecision.Reverse("98");
            }
            return retry(attempt);
        }
        // NotSent: nothing reached the host, so even a financial request may be tried again
        ExchangeOutcome.NotSent n = (ExchangeOutcome.NotSent) outcome;
        return switch (n.cause()) {
            case NO_CONNECTION -> retry(attempt);
            default -> new RetryDecision.GiveUp();
        };
    }

    private RetryDecision retry(int attempt) {
        if (attempt >= maxAttempts) {
            return new RetryDecision.GiveUp();
        }
        return new RetryDecision.RetryAfter(delay(attempt));
    }

    /** Equal jitter: half of the exponential step is fixed, the other half random. */
    Duration delay(int attempt) {
        long step = base.toMillis() << Math.min(attempt - 1, 30);
        long capped = Math.min(step, cap.toMillis());
        long half = capped / 2;
        long jitter = half == 0 ? 0 : random.nextLong(half + 1);
        return Duration.ofMillis(capped - half + jitter);
    }

    @Override
    public String toString() {
        return "ExponentialRetryPolicy[base=" + base + ", cap=" + cap + ", maxAttempts=" + maxAttempts + "]";
    }
}
