package io.pos4j.testkit;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test dialect for the server machinery: requests are ASCII {@code "MTI TID"}, answers
 * {@code "MTI+10 TID RC"} followed by an 8-byte "MAC" of {@code 'M'}.
 */
final class TextProtocol implements HostProtocol {
    final AtomicInteger processed = new AtomicInteger();

    @Override
    public Inbound decode(byte[] frame) {
        String s = new String(frame, StandardCharsets.US_ASCII);
        if (!s.matches("[0-9]{4} [0-9A-Z]{8}")) {
            throw new BadFrameException("not a text request", null);
        }
        return new Inbound(s.substring(0, 4), s.substring(5), s, () -> s);
    }

    @Override
    public Outbound process(Inbound in) {
        processed.incrementAndGet();
        return answerWith(in, ResponseCode.APPROVED);
    }

    @Override
    public Outbound answerWith(Inbound in, ResponseCode code) {
        String mti = String.format("%04d", Integer.parseInt(in.mti()) + 10);
        String text = mti + " " + in.terminalId() + " " + code.code() + "MMMMMMMM";
        return new Outbound(text.getBytes(StandardCharsets.US_ASCII), true, mti + " rc=" + code.code());
    }

    static byte[] request(String mti, String tid) {
        return (mti + " " + tid).getBytes(StandardCharsets.US_ASCII);
    }

    static String text(byte[] answer) {
        return answer == null ? null : new String(answer, StandardCharsets.US_ASCII);
    }
}
