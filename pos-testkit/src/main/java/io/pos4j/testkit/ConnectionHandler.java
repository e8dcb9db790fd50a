package io.pos4j.testkit;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Per frame: decode, ask the fault rules, process or answer with a code, apply the fault. */
final class ConnectionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AcquirerSimulator.class);

    private final HostProtocol protocol;
    private final Faults faults;
    private final Scheduler scheduler;
    private final Duration lateDelay;
    private final int maxFrameLength;

    ConnectionHandler(HostProtocol protocol, Faults faults, Scheduler scheduler, Duration terminalTimeout,
            int maxFrameLength) {
        this.protocol = protocol;
        this.faults = faults;
        this.scheduler = scheduler;
        this.lateDelay = terminalTimeout.plusSeconds(1);
        this.maxFrameLength = maxFrameLength;
    }

    int maxFrameLength() {
        return maxFrameLength;
    }

    void onFrame(Connection conn, byte[] frame) {
        HostProtocol.Inbound in = protocol.decode(frame);
        FaultRule rule = faults.match(in.mti(), in.terminalId());
        HostProtocol.Outbound out;
        try {
            out = rule != null && rule.action() == FaultAction.RESPOND_CODE
                    ? protocol.answerWith(in, rule.responseCode())
                    : protocol.process(in);
        } catch (RuntimeException e) {
            LOG.warn("conn#{} {}: processing failed ({}), answering 96", conn.id(), in.summary(),
                    e.getClass().getSimpleName());
            out = protocol.answerWith(in, ResponseCode.SYSTEM_ERROR);
        }
        if (LOG.isInfoEnabled()) {
            LOG.info("conn#{} {} -> {}{}", conn.id(), in.summary(), out.bytes() == null ? "no answer" : out.summary(),
                    rule == null ? "" : " [fault " + rule.action() + "]");
        }
        byte[] bytes = out.bytes();
        if (bytes == null) {
            return;
        }
        if (rule == null) {
            conn.send(bytes);
            return;
        }
        switch (rule.action()) {
            case DROP -> {
            }
            case DELAY -> scheduler.schedule(rule.delay(), () -> conn.send(bytes));
            case RESPOND_LATE -> scheduler.schedule(lateDelay, () -> conn.send(bytes));
            case CLOSE -> conn.close("fault CLOSE instead of answering " + in.mti());
            case CORRUPT -> {
                byte[] bad = bytes.clone();
                int at = rule.corruptOffset() < 0 ? bad.length / 2 : Math.min(rule.corruptOffset(), bad.length - 1);
                bad[at] = (byte) ~bad[at];
                conn.send(bad);
            }
            case WRONG_MAC -> {
                byte[] bad = bytes.clone();
                if (out.hasMac()) {
                    bad[bad.length - 1] = (byte) ~bad[bad.length - 1];
                }
                conn.send(bad);
            }
            case ANSWER_TWICE -> {
                conn.send(bytes);
                conn.send(bytes);
            }
            case RESPOND_CODE -> conn.send(bytes);
        }
    }
}
