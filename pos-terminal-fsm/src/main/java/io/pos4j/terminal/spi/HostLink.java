package io.pos4j.terminal.spi;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The connection to the acquirer host, carrying whole messages (for the CUP dialect: TPDU,
 * header, MTI, bitmap, fields; the link adds and removes the transport length prefix).
 *
 * <p>The terminal relies on one distinction: {@link NotConnectedException} from {@link #send} means
 * the message certainly did not leave; any other {@link IOException} from {@link #send} means it
 * may have left (a financial request is then reversed, never resent). Not thread-safe.
 */
public interface HostLink extends AutoCloseable {

    /**
     * Sends one message, connecting first if needed.
     *
     * @param message the unframed message
     * @throws NotConnectedException if no connection could be opened: nothing was sent
     * @throws IOException if writing failed: the message may have been sent
     */
    void send(byte[] message) throws IOException;

    /**
     * Waits for the next message from the host.
     *
     * @param timeout how long to wait
     * @return the unframed message, or empty if none arrived in time
     * @throws IOException if the connection broke (treated like a timeout by the terminal)
     */
    Optional<byte[]> receive(Duration timeout) throws IOException;

    /** @return whether a connection is open now */
    boolean connected();

    /** Closes the connection; the next {@link #send} reconnects. */
    @Override
    void close();

    /** No connection could be opened, so nothing was sent. */
    final class NotConnectedException extends IOException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message where the connection was attempted
         * @param cause   the failure
         */
        public NotConnectedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
