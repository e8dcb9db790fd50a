package io.pos4j.terminal.internal;

/**
 * Encodes and decodes whole messages of one dialect (for {@code cup}: TPDU, application header,
 * MTI, bitmap, fields), delegating to pos-iso8583. The MAC input of a message is the bytes from
 * the MTI to the end minus the 8 bytes of DE 64.
 */
public interface WireCodec {

    /**
     * @param m the message
     * @return the encoded message without transport length prefix
     */
    byte[] encode(WireMessage m);

    /**
     * @param frame an encoded message
     * @return the message
     * @throws RuntimeException pos-iso8583's parse exception for malformed input
     */
    WireMessage decode(byte[] frame);

    /** @return offset of the MTI in an encoded message (bytes of TPDU and header before it) */
    int mtiOffset();
}
