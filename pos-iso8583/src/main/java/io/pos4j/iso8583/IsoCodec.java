package io.pos4j.iso8583;

import io.pos4j.iso8583.IsoParseException.Reason;
import io.pos4j.iso8583.internal.FieldCodec;
import io.pos4j.iso8583.internal.Headers;
import io.pos4j.iso8583.internal.Wire;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.internal.Plan;
import io.pos4j.iso8583.internal.Scanner;
import io.pos4j.iso8583.spec.Dialects;
import java.util.Arrays;
import java.util.Objects;

/**
 * Packs and unpacks messages of one {@link MessageSpec}. Immutable and thread-safe; create one per
 * spec and share it.
 *
 * <p>Unpacking validates the whole structure eagerly (TPDU, header, MTI, bitmaps, every length
 * prefix and every field's content class) and then keeps only the field offsets: values are
 * materialised when read. For every input it either returns a message or throws
 * {@link IsoParseException}.
 */
public final class IsoCodec {

    /** codecs of the ready dialects (static specs, so holding them leaks nothing) */
    private static final class Ready {
        static final IsoCodec[] CODECS = {new IsoCodec(Dialects.ISO87_ASCII, DecodeLimits.DEFAULT),
            new IsoCodec(Dialects.ISO87_BINARY, DecodeLimits.DEFAULT), new IsoCodec(Dialects.ISO87_EBCDIC, DecodeLimits.DEFAULT),
            new IsoCodec(Dialects.ISO93_ASCII, DecodeLimits.DEFAULT), new IsoCodec(Dialects.CUP, DecodeLimits.DEFAULT)};
    }

    private final MessageSpec spec;
    private final DecodeLimits limits;
    private final Plan[] plans;
    /** fields with BER-TLV subfields, checked during unpack when {@link DecodeLimits#validateTlv()} */
    private final int[] tlvFields;
    /** wire bytes of the fields of the last message built with this codec: the next builder's first buffer size */
    int sizeHint;
    /** fields of the last message built with this codec (a benign race: only a size hint) */
    int countHint;

