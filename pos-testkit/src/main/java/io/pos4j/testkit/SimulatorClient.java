package io.pos4j.testkit;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * A minimal frame-level client for tests: sends messages with the 2-byte big-endian length
 * prefix and reads answers the same way. Not thread-safe (one test thread per client).
 */
public final class SimulatorClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private SimulatorClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream(), 4096);
        this.out = socket.getOutputStream();
    }

    /**
     * Connects to a simulator on 127.0.0.1.
     *
     * @param port the simulator's {@link AcquirerSimulator#port()}
     * @return a connected client
     * @throws IOException if the connection is refused
     */
    public static SimulatorClient connect(int port) throws IOException {
        return connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    /**
     * @param address where the simulator listens
     * @return a connected client
     * @throws IOException if the connection is refused
     */
    public static SimulatorClient connect(InetSocketAddress address) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(Objects.requireNonNull(address, "address"), 5000);
            return new SimulatorClient(s);
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Sends one message, prefixed with its 2-byte length.
     *
     * @param message 1 to 65535 bytes
     * @throws IOException if the connection is broken
     */
    public void send(byte[] message) throws IOException {
        if (message.length == 0 || message.length > 65535) {
            throw new IllegalArgumentException("message: expected 1 to 65535 bytes, got " + message.length);
        }
        byte[] frame = new byte[message.length + 2];
        frame[0] = (byte) (message.length >>> 8);
        frame[1] = (byte) message.length;
        System.arraycopy(message, 0, frame, 2, message.length);
        sendRaw(frame);
    }

    /**
     * Sends bytes as they are (for garbage and framing tests).
     *
     * @param bytes anything
     * @throws IOException if the connection is broken
     */
    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /**
     * Reads one message.
     *
     * @param timeout how long to wait for the first byte
     * @return the message without prefix, or null if nothing arrived in time
     * @throws EOFException if the simulator closed the connection
     * @throws IOException on other failures (e.g. reset)
     */
    public byte[] receive(Duration timeout) throws IOException {
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        int hi;
        try {
            hi = in.read();
        } catch (SocketTimeoutException e) {
            return null;
        }
        if (hi < 0) {
            throw new EOFException("connection closed by the simulator");
        }
        socket.setSoTimeout(10_000);
        int lo = in.read();
        if (lo < 0) {
            throw new EOFException("connection closed inside a length prefix");
        }
        int length = (hi << 8) | lo;
        byte[] message = in.readNBytes(length);
        if (message.length < length) {
            throw new EOFException("connection closed inside a message");
        }
        return message;
    }

    /**
     * Sends and waits for the answer.
     *
     * @param message the request
     * @param timeout how long to wait
     * @return the answer, or null on timeout
     * @throws IOException if the connection breaks
     */
    public byte[] exchange(byte[] message, Duration timeout) throws IOException {
        send(message);
        return receive(timeout);
    }

    /**
     * Checks whether the simulator has closed this connection (end of stream or reset).
     *
     * @param timeout how long to wait for the close
     * @return true if closed; false if still open (or a message arrived instead)
     * @throws IOException never for a close; only for unexpected failures
     */
    public boolean closedByPeer(Duration timeout) throws IOException {
        try {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
