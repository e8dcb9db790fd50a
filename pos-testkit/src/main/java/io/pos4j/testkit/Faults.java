package io.pos4j.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's live fault rules, changeable while it runs. Rules are tried in the order added;
 * the first that fires decides the message's fate. Each rule counts its own matches. Also the
 * host-down switch: {@link #refuseConnections(boolean)}. Thread-safe.
 */
public final class Faults {
    private final CopyOnWriteArrayList<Active> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean refusing;
    private volatile Runnable refuseListener = () -> { };

    Faults() {
    }

    /**
     * Adds a rule at the end.
     *
     * @param rule the rule
     * @return an id for {@link #remove(long)}
     */
    public long add(FaultRule rule) {
        Objects.requireNonNull(rule, "rule");
        long id = ids.incrementAndGet();
        rules.add(new Active(id, rule));
        return id;
    }

    /**
     * @param id from {@link #add}
     * @return true if the rule was present
     */
    public boolean remove(long id) {
        return rules.removeIf(a -> a.id == id);
    }

    /** Removes every rule (the host-down switch is separate). */
    public void clear() {
        rules.clear();
    }

    /** @return the current rules in order */
    public List<FaultRule> rules() {
        return rules.stream().map(a -> a.rule).toList();
    }

    /**
     * @param id from {@link #add}
     * @return how often the rule has fired so far (0 if unknown)
     */
    public int firedCount(long id) {
        return rules.stream().filter(a -> a.id == id).mapToInt(a -> a.fired.get()).findFirst().orElse(0);
    }

    /**
     * Host down: while true the listening socket is closed, so connection attempts are refused
     * (ECONNREFUSED); existing connections stay open. Setting it back to false listens again on
     * the same port.
     *
     * @param refuse true for host down
     */
    public void refuseConnections(boolean refuse) {
        boolean changed = refusing != refuse;
        refusing = refuse;
        if (changed) {
            refuseListener.run();
        }
    }

    /** @return whether connections are being refused */
    public boolean refusingConnections() {
        return refusing;
    }

    void onRefuseChange(Runnable listener) {
        this.refuseListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Decides the fate of one request.
     *
     * @param mti        request MTI
     * @param terminalId DE 41 or null
     * @return the rule that fires, or null
     */
    FaultRule match(String mti, String terminalId) {
        FaultRule chosen = null;
        for (Active a : rules) {
            if (!a.matches(mti, terminalId)) {
                continue;
            }
            if (chosen == null) {
                chosen = a.fires() ? a.rule : null;
            } else {
                a.matched.incrementAndGet(); // counted as a match, but another rule took it
            }
        }
        return chosen;
    }

    private static final class Active {
        final long id;
        final FaultRule rule;
        final AtomicInteger matched = new AtomicInteger();
        final AtomicInteger fired = new AtomicInteger();
        final Random random;

        Active(long id, FaultRule rule) {
            this.id = id;
            this.rule = rule;
            this.random = new Random(rule.seed());
        }

        boolean matches(String mti, String tid) {
            return (rule.mti() == null || rule.mti().equals(mti))
                    && (rule.terminalId() == null || rule.terminalId().equals(tid));
        }

        boolean fires() {
            int n = matched.incrementAndGet();
            boolean hit;
            if (rule.nth() > 0) {
                hit = n == rule.nth();
            } else if (rule.probability() >= 1.0) {
                hit = true;
            } else {
                synchronized (random) {
                    hit = random.nextDouble() < rule.probability();
                }
            }
            if (!hit) {
                return false;
            }
            while (true) {
                int f = fired.get();
                if (f >= rule.times()) {
                    return false;
                }
                if (fired.compareAndSet(f, f + 1)) {
                    return true;
                }
            }
        }
    }
}
