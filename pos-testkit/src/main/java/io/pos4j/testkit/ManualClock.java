package io.pos4j.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A clock and scheduler that move only when told: {@link #advance(Duration)} moves time and runs
 * the tasks that became due, in due order, on the calling thread. For tests of delays and
 * timeouts without sleeping. Thread-safe.
 */
public final class ManualClock implements InstantSource, Scheduler {
    private record Task(Instant due, long order, Runnable run) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            (a, b) -> a.due.equals(b.due) ? Long.compare(a.order, b.order) : a.due.compareTo(b.due));
    private Instant now;
    private long order;

    /**
     * @param start the initial instant
     */
    public ManualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public synchronized void schedule(Duration delay, Runnable task) {
        Objects.requireNonNull(task, "task");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay: must not be negative");
        }
        tasks.add(new Task(now.plus(delay), order++, task));
        notifyAll();
    }

    /** @return tasks scheduled and not yet run */
    public synchronized int pending() {
        return tasks.size();
    }

    /**
     * Waits (in real time, bounded) until at least {@code n} tasks are pending: a server thread
     * schedules its delayed answer shortly after the request arrives.
     *
     * @param n         how many tasks
     * @param maxMillis the real-time bound
     * @return true if reached, false on timeout
     * @throws InterruptedException if interrupted
     */
    public synchronized boolean awaitPending(int n, long maxMillis) throws InterruptedException {
        long end = System.nanoTime() + maxMillis * 1_000_000L;
        while (tasks.size() < n) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /**
     * Moves time forward and runs every task due by then.
     *
     * @param by not negative
     */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("by: must not be negative");
        }
        List<Task> due = new ArrayList<>();
        synchronized (this) {
            now = now.plus(by);
            while (!tasks.isEmpty() && !tasks.peek().due.isAfter(now)) {
                due.add(tasks.poll());
            }
        }
        for (Task t : due) {
            t.run.run();
        }
    }
}
