package io.pos4j.testkit;

import java.time.Duration;

/**
 * Runs the simulator's delayed answers ({@link FaultAction#DELAY}, {@link FaultAction#RESPOND_LATE}).
 * The default uses one daemon thread; tests inject a {@link ManualClock} so that no test sleeps
 * for timing.
 */
public interface Scheduler {
    /**
     * Runs {@code task} once, after {@code delay}.
     *
     * @param delay not negative
     * @param task  the task; exceptions it throws are the task's own business
     */
    void schedule(Duration delay, Runnable task);
}
