package io.pos4j.terminal.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.terminal.LinkState;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TcpHostLinkTest {

    /** A loopback server that answers each frame with {@code reply} (framed), or a half frame. */
    static final class Server implements AutoCloseable {
        final ServerSocket ss;
        final Thread t;

        Server(byte[] rawReply) throws IOException {
            ss = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            t = new Thread(() -> {
                try (Socket s = ss.accept()) {
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    DataOutputStream out = new DataOutputStream(s.getOutputStream());
                    while (true) {
                        int len = in.readUnsignedShort();
                        in.readFully(new byte[len]);
                        out.write(rawReply);
                        out.flush();
                    }
                } catch (IOException e) {
                    // client went away
                }
            });
            t.setDaemon(true);
            t.start();
        }

        InetSocketAddress address() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), ss.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            ss.close();
        }
    }

    static TcpHostLink link(InetSocketAddress a, InstantSource clock) {
        return new TcpHostLink(a, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(8), clock,
                (x, e, y) -> { });
    }

    @Test
    void sendReceive_framedRoundTrip() throws IOException {
        try (Server srv = new Server(new byte[] {0, 3, 7, 8, 9}); TcpHostLink l = link(srv.address(), InstantSource.system())) {
            l.send(new byte[] {1, 2});
            assertArrayEquals(new byte[] {7, 8, 9}, l.receive(Duration.ofSeconds(5)).orElseThrow());
            assertInstanceOf(LinkState.Ready.class, l.state());
        }
    }

    @Test
    void halfFrameThenTimeout_closesConnection() throws IOException {
        try (Server srv = new Server(new byte[] {0, 9, 1}); TcpHostLink l = link(srv.address(), InstantSource.system())) {
            l.send(new byte[] {1});
            assertTrue(l.receive(Duration.ofMillis(200)).isEmpty());
            assertFalse(l.connected(), "half a frame leaves the stream out of step");
            assertInstanceOf(LinkState.Down.class, l.state());
        }
    }

    @Test
    void connectRefused_notConnected_thenBackoffFailsFastUntilDue() throws IOException {
        InetSocketAddress dead;
        try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            dead = new InetSocketAddress(InetAddress.getLoopbackAddress(), ss.getLocalPort());
        }
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
        try (TcpHostLink l = link(dead, now::get)) {
            assertThrows(HostLink.NotConnectedException.class, () -> l.send(new byte[] {1}));
            HostLink.NotConnectedException fast = assertThrows(HostLink.NotConnectedException.class,
                    () -> l.send(new byte[] {1}));
            assertTrue(fast.getMessage().contains("back-off"), fast.getMessage());
            now.set(now.get().plusSeconds(2));
            HostLink.NotConnectedException again = assertThrows(HostLink.NotConnectedException.class,
                    () -> l.send(new byte[] {1}));
            assertFalse(again.getMessage().contains("back-off"), "tried again once the back-off passed");
        }
    }
}