    private IsoCodec(MessageSpec spec, DecodeLimits limits) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.plans = Plan.compile(spec);
        this.tlvFields = !limits.validateTlv() ? new int[0] : spec.fields().stream()
                .filter(f -> f.subfields() instanceof io.pos4j.iso8583.spec.Subfields.Tlv).mapToInt(FieldSpec::number)
                .toArray();
    }

    /** @param spec the layout @return a codec with {@link DecodeLimits#DEFAULT} (shared for the ready dialects) */
    public static IsoCodec of(MessageSpec spec) {
        Objects.requireNonNull(spec, "spec");
        for (IsoCodec c : Ready.CODECS) {
            if (c.spec == spec) {
                return c;
            }
        }
        return new IsoCodec(spec, DecodeLimits.DEFAULT);
    }

    /** @param spec the layout @param limits decode limits @return a codec */
    public static IsoCodec of(MessageSpec spec, DecodeLimits limits) {
        return new IsoCodec(spec, limits);
    }

    /** @return the layout */
    public MessageSpec spec() {
        return spec;
    }

    /** the compiled field plans, indexed by field number (shared, never modified) */
    Plan[] plans() {
        return plans;
    }

    /** @return the decode limits */
    public DecodeLimits limits() {
        return limits;
    }

    /** @param mti four digits @return a new message builder for this codec's layout */
    public IsoMessage.Builder builder(String mti) {
        return new IsoMessage.Builder(this, Mti.of(mti).code());
    }

    /**
     * @param message the whole message, starting at the TPDU when the layout has one (no framing length)
     * @return the message
     * @throws IsoParseException when the bytes do not form a complete, valid message of this layout
     */
    public IsoMessage unpack(byte[] message) {
        return unpack(message, 0, message.length);
    }

    /**
     * @param buf    holds the message
     * @param offset where it starts
     * @param length its length; the message must end exactly there
     * @return the message (it keeps its own copy of the bytes)
     * @throws IsoParseException when the bytes do not form a complete, valid message of this layout
     */
    public IsoMessage unpack(byte[] buf, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buf.length);
        if (length > limits.maxMessageBytes()) {
            throw new IsoParseException(Reason.LIMIT_EXCEEDED, "", 0, "message: " + length
                    + " bytes exceed the limit maxMessageBytes=" + limits.maxMessageBytes());
        }
        byte[] b = Arrays.copyOfRange(buf, offset, offset + length);
        int end = length;
        int pos = 0;
        Tpdu tpdu = null;
        byte[] header = null;
        if (spec.hasTpdu()) {
            need(b, pos, 5, "tpdu");
            tpdu = new Tpdu(b[0] & 0xFF, (b[1] & 0xFF) << 8 | (b[2] & 0xFF), (b[3] & 0xFF) << 8 | (b[4] & 0xFF));
            pos = 5;
        }
        if (spec.headerLength() > 0) {
            need(b, pos, spec.headerLength(), "header");
            header = Arrays.copyOfRange(b, pos, pos + spec.headerLength());
            pos += spec.headerLength();
        }
        int mtiSize = Headers.mtiSize(spec.mtiEncoding());
        need(b, pos, mtiSize, "mti");
        int mti = Headers.readMti(spec.mtiEncoding(), b, pos);
        if (mti < 0) {
            throw Wire.error(Reason.BAD_MTI, "mti", pos, "MTI is not four decimal digits");
        }
        pos += mtiSize;
        int bm = Headers.bitmapSize(spec.bitmapEncoding());
        need(b, pos, bm, "bitmap");
        long w0 = Long.reverse(Headers.readBitmap(spec.bitmapEncoding(), b, pos, "bitmap"));
        pos += bm;
        long w1 = 0;
        long w2 = 0;
        if ((w0 & 1) != 0) {
            if (spec.maxField() <= 64) {
                throw Wire.error(Reason.BAD_BITMAP, "bitmap", pos - bm, "bit 1 announces a secondary bitmap but "
                        + spec.name() + " defines fields up to " + spec.maxField() + " only");
            }
            w0 &= ~1L;
            need(b, pos, bm, "secondary bitmap");
            w1 = Long.reverse(Headers.readBitmap(spec.bitmapEncoding(), b, pos, "secondary bitmap"));
            pos += bm;
            if (spec.hasTertiaryBitmap() && (w1 & 1) != 0) {
                w1 &= ~1L;
                need(b, pos, bm, "tertiary bitmap");
                w2 = Long.reverse(Headers.readBitmap(spec.bitmapEncoding(), b, pos, "tertiary bitmap"));
                pos += bm;
            }
        }
        int count = Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2);
        char[] offs = new char[count + 1];
        pos = Scanner.scanFields(plans, spec.name(), b, pos, end, w0, w1, w2, offs, limits.maxFieldBytes());
        if (pos != end) {
            throw Wire.error(Reason.TRAILING_DATA, "", pos, (end - pos) + " bytes follow the last field");
        }
        IsoMessage m = new IsoMessage(spec, mti, tpdu, header, w0, w1, w2, b, offs, null);
        if (limits.validateTlv()) {
            for (int field : tlvFields) {
                if (m.has(field)) {
                    m.tlv(field); // throws IsoParseException (BAD_SUBFIELD, path "55/9F02", offset in the message)
                }
            }
        }
        return m;
    }

    private static void need(byte[] b, int pos, int n, String what) {
        if (b.length - pos < n) {
            throw Wire.truncated(what, "bytes", n, pos, b.length - pos);
        }
    }

    private void check(IsoMessage m) {
        if (m.spec != spec) {
            throw new IllegalArgumentException("message follows " + m.spec.name() + ", this codec packs "
                    + spec.name());
        }
    }

    private int headSize(IsoMessage m) {
        int bitmaps = 1 + (m.w1 != 0 || m.w2 != 0 ? 1 : 0) + (m.w2 != 0 ? 1 : 0);
        return (spec.hasTpdu() ? 5 : 0) + spec.headerLength() + Headers.mtiSize(spec.mtiEncoding())
                + bitmaps * Headers.bitmapSize(spec.bitmapEncoding());
    }

    /**
     * @param message a message of this codec's layout
     * @return the bytes {@link #pack(IsoMessage, byte[], int)} writes
     */
    public int packedSize(IsoMessage message) {
        check(message);
        if (message.offs != null) {
            return message.src.length;
        }
        return headSize(message) + message.bofs[message.count()] - message.bofs[0];
    }

    /**
     * @param message a message of this codec's layout
     * @return the wire bytes, starting at the TPDU when the layout has one (no framing length)
     */
    public byte[] pack(IsoMessage message) {
        byte[] out = new byte[packedSize(message)];
        write(message, out, 0);
        return out;
    }

    /**
     * Packs into a caller-supplied buffer (no allocation for built messages).
     *
     * @param message a message of this codec's layout
     * @param dst     the buffer
     * @param offset  where to start writing
     * @return the number of bytes written
     * @throws IllegalArgumentException when {@code dst} has too little room (nothing is written)
     */
    public int pack(IsoMessage message, byte[] dst, int offset) {
        int n = packedSize(message);
        if (offset < 0 || offset > dst.length || dst.length - offset < n) {
            throw new IllegalArgumentException("buffer too small: need " + n + " bytes at offset " + offset
                    + ", " + Math.max(0, dst.length - offset) + " available");
        }
        write(message, dst, offset);
        return n;
    }

    private void write(IsoMessage m, byte[] dst, int pos) {
        if (m.offs != null) {
            System.arraycopy(m.src, 0, dst, pos, m.src.length);
            return;
        }
        if (spec.hasTpdu()) {
            Tpdu t = m.tpdu;
            dst[pos++] = (byte) t.id();
            dst[pos++] = (byte) (t.destination() >> 8);
            dst[pos++] = (byte) t.destination();
            dst[pos++] = (byte) (t.source() >> 8);
            dst[pos++] = (byte) t.source();
        }
        if (spec.headerLength() > 0) {
            System.arraycopy(m.header, 0, dst, pos, m.header.length);
            pos += m.header.length;
        }
        pos = Headers.writeMti(spec.mtiEncoding(), m.mti, dst, pos);
        boolean secondary = m.w1 != 0 || m.w2 != 0;
        boolean tertiary = m.w2 != 0;
        pos = Headers.writeBitmap(spec.bitmapEncoding(), Long.reverse(m.w0 | (secondary ? 1 : 0)), dst, pos);
        if (secondary) {
            pos = Headers.writeBitmap(spec.bitmapEncoding(), Long.reverse(m.w1 | (tertiary ? 1 : 0)), dst, pos);
        }
        if (tertiary) {
            pos = Headers.writeBitmap(spec.bitmapEncoding(), Long.reverse(m.w2), dst, pos);
        }
        int from = m.bofs[0];
        System.arraycopy(m.src, from, dst, pos, m.bofs[m.count()] - from);
    }

    /**
     * The bytes a message authentication code covers: from the MTI up to, not including, the MAC
     * field (64, or 128 when the message has a secondary bitmap, 192 with a tertiary one). When the
     * message has no MAC field yet, it is packed with an all-zero placeholder there, so the bitmap
     * already announces the MAC. TPDU and header are not covered.
     *
     * @param message a message of this codec's layout
     * @return the MAC input (a fresh array)
     * @throws IllegalArgumentException when the layout does not define the MAC field as b
     */
    public byte[] macInput(IsoMessage message) {
        check(message);
        int macField = message.w2 != 0 ? 192 : message.w1 != 0 ? 128 : 64;
        FieldSpec f = spec.field(macField);
        if (f == null || !f.isFixed() || f.type() != io.pos4j.iso8583.spec.ContentType.B) {
            throw new IllegalArgumentException("field " + macField + " is not a fixed b field in " + spec.name());
        }
        IsoMessage m = message.has(macField) ? message
                : message.toBuilder().set(macField, new byte[f.length()]).build();
        byte[] packed = pack(m);
        int start = (spec.hasTpdu() ? 5 : 0) + spec.headerLength();
        int end = packed.length - FieldCodec.wireLength(f, f.length());
        return Arrays.copyOfRange(packed, start, end);
    }
}
