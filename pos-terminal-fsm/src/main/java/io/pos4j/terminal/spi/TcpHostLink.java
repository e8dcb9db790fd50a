package io.pos4j.terminal.spi;

import io.pos4j.iso8583.FrameFormat;
import io.pos4j.iso8583.Framing;
import io.pos4j.iso8583.IsoParseException;
import io.pos4j.terminal.LinkEvent;
import io.pos4j.terminal.LinkState;
import io.pos4j.terminal.Machines;
import io.pos4j.terminal.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link HostLink} over TCP with the 2-byte binary length framing of pos-iso8583. Connects on
 * the first {@link #send}; after a failed connect it waits (exponential back-off from
 * {@code reconnectBase}, doubling to {@code reconnectCap}) before trying again, failing fast with
 * {@link HostLink.NotConnectedException} meanwhile. A read timeout in the middle of a frame closes
 * the connection (the stream is out of step); a timeout between frames keeps it, so a late
 * response can still be read and dropped by the terminal. The link's states follow
 * {@link Machines#link()}. Not thread-safe.
 */
public final class TcpHostLink implements HostLink {

    private static final Logger LOG = LoggerFactory.getLogger(TcpHostLink.class);

    private final InetSocketAddress address;
    private final Duration connectTimeout;
    private final Duration reconnectBase;
    private final Duration reconnectCap;
    private final InstantSource clock;
    private final Framing framing = Framing.of(FrameFormat.BINARY_2);
    private final StateMachine<LinkState, LinkEvent> machine;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private Framing.Decoder decoder;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    /**
     * @param address        host and port
     * @param connectTimeout connect timeout
     * @param reconnectBase  first back-off after a failed connect
     * @param reconnectCap   largest back-off
     * @param clock          time source for the back-off
     * @param listener       link transitions (may ignore them)
     */
    public TcpHostLink(InetSocketAddress address, Duration connectTimeout, Duration reconnectBase,
                       Duration reconnectCap, InstantSource clock,
                       StateMachine.Listener<LinkState, LinkEvent> listener) {
        this.address = Objects.requireNonNull(address, "address");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.reconnectBase = Objects.requireNonNull(reconnectBase, "reconnectBase");
        this.reconnectCap = Objects.requireNonNull(reconnectCap, "reconnectCap");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.machine = new StateMachine<>(Machines.link(), new LinkState.Down(), listener);
    }

    /**
     * @param address host and port
     * @return a link with 5 s connect timeout, back-off from 1 s to 30 s, system clock
     */
    public static TcpHostLink to(InetSocketAddress address) {
        return new TcpHostLink(address, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(30),
                InstantSource.system(), (a, e, b) -> LOG.debug("link {} --{}--> {}", a.label(), e.label(), b.label()));
    }

    /** @return the link machine's state */
    public LinkState state() {
        return machine.state();
    }

    private void connect() throws NotConnectedException {
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            throw new NotConnectedException("not connected to " + address + " (reconnect back-off)", null);
        }
        machine.fire(new LinkEvent.ConnectRequested());
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(address, (int) connectTimeout.toMillis());
            socket = s;
            in = s.getInputStream();
            out = s.getOutputStream();
            decoder = framing.decoder();
            failures = 0;
            nextAttempt = Instant.MIN;
            machine.fire(new LinkEvent.Connected());
        } catch (IOException e) {
            try {
                s.close();
            } catch (IOException ignored) {
                // nothing to release
            }
            failures++;
            long ms = Math.min(reconnectCap.toMillis(), reconnectBase.toMillis() << Math.min(failures - 1, 20));
            nextAttempt = now.plusMillis(ms);
            machine.fire(new LinkEvent.ConnectFailed());
            throw new NotConnectedException("cannot connect to " + address, e);
        }
    }

    @Override
    public void send(byte[] message) throws IOException {
        Objects.requireNonNull(message, "message");
        if (socket == null) {
            connect();
        }
        try {
            framing.write(out, message);
            out.flush();
        } catch (IOException e) {
            broken();
            throw e;
        }
    }

    @Override
    public Optional<byte[]> receive(Duration timeout) throws IOException {
        if (socket == null) {
            return Optional.empty();
        }
        Instant deadline = clock.instant().plus(timeout);
        byte[] buf = new byte[1024];
        try {
            while (true) {
                byte[] frame = decoder.next();
                if (frame != null) {
                    return Optional.of(frame);
                }
                long left = Duration.between(clock.instant(), deadline).toMillis();
                if (left <= 0) {
                    return timedOut();
                }
                socket.setSoTimeout((int) Math.max(1, Math.min(left, Integer.MAX_VALUE)));
                int n;
                try {
                    n = in.read(buf);
                } catch (SocketTimeoutException e) {
                    return timedOut();
                }
                if (n < 0) {
                    broken();
                    throw new IOException("connection closed by host");
                }
                decoder.feed(buf, 0, n);
            }
        } catch (IsoParseException e) {
            broken();
            throw new IOException("bad frame from host: " + e.getMessage(), e);
        } catch (IOException e) {
            if (socket != null) {
                broken();
            }
            throw e;
        }
    }

    private Optional<byte[]> timedOut() {
        if (decoder.buffered() > 0) {
            broken(); // half a frame: the stream is out of step
        }
        return Optional.empty();
    }

    private void broken() {
        release();
        machine.fire(new LinkEvent.Broken());
    }

    private void release() {
        Socket s = socket;
        socket = null;
        in = null;
        out = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.debug("close failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public boolean connected() {
        return socket != null;
    }

    @Override
    public void close() {
        release();
        if (machine.allows(new LinkEvent.Closed())) {
            machine.fire(new LinkEvent.Closed());
        }
    }

    @Override
    public String toString() {
        return "TcpHostLink[" + address + ", " + machine.state().label() + "]";
    }
}
