package io.pos4j.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * When and how the simulator misbehaves. A rule matches messages by request MTI and terminal ID
 * (either may be left open); among its matches it fires on the {@code nth} one, or on each with a
 * seeded probability, at most {@code times} times. Immutable; add it with {@link Faults#add}.
 *
 * <p>Text form (CLI {@code --faults}), rules separated by {@code ;}:
 * {@code ACTION[=ARG][:KEY=VALUE]...} with actions {@code drop}, {@code delay=2s}, {@code late},
 * {@code close}, {@code corrupt}, {@code wrong-mac}, {@code twice}, {@code code=91}, and keys
 * {@code mti}, {@code tid}, {@code nth}, {@code p} (probability), {@code seed}, {@code times},
 * {@code at} (corrupt offset). Example: {@code drop:mti=0200:nth=2;code=91:p=0.1:seed=7}.
 *
 * @param action         what to do
 * @param mti            request MTI to match, null for any
 * @param terminalId     DE 41 to match, null for any
 * @param nth            fire on the nth matching message (1-based), 0 for not by count
 * @param probability    chance to fire on a match (1.0 = always), used when {@code nth} is 0
 * @param seed           seed of the rule's random source
 * @param times          most firings; {@link Integer#MAX_VALUE} for unlimited
 * @param delay          for {@link FaultAction#DELAY}
 * @param responseCode   for {@link FaultAction#RESPOND_CODE}
 * @param corruptOffset  for {@link FaultAction#CORRUPT}: byte offset in the message (after the
 *                       length prefix) to invert; -1 for the middle byte
 */
public record FaultRule(FaultAction action, String mti, String terminalId, int nth, double probability,
        long seed, int times, Duration delay, ResponseCode responseCode, int corruptOffset) {

    /** Checks the rule's consistency. */
    public FaultRule {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(delay, "delay");
        if (mti != null && !mti.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("mti: expected 4 digits");
        }
        if (nth < 0) {
            throw new IllegalArgumentException("nth: must not be negative");
        }
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability: expected 0.0 to 1.0");
        }
        if (times < 1) {
            throw new IllegalArgumentException("times: must be positive");
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay: must not be negative");
        }
        if (action == FaultAction.RESPOND_CODE && responseCode == null) {
            throw new IllegalArgumentException("responseCode: required for RESPOND_CODE");
        }
        if (corruptOffset < -1) {
            throw new IllegalArgumentException("corruptOffset: expected -1 or an offset");
        }
    }

    /**
     * @param action what to do
     * @return a builder: any MTI, any terminal, every match, unlimited
     */
    public static Builder builder(FaultAction action) {
        return new Builder(action);
    }

    /**
     * Parses the text form (see the class comment).
     *
     * @param spec rules separated by {@code ;}
     * @return the rules in order
     * @throws TestkitFormatException naming the rule (1-based, as "line") and what was wrong
     */
    public static List<FaultRule> parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        List<FaultRule> out = new ArrayList<>();
        String[] rules = spec.split(";");
        for (int i = 0; i < rules.length; i++) {
            String text = rules[i].trim();
            if (text.isEmpty()) {
                continue;
            }
            try {
                out.add(parseOne(text));
            } catch (IllegalArgumentException e) {
                throw new TestkitFormatException(i + 1, 0, "fault rule: " + e.getMessage());
            }
        }
        return out;
    }

    private static FaultRule parseOne(String text) {
        String[] parts = text.split(":");
        String head = parts[0].trim().toLowerCase(Locale.ROOT);
        String arg = null;
        int eq = head.indexOf('=');
        if (eq >= 0) {
            arg = head.substring(eq + 1);
            head = head.substring(0, eq);
        }
        Builder b = switch (head) {
            case "drop" -> builder(FaultAction.DROP);
            case "delay" -> builder(FaultAction.DELAY).delay(duration(required(arg, "delay")));
            case "late" -> builder(FaultAction.RESPOND_LATE);
            case "close" -> builder(FaultAction.CLOSE);
            case "corrupt" -> builder(FaultAction.CORRUPT);
            case "wrong-mac" -> builder(FaultAction.WRONG_MAC);
            case "twice" -> builder(FaultAction.ANSWER_TWICE);
            case "code" -> builder(FaultAction.RESPOND_CODE).responseCode(ResponseCode.fromCode(required(arg, "code").toUpperCase(Locale.ROOT)));
            default -> throw new IllegalArgumentException("unknown action (expected drop, delay=T, late, close, corrupt, wrong-mac, twice, code=XX)");
        };
        for (int i = 1; i < parts.length; i++) {
            String kv = parts[i].trim();
            int e = kv.indexOf('=');
            if (e <= 0) {
                throw new IllegalArgumentException("expected KEY=VALUE after ':'");
            }
            String k = kv.substring(0, e).toLowerCase(Locale.ROOT);
            String v = kv.substring(e + 1);
            switch (k) {
                case "mti" -> b.mti(v);
                case "tid" -> b.terminalId(v);
                case "nth" -> b.nth(integer(v, k));
                case "p" -> b.probability(decimal(v));
                case "seed" -> b.seed(integer(v, k));
                case "times" -> b.times(integer(v, k));
                case "at" -> b.corruptOffset(integer(v, k));
                default -> throw new IllegalArgumentException("unknown key " + k + " (expected mti, tid, nth, p, seed, times, at)");
            }
        }
        return b.build();
    }

    private static String required(String arg, String what) {
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException(what + ": value required (" + what + "=...)");
        }
        return arg;
    }

    private static int integer(String v, String k) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(k + ": expected a whole number");
        }
    }

    private static double decimal(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("p: expected a probability such as 0.25");
        }
    }

    static Duration duration(String v) {
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("delay: expected a duration such as 500ms or 5s");
    }

    /** Builds a {@link FaultRule}. */
    public static final class Builder {
        private final FaultAction action;
        private String mti;
        private String terminalId;
        private int nth;
        private double probability = 1.0;
        private long seed = 1;
        private Integer times;
        private Duration delay = Duration.ZERO;
        private ResponseCode responseCode;
        private int corruptOffset = -1;

        private Builder(FaultAction action) {
            this.action = Objects.requireNonNull(action, "action");
        }

        /**
         * @param mti request MTI such as {@code 0200}
         * @return this
         */
        public Builder mti(String mti) {
            this.mti = mti;
            return this;
        }

        /**
         * @param terminalId DE 41 to match
         * @return this
         */
        public Builder terminalId(String terminalId) {
            this.terminalId = terminalId;
            return this;
        }

        /**
         * @param nth fire on the nth match only (1-based)
         * @return this
         */
        public Builder nth(int nth) {
            this.nth = nth;
            return this;
        }

        /**
         * @param probability chance per match, 0.0 to 1.0
         * @return this
         */
        public Builder probability(double probability) {
            this.probability = probability;
            return this;
        }

        /**
         * @param seed seed for the probability
         * @return this
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param times most firings
         * @return this
         */
        public Builder times(int times) {
            this.times = times;
            return this;
        }

        /**
         * @param delay for {@link FaultAction#DELAY}
         * @return this
         */
        public Builder delay(Duration delay) {
            this.delay = delay;
            return this;
        }

        /**
         * @param code for {@link FaultAction#RESPOND_CODE}
         * @return this
         */
        public Builder responseCode(ResponseCode code) {
            this.responseCode = code;
            return this;
        }

        /**
         * @param offset byte to invert for {@link FaultAction#CORRUPT}
         * @return this
         */
        public Builder corruptOffset(int offset) {
            this.corruptOffset = offset;
            return this;
        }

        /** @return the rule; {@code times} defaults to 1 for an nth rule, unlimited otherwise */
        public FaultRule build() {
            int t = times != null ? times : (nth > 0 ? 1 : Integer.MAX_VALUE);
            return new FaultRule(action, mti, terminalId, nth, probability, seed, t, delay, responseCode, corruptOffset);
        }
    }
}
