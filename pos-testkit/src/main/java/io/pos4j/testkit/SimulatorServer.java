package io.pos4j.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP side: listens on 127.0.0.1, one thread per connection (terminals hold few long-lived
 * connections), closes the listening socket while connections are refused.
 */
final class SimulatorServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AcquirerSimulator.class);

    private final ConnectionHandler handler;
    private final Faults faults;
    private final ExecutorService workers;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final Object listenLock = new Object();
    private final Thread acceptor;
    private final int port;
    private ServerSocket listener;
    private ServerSocket inAccept; // guarded by listenLock: the socket the acceptor is blocked on
    private volatile boolean closed;

    SimulatorServer(int requestedPort, ConnectionHandler handler, Faults faults) throws IOException {
        this.handler = handler;
        this.faults = faults;
        this.listener = bind(requestedPort);
        this.port = listener.getLocalPort();
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pos4j-simulator-conn-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        faults.onRefuseChange(this::refuseChanged);
        if (faults.refusingConnections()) {
            closeListener();
        }
        acceptor = new Thread(this::acceptLoop, "pos4j-simulator-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return s;
    }

    int port() {
        return port;
    }

    int openConnections() {
        return connections.size();
    }

    private void acceptLoop() {
        while (!closed) {
            ServerSocket s;
            synchronized (listenLock) {
                while (!closed && listener == null) {
                    try {
                        listenLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                s = listener;
                inAccept = s;
            }
            if (s == null) {
                return;
            }
            try {
                Socket socket = s.accept();
                socket.setTcpNoDelay(true);
                Connection c = new Connection(connectionIds.incrementAndGet(), socket, handler, connections::remove);
                connections.add(c);
                workers.execute(c);
            } catch (SocketException e) {
                // listener closed: host down or shutdown; the loop decides
            } catch (IOException e) {
                LOG.warn("accept failed: {}", e.getClass().getSimpleName());
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return;
            } finally {
                synchronized (listenLock) {
                    inAccept = null;
                    listenLock.notifyAll();
                }
            }
        }
    }

    private void refuseChanged() {
        if (faults.refusingConnections()) {
            closeListener();
            LOG.info("port {}: refusing connections (host down)", port);
        } else {
            synchronized (listenLock) {
                if (listener == null && !closed) {
                    try {
                        listener = bind(port);
                        LOG.info("port {}: accepting connections again", port);
                    } catch (IOException e) {
                        LOG.warn("port {}: cannot listen again: {}", port, e.getMessage());
                    }
                    listenLock.notifyAll();
                }
            }
        }
    }

    /**
     * Closes the listening socket and waits (bounded) until the acceptor has left accept(): the
     * JDK defers the real close of a socket another thread is blocked on, and until then the port
     * still completes handshakes.
     */
    private void closeListener() {
        synchronized (listenLock) {
            ServerSocket old = listener;
            if (old == null) {
                return;
            }
            try {
                old.close();
            } catch (IOException ignored) {
                // closing
            }
            listener = null;
            long end = System.nanoTime() + 2_000_000_000L;
            while (inAccept == old && Thread.currentThread() != acceptor) {
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                try {
                    listenLock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        closeListener();
        synchronized (listenLock) {
            listenLock.notifyAll();
        }
        for (Connection c : connections) {
            c.close("simulator stopped");
        }
        workers.shutdownNow();
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
