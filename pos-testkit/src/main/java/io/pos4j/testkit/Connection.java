package io.pos4j.testkit;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One terminal connection: reads 2-byte-length frames, hands them on, writes answers. */
final class Connection implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(AcquirerSimulator.class);

    private final int id;
    private final Socket socket;
    private final ConnectionHandler handler;
    private final Consumer<Connection> onClose;
    private final Object writeLock = new Object();
    private volatile boolean closed;

    Connection(int id, Socket socket, ConnectionHandler handler, Consumer<Connection> onClose) {
        this.id = id;
        this.socket = socket;
        this.handler = handler;
        this.onClose = onClose;
    }

    int id() {
        return id;
    }

    @Override
    public void run() {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 4096);
            while (!closed) {
                int hi = in.read();
                if (hi < 0) {
                    break; // orderly close by the terminal
                }
                int lo = in.read();
                if (lo < 0) {
                    close("truncated length prefix at offset 0 (expected 2 bytes)");
                    return;
                }
                int length = (hi << 8) | lo;
                if (length == 0) {
                    close("empty frame (length 0)");
                    return;
                }
                if (length > handler.maxFrameLength()) {
                    close("frame length " + length + " exceeds maximum " + handler.maxFrameLength());
                    return;
                }
                byte[] frame = in.readNBytes(length);
                if (frame.length < length) {
                    close("truncated frame: " + frame.length + " of " + length + " bytes before end of stream");
                    return;
                }
                try {
                    handler.onFrame(this, frame);
                } catch (HostProtocol.BadFrameException e) {
                    close("undecodable frame: " + e.getMessage());
                    return;
                }
            }
        } catch (EOFException e) {
            // terminal went away
        } catch (IOException e) {
            if (!closed) {
                LOG.debug("conn#{} i/o: {}", id, e.getClass().getSimpleName());
            }
        } finally {
            closed = true;
            onClose.accept(this);
        }
    }

    /**
     * Sends one message with its 2-byte length prefix; ignored once closed.
     *
     * @param message without prefix
     */
    void send(byte[] message) {
        byte[] frame = new byte[message.length + 2];
        frame[0] = (byte) (message.length >>> 8);
        frame[1] = (byte) message.length;
        System.arraycopy(message, 0, frame, 2, message.length);
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            try {
                OutputStream out = socket.getOutputStream();
                out.write(frame);
                out.flush();
            } catch (IOException e) {
                LOG.debug("conn#{} write failed: {}", id, e.getClass().getSimpleName());
            }
        }
    }

    /**
     * Closes the connection, logging why (the reason never contains frame bytes).
     *
     * @param reason what happened
     */
    void close(String reason) {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        LOG.warn("conn#{} closed: {}", id, reason);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closing
        }
    }
}
