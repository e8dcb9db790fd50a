package io.pos4j.terminal.spi;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link HostLink} to an in-process host function, for tests: no sockets, no threads, no waiting.
 * {@link #receive} returns at once: a queued response or empty (a timeout that took no time). The
 * host function decides per request what comes back: nothing (a drop), one response, or several
 * (for example a late response queued behind nothing).
 */
public final class InMemoryHostLink implements HostLink {

    /** The host side: given a request, the messages to deliver. */
    @FunctionalInterface
    public interface Host {
        /**
         * @param request the request as sent
         * @return responses to deliver, in order (empty: the request was dropped)
         */
        List<byte[]> handle(byte[] request);
    }

    private final Host host;
    private final Deque<byte[]> inbox = new ArrayDeque<>();
    private boolean down;
    private boolean connected;

    /** @param host the host function */
    public InMemoryHostLink(Host host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    /** @param down whether connecting fails (as with a pulled cable) */
    public void setDown(boolean down) {
        this.down = down;
        if (down) {
            connected = false;
            inbox.clear();
        }
    }

    @Override
    public void send(byte[] message) throws IOException {
        Objects.requireNonNull(message, "message");
        if (down) {
            throw new NotConnectedException("in-memory host is down", null);
        }
        connected = true;
        for (byte[] r : host.handle(message.clone())) {
            inbox.addLast(r.clone());
        }
    }

    @Override
    public Optional<byte[]> receive(Duration timeout) {
        return Optional.ofNullable(inbox.pollFirst());
    }

    @Override
    public boolean connected() {
        return connected;
    }

    @Override
    public void close() {
        connected = false;
        inbox.clear();
    }

    @Override
    public String toString() {
        return "InMemoryHostLink[" + (down ? "down" : connected ? "connected" : "idle") + "]";
    }
}
