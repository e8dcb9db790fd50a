package io.pos4j.emv.tlv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads BER-TLV data objects one at a time from an {@link InputStream} (card responses, files
 * arriving in chunks), with the parser's padding rules and limits. Each call to {@link #next()}
 * reads exactly one top-level object (plus any padding before it) and never a byte past it, so
 * the stream can carry other data afterwards.
 *
 * <pre>{@code
 * TlvStreamReader r = TlvParser.emv().newStreamReader(in);
 * for (Optional<Tlv> t = r.next(); t.isPresent(); t = r.next()) {
 *     handle(t.get());
 * }
 * }</pre>
 *
 * <p>Errors are the {@link TlvParseException}s the byte-array parser throws for the same bytes,
 * with offsets counted from the first byte this reader read: a stream that ends inside an object
 * gives {@code TRUNCATED_TAG}, {@code TRUNCATED_LENGTH} or {@code VALUE_OVERRUNS}, never
 * {@link java.io.EOFException}. Limits ({@link TlvOptions#maxObjects()} included) count over
 * everything this reader reads. Two differences from the array parser: a top-level object may
 * announce at most {@code maxObjectLength} value bytes (a stream has no end to check a length
 * against, so this bounds memory: a longer announced length gives {@code LENGTH_TOO_LONG} once
 * that many bytes have arrived, {@code VALUE_OVERRUNS} if the stream ends before), and
 * {@link TlvOptions#repairLongFormLength()} applies only inside constructed objects, because at
 * the top level it would need to look past the object for the end of the stream. Offsets past
 * 2 GiB are reported as {@link Integer#MAX_VALUE}.
 *
 * <p>After an exception the reader is unusable. I/O errors of the stream propagate as
 * {@link IOException}. Not thread-safe; the reader does not close the stream.
 */
public final class TlvStreamReader {

    /** Default {@code maxObjectLength}: 1 MiB. */
    public static final int DEFAULT_MAX_OBJECT_LENGTH = 1 << 20;

    private static final int MAX_HEADER = Tag.MAX_BYTES + 1 + 4;

    private final TlvOptions options;
    private final InputStream in;
    private final int maxObjectLength;
    private long position;
    private int objects;
    private boolean failed;

    TlvStreamReader(TlvOptions options, InputStream in, int maxObjectLength) {
        this.options = options;
        this.in = Objects.requireNonNull(in, "in");
        if (maxObjectLength < 0) {
            throw new IllegalArgumentException("maxObjectLength must be at least 0: " + maxObjectLength);
        }
        this.maxObjectLength = maxObjectLength;
    }

    /**
     * Reads the next top-level object.
     *
     * @return the object, or empty at the end of the stream (after any trailing padding)
     * @throws TlvParseException     if the bytes are malformed, over a limit or end inside an object
     * @throws IOException           if the stream fails
     * @throws IllegalStateException if an earlier call threw
     */
    public Optional<Tlv> next() throws IOException {
        if (failed) {
            throw new IllegalStateException("the reader failed earlier; start a new one");
        }
        failed = true;
        int b0;
        while (true) {
            b0 = in.read();
            if (b0 < 0) {
                failed = false;
                return Optional.empty();
            }
            if ((b0 == 0 && options.skipZeroPadding()) || (b0 == 0xFF && options.skipFfPadding())) {
                position++;
                continue;
            }
            break;
        }
        long start = position;
        byte[] head = new byte[MAX_HEADER];
        int h = 0;
        head[h++] = (byte) b0;
        if (b0 == 0) {
            throw fail(TlvParseException.Reason.PADDING_NOT_ALLOWED, start, 0, 0, 0);
        }
        int t = b0;
        if ((b0 & 0x1F) == 0x1F) {
            int x;
            do {
                x = in.read();
                if (x < 0) {
                    throw fail(TlvParseException.Reason.TRUNCATED_TAG, start, 0, 0, 0);
                }
                if (h >= options.maxTagBytes()) {
                    throw fail(TlvParseException.Reason.TAG_TOO_LONG, start, 0, 0, 0);
                }
                head[h++] = (byte) x;
                t = (t << 8) | x;
            } while ((x & 0x80) != 0);
        }
        if (objects >= options.maxObjects()) {
            throw fail(TlvParseException.Reason.OBJECT_LIMIT, start, t, 0, 0);
        }
        long lengthOffset = start + h;
        int l0 = in.read();
        if (l0 < 0) {
            throw fail(TlvParseException.Reason.TRUNCATED_LENGTH, lengthOffset, t, -1, 0);
        }
        head[h++] = (byte) l0;
        long len = l0;
        if (l0 >= 0x80) {
            if (l0 == 0x80) {
                throw fail(TlvParseException.Reason.INDEFINITE_LENGTH, lengthOffset, t, 0, 0);
            }
            int k = l0 & 0x7F;
            if (k > options.maxLengthBytes()) {
                throw fail(TlvParseException.Reason.LENGTH_TOO_LONG, lengthOffset, t, k, 0);
            }
            int r = in.readNBytes(head, h, k);
            if (r < k) {
                throw fail(TlvParseException.Reason.TRUNCATED_LENGTH, lengthOffset, t, k, r);
            }
            len = 0;
            for (int i = 0; i < k; i++) {
                len = (len << 8) | (head[h++] & 0xFF);
            }
        }
        if (len > maxObjectLength) {
            // the array parser would report a value running past the end: so do we if the stream
            // ends within maxObjectLength bytes (read and dropped in small pieces)
            byte[] sink = new byte[(int) Math.min(8192, Math.max(1, maxObjectLength))];
            long got = 0;
            int r;
            while (got < maxObjectLength
                    && (r = in.read(sink, 0, (int) Math.min(sink.length, maxObjectLength - got))) >= 0) {
                got += r;
            }
            if (got < maxObjectLength) {
                throw fail(TlvParseException.Reason.VALUE_OVERRUNS, lengthOffset, t, len, got);
            }
            failed = true;
            throw new TlvParseException(TlvParseException.Reason.LENGTH_TOO_LONG, offset(lengthOffset), Tag.hex(t),
                    "length " + len + " exceeds the stream reader's maxObjectLength=" + maxObjectLength);
        }
        byte[] object = readObject(head, h, (int) len, lengthOffset, t);
        position = start + object.length;
        TlvList list = TlvIndex.parse(object, offset(start), options, objects);
        objects += list.parsedObjectCount();
        failed = false;
        return Optional.of(list.objects().get(0));
    }

    /** Reads the value after the {@code h} header bytes; the array grows only as bytes arrive. */
    private byte[] readObject(byte[] head, int h, int len, long lengthOffset, int t) throws IOException {
        byte[] object;
        int r;
        if (len <= 8192) {
            object = new byte[h + len];
            System.arraycopy(head, 0, object, 0, h);
            r = in.readNBytes(object, h, len);
        } else {
            byte[] value = in.readNBytes(len);
            r = value.length;
            object = new byte[h + r];
            System.arraycopy(head, 0, object, 0, h);
            System.arraycopy(value, 0, object, h, r);
        }
        if (r < len) {
            throw fail(TlvParseException.Reason.VALUE_OVERRUNS, lengthOffset, t, len, r);
        }
        return object;
    }

    /**
     * Reads every remaining object.
     *
     * @return the objects up to the end of the stream
     * @throws TlvParseException as {@link #next()}; its {@link TlvParseException#partial()} holds
     *                           the objects this call read before the error
     * @throws IOException       if the stream fails
     */
    public TlvList readAll() throws IOException {
        List<Tlv> out = new ArrayList<>();
        try {
            for (Optional<Tlv> t = next(); t.isPresent(); t = next()) {
                out.add(t.get());
            }
        } catch (TlvParseException e) {
            throw e.withPartial(TlvList.of(out));
        }
        return TlvList.of(out);
    }

    /** @return bytes consumed so far (padding included), the offset of the next byte */
    public long position() {
        return position;
    }

    /** @return the options applied */
    public TlvOptions options() {
        return options;
    }

    private static int offset(long streamOffset) {
        return (int) Math.min(streamOffset, Integer.MAX_VALUE);
    }

    /** A top-level error: {@code tag} is 0 while the tag is still being read. */
    private TlvParseException fail(TlvParseException.Reason reason, long at, int tag, long a, long b) {
        failed = true;
        String path = TlvErrors.withTag(reason) && tag != 0 ? Tag.hex(tag) : "";
        return new TlvParseException(reason, offset(at), path, TlvErrors.detail(reason, a, b, "the input", options));
    }
}
