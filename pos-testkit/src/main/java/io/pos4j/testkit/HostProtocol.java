package io.pos4j.testkit;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.IsoParseException;

/**
 * One dialect's message handling: decode a frame (without its length prefix), process it against
 * the book, encode the answer. Implementations are thread-safe.
 */
interface HostProtocol {

    /**
     * @param frame the message after the 2-byte length
     * @return the decoded request
     * @throws BadFrameException if the frame is not a message of this dialect
     */
    Inbound decode(byte[] frame);

    /**
     * Unpacks an ISO 8583 request for any dialect's {@link #decode}.
     *
     * @throws BadFrameException if the frame does not parse or is not a request
     */
    static IsoMessage unpackRequest(IsoCodec codec, byte[] frame) {
        IsoMessage m;
        try {
            m = codec.unpack(frame);
        } catch (IsoParseException e) {
            throw new BadFrameException(e.getMessage(), null);
        }
        if (!m.mti().isRequest()) {
            throw new BadFrameException("MTI " + m.mti() + " is not a request", null);
        }
        return m;
    }

    /**
     * Processes a request normally.
     *
     * @param in a decoded request
     * @return the answer, or an answer with null bytes for "no answer" (e.g. an unsupported MTI)
     */
    Outbound process(Inbound in);

    /**
     * Answers without processing (fault {@link FaultAction#RESPOND_CODE}).
     *
     * @param in   a decoded request
     * @param code the DE 39 to answer
     * @return the answer
     */
    Outbound answerWith(Inbound in, ResponseCode code);

    /**
     * A decoded request.
     *
     * @param mti        request MTI
     * @param terminalId DE 41 or null
     * @param message    the dialect's decoded message
     * @param describer  masked one-line description for the log, computed only when logged
     */
    record Inbound(String mti, String terminalId, Object message, java.util.function.Supplier<String> describer) {
        String summary() {
            return describer.get();
        }
    }

    /**
     * An answer.
     *
     * @param bytes   the response message without length prefix, null for none
     * @param hasMac  whether the response carries DE 64 as its last 8 bytes
     * @param summary masked one-line description for the log (MTI, DE 39, ...)
     */
    record Outbound(byte[] bytes, boolean hasMac, String summary) {
    }

    /** A frame that is not a message of the dialect. The message carries no frame bytes. */
    final class BadFrameException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadFrameException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
