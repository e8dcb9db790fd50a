package io.pos4j.terminal;

import java.time.Duration;

/** Waits between retries. Injected so tests never sleep; the default is {@link Thread#sleep}. */
@FunctionalInterface
public interface Sleeper {
    /**
     * @param d how long
     * @throws InterruptedException if interrupted
     */
    void sleep(Duration d) throws InterruptedException;

    /** @return a sleeper that really sleeps */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
