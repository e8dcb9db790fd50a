package io.pos4j.iso8583;

import io.pos4j.iso8583.IsoParseException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Length-prefixed framing of messages on a stream (TCP). Immutable and thread-safe; the
 * {@link Decoder} it creates is not. A frame's payload is the packed message exactly as
 * {@link IsoCodec#pack(IsoMessage)} returns it (TPDU and header included when the layout has them).
 */
public final class Framing {

    private final FrameFormat format;
    private final int maxFrame;

    private Framing(FrameFormat format, int maxFrame) {
        this.format = Objects.requireNonNull(format, "format");
        if (maxFrame < 1 || maxFrame > format.maxLength()) {
            throw new IllegalArgumentException("maxFrame " + maxFrame + " must be 1.." + format.maxLength()
                    + " for " + format);
        }
        this.maxFrame = maxFrame;
    }

    /**
     * @param format   the length header
     * @param maxFrame the largest payload accepted; larger announced lengths are rejected before reading
     * @return the framing
     */
    public static Framing of(FrameFormat format, int maxFrame) {
        return new Framing(format, maxFrame);
    }

    /** @param format the length header @return the framing with the format's largest frame as limit */
    public static Framing of(FrameFormat format) {
        return new Framing(format, format.maxLength());
    }

    /** @return the length header format */
    public FrameFormat format() {
        return format;
    }

    /** @return the largest payload accepted */
    public int maxFrame() {
        return maxFrame;
    }

    /**
     * @param payload a packed message
     * @return length header followed by the payload
     * @throws IllegalArgumentException when the payload exceeds the frame limit
     */
    public byte[] frame(byte[] payload) {
        checkOutgoing(payload.length);
        byte[] out = new byte[format.headerBytes() + payload.length];
        format.write(payload.length, out, 0);
        System.arraycopy(payload, 0, out, format.headerBytes(), payload.length);
        return out;
    }

    private void checkOutgoing(int n) {
        if (n > maxFrame) {
            throw new IllegalArgumentException("payload of " + n + " bytes exceeds the frame limit " + maxFrame);
        }
    }

    /** Writes one frame (header and payload in one write call) and flushes. */
    public void write(OutputStream out, byte[] payload) throws IOException {
        out.write(frame(payload));
        out.flush();
    }

    /**
     * Reads one frame, blocking.
     *
     * @return the payload, or {@code null} when the stream ends cleanly before a frame starts
     * @throws EOFException when the stream ends inside a frame
     * @throws IsoParseException when the length header is malformed or exceeds the limit
     */
    public byte[] read(InputStream in) throws IOException {
        byte[] head = new byte[format.headerBytes()];
        int n = in.readNBytes(head, 0, head.length);
        if (n == 0) {
            return null;
        }
        if (n < head.length) {
            throw new EOFException("stream ended inside a frame length header");
        }
        int len = length(head, 0, 0);
        byte[] payload = in.readNBytes(len);
        if (payload.length < len) {
            throw new EOFException("stream ended inside a frame: " + payload.length + " of " + len + " bytes");
        }
        return payload;
    }

    private int length(byte[] b, int pos, long streamOffset) {
        int len = format.read(b, pos);
        int at = (int) Math.min(Integer.MAX_VALUE, streamOffset);
        if (len < 0) {
            throw new IsoParseException(Reason.BAD_LENGTH, "frame", at, "frame: length header is not a "
                    + format + " number at offset " + at);
        }
        if (len > maxFrame) {
            throw new IsoParseException(Reason.LIMIT_EXCEEDED, "frame", at, "frame: length " + len
                    + " exceeds the limit maxFrame=" + maxFrame + " at offset " + at);
        }
        return len;
    }

    /** @return a new incremental decoder for one connection */
    public Decoder decoder() {
        return new Decoder();
    }

    /**
     * Incremental frame decoder for non-blocking or partial reads: {@link #feed} whatever arrived,
     * then take complete frames with {@link #next()}. Not thread-safe (one per connection).
     * After an {@link IsoParseException} the stream is out of sync: close the connection.
     */
    public final class Decoder {
        private byte[] buf = new byte[256];
        private int start;
        private int end;
        private long consumed;

        private Decoder() {
        }

        /**
         * @param data bytes as they arrived
         * @param off  start
         * @param len  count
         */
        public void feed(byte[] data, int off, int len) {
            Objects.checkFromIndexSize(off, len, data.length);
            if (buf.length - end < len) {
                int live = end - start;
                if (buf.length - live >= len && start > 0) {
                    System.arraycopy(buf, start, buf, 0, live);
                } else {
                    buf = Arrays.copyOfRange(buf, start, start + Math.max(buf.length * 2, live + len));
                }
                start = 0;
                end = live;
            }
            System.arraycopy(data, off, buf, end, len);
            end += len;
        }

        /**
         * @return the next complete payload, or {@code null} when more bytes are needed
         * @throws IsoParseException when a length header is malformed or exceeds the limit
         */
        public byte[] next() {
            int h = format.headerBytes();
            if (end - start < h) {
                return null;
            }
            int len = length(buf, start, consumed);
            if (end - start - h < len) {
                return null;
            }
            byte[] payload = Arrays.copyOfRange(buf, start + h, start + h + len);
            start += h + len;
            consumed += h + len;
            if (start == end) {
                start = 0;
                end = 0;
            }
            return payload;
        }

        /** @return bytes received but not yet returned as frames */
        public int buffered() {
            return end - start;
        }
    }
}
