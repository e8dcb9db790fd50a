package io.pos4j.terminal.internal;

import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.LocalCause;
import io.pos4j.terminal.TerminalEvent;
import io.pos4j.terminal.spi.HostLink;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request and waits for its response: signs (DE 64) when asked, matches the response by
 * MTI, STAN and terminal ID, drops anything else (late responses to earlier requests), and
 * verifies the response MAC. Never retries: that is the {@code RetryPolicy}'s decision.
 */
final class Exchanger {

    private static final Logger LOG = LoggerFactory.getLogger(Exchanger.class);

    /** How an exchange ended. */
    sealed interface Result {
        /** @param message the response @param macValid whether DE 64 verified (true if no MAC was expected) */
        record Response(WireMessage message, boolean macValid) implements Result {
        }

        /** The request may have left; no usable response. @param malformed whether garbage arrived */
        record NoResponse(boolean malformed) implements Result {
        }

        /** @param cause why nothing was sent */
        record NotSent(LocalCause cause) implements Result {
        }
    }

    private final HostLink link;
    private final WireCodec codec;
    private final InstantSource clock;
    private final Duration timeout;
    private final Consumer<TerminalEvent> events;

    Exchanger(HostLink link, WireCodec codec, InstantSource clock, Duration timeout, Consumer<TerminalEvent> events) {
        this.link = link;
        this.codec = codec;
        this.clock = clock;
        this.timeout = timeout;
        this.events = events;
    }

    static String responseMti(String mti) {
        char c = (char) (mti.charAt(2) + 1);
        return mti.substring(0, 2) + c + mti.charAt(3);
    }

    /**
     * @param request the request (with DE 64 set to 8 zero bytes when {@code keys} is given)
     * @param keys    keys to sign the request and verify the response, or null for no MAC
     * @return the result
     */
    Result exchange(WireMessage request, MessageKeys keys) {
        byte[] frame;
        try {
            frame = codec.encode(request);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot encode " + request.mti() + ": " + e.getMessage(), e);
        }
        if (keys != null) {
            keys.sign(frame, codec.mtiOffset());
        }
        String stan = request.text(11);
        events.accept(new TerminalEvent.Message(true, request.mti(), stanOf(request), describe(request)));
        try {
            link.send(frame);
        } catch (HostLink.NotConnectedException e) {
            LOG.debug("not connected: {}", e.getClass().getSimpleName());
            return new Result.NotSent(LocalCause.NO_CONNECTION);
        } catch (IOException e) {
            return new Result.NoResponse(false);
        }
        String expectMti = responseMti(request.mti());
        Instant deadline = clock.instant().plus(timeout);
        boolean malformed = false;
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return new Result.NoResponse(malformed);
            }
            Optional<byte[]> in;
            try {
                in = link.receive(left);
            } catch (IOException e) {
                link.close();
                return new Result.NoResponse(malformed);
            }
            if (in.isEmpty()) {
                return new Result.NoResponse(malformed);
            }
            byte[] resp = in.get();
            WireMessage m;
            try {
                m = codec.decode(resp);
            } catch (RuntimeException e) {
                events.accept(new TerminalEvent.Note("undecodable response dropped: " + e.getMessage()));
                malformed = true;
                continue;
            }
            boolean matches = m.mti().equals(expectMti) && stan != null && stan.equals(m.text(11))
                    && (request.text(41) == null || request.text(41).equals(m.text(41)));
            if (!matches) {
                events.accept(new TerminalEvent.Message(false, m.mti(), stanOf(m), "unmatched, dropped: "
                        + describe(m)));
                continue;
            }
            events.accept(new TerminalEvent.Message(false, m.mti(), stanOf(m), describe(m)));
            boolean macValid = keys == null || (m.has(64) && keys.verify(resp, codec.mtiOffset()));
            return new Result.Response(m, macValid);
        }
    }

    private static int stanOf(WireMessage m) {
        String s = m.text(11);
        try {
            return s == null ? -1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A masked one-line summary: PAN first 6/last 4, amounts and codes; no PIN block, track, keys. */
    static String describe(WireMessage m) {
        StringBuilder b = new StringBuilder(m.mti());
        if (m.has(2)) {
            b.append(" pan=").append(CardInput.mask(m.text(2)));
        }
        append(b, m, 3, "proc");
        if (m.has(4)) {
            long minor = Long.parseLong(m.text(4));
            b.append(" amount=").append(minor / 100).append('.').append(String.format("%02d", minor % 100));
        }
        append(b, m, 11, "stan");
        append(b, m, 22, "entry");
        append(b, m, 37, "rrn");
        append(b, m, 38, "auth");
        append(b, m, 39, "rc");
        append(b, m, 60, "de60");
        append(b, m, 70, "net");
        if (m.has(35)) {
            b.append(" track2=<masked>");
        }
        if (m.has(52)) {
            b.append(" pinblock=<present>");
        }
        if (m.has(55)) {
            b.append(" icc=").append(m.bytes(55).length).append("B");
        }
        if (m.has(62)) {
            if (m.fields().get(62) instanceof String ksn) {
                b.append(" ksn=").append(ksn); // a KSN is not secret
            } else {
                b.append(" keys=<").append(m.bytes(62).length).append("B>");
            }
        }
        if (m.has(64)) {
            b.append(" mac");
        }
        return b.toString();
    }

    private static void append(StringBuilder b, WireMessage m, int n, String name) {
        if (m.has(n)) {
            b.append(' ').append(name).append('=').append(m.text(n));
        }
    }
}
