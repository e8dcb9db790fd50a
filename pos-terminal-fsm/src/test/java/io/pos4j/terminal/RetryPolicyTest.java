package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    static final ResponseCodeTable CUP = ResponseCodeTable.cup();

    static RetryPolicy policy(long seed) {
        return RetryPolicy.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 4, new SplittableRandom(seed));
    }

    @Test
    void timedOutFinancial_isReversedWith98_neverResent() {
        RetryDecision d = policy(1).decide(MessageKind.FINANCIAL, 1, new ExchangeOutcome.TimedOut(), CUP);
        assertEquals(new RetryDecision.Reverse("98"), d);
    }

    @Test
    void badMacOnFinancialResponse_isReversedWithA0() {
        RetryDecision d = policy(1).decide(MessageKind.FINANCIAL, 1, new ExchangeOutcome.Responded("00", false), CUP);
        assertEquals(new RetryDecision.Reverse("A0"), d);
    }

    @Test
    void timedOutIdempotent_retriesWithGrowingDelay_thenGivesUp() {
        RetryPolicy p = policy(7);
        List<Duration> delays = new ArrayList<>();
        for (int attempt = 1; attempt < 4; attempt++) {
            RetryDecision d = p.decide(MessageKind.REVERSAL, attempt, new ExchangeOutcome.TimedOut(), CUP);
            delays.add(assertInstanceOf(RetryDecision.RetryAfter.class, d).delay());
        }
        assertInstanceOf(RetryDecision.GiveUp.class,
                p.decide(MessageKind.REVERSAL, 4, new ExchangeOutcome.TimedOut(), CUP));
        // equal jitter: attempt n lies in [step/2, step] with step = 100ms * 2^(n-1)
        for (int i = 0; i < delays.size(); i++) {
            long step = 100L << i;
            long ms = delays.get(i).toMillis();
            assertTrue(ms >= step / 2 && ms <= step, "attempt " + (i + 1) + ": " + ms);
        }
    }

    @Test
    void signInAgainCodes_signInThenRetryOnce() {
        for (String code : List.of("A0", "99", "77", "22")) {
            assertInstanceOf(RetryDecision.SignInThenRetry.class,
                    policy(1).decide(MessageKind.FINANCIAL, 1, new ExchangeOutcome.Responded(code, true), CUP), code);
            assertInstanceOf(RetryDecision.GiveUp.class,
                    policy(1).decide(MessageKind.FINANCIAL, 2, new ExchangeOutcome.Responded(code, true), CUP), code);
        }
    }

    @Test
    void declineWithValidMac_completes() {
        assertInstanceOf(RetryDecision.Complete.class,
                policy(1).decide(MessageKind.FINANCIAL, 1, new ExchangeOutcome.Responded("51", true), CUP));
    }

    @Test
    void notSentFinancial_mayBeRetried_becauseNothingLeft() {
        assertInstanceOf(RetryDecision.RetryAfter.class, policy(1).decide(MessageKind.FINANCIAL, 1,
                new ExchangeOutcome.NotSent(LocalCause.NO_CONNECTION), CUP));
        assertInstanceOf(RetryDecision.GiveUp.class, policy(1).decide(MessageKind.FINANCIAL, 1,
                new ExchangeOutcome.NotSent(LocalCause.JOURNAL_FAILURE), CUP));
    }

    @Test
    void badArguments_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1), 3, new SplittableRandom()));
        assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.exponential(Duration.ZERO, Duration.ofSeconds(1), 0, new SplittableRandom()));
        assertThrows(IllegalArgumentException.class,
                () -> policy(1).decide(MessageKind.ECHO, 0, new ExchangeOutcome.TimedOut(), CUP));
    }

    @Provide
    Arbitrary<ExchangeOutcome> outcomes() {
        return Arbitraries.oneOf(
                Arbitraries.just(new ExchangeOutcome.TimedOut()),
                Arbitraries.of(LocalCause.values()).map(ExchangeOutcome.NotSent::new),
                Arbitraries.of("00", "05", "51", "55", "75", "91", "96", "A0", "99", "77", "22", "97", "ZZ")
                        .flatMap(c -> Arbitraries.of(true, false).map(m -> new ExchangeOutcome.Responded(c, m))));
    }

    @Property(tries = 2000)
    void financialThatMayHaveLeft_isNeverRetried(@ForAll("outcomes") ExchangeOutcome o,
                                                 @ForAll @IntRange(min = 1, max = 10) int attempt,
                                                 @ForAll long seed) {
        RetryDecision d = policy(seed).decide(MessageKind.FINANCIAL, attempt, o, CUP);
        if (o instanceof ExchangeOutcome.TimedOut) {
            assertEquals(new RetryDecision.Reverse("98"), d);
        }
        if (d instanceof RetryDecision.RetryAfter) {
            assertInstanceOf(ExchangeOutcome.NotSent.class, o, "only a request that never left is resent");
        }
    }

    @Property(tries = 500)
    void sameSeed_sameDecisions(@ForAll("outcomes") ExchangeOutcome o, @ForAll @IntRange(min = 1, max = 5) int attempt,
                                @ForAll long seed) {
        assertEquals(policy(seed).decide(MessageKind.ECHO, attempt, o, CUP),
                policy(seed).decide(MessageKind.ECHO, attempt, o, CUP));
    }
}
