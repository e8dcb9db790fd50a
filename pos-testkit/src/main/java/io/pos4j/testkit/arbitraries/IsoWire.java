package io.pos4j.testkit.arbitraries;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.IsoParseException.Reason;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthUnit;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Padding;
import java.util.Arrays;

/** Byte surgery on packed ISO 8583 messages for {@link MalformedInputs}. */
final class IsoWire {

    private IsoWire() {
    }

    static int mtiOffset(MessageSpec spec) {
        return (spec.hasTpdu() ? 5 : 0) + spec.headerLength();
    }

    static int bitmapOffset(MessageSpec spec) {
        return mtiOffset(spec) + (spec.mtiEncoding() == FieldEncoding.BCD ? 2 : 4);
    }

    /** Turns one MTI digit into a non-digit. */
    static void spoilDigit(byte[] p, int at, FieldEncoding enc, boolean highNibble) {
        switch (enc) {
            case BCD -> {
                int b = p[at] & 0xFF;
                p[at] = (byte) (highNibble ? (b | 0xA0) : (b | 0x0A));
            }
            case EBCDIC -> p[at] ^= (byte) 0x80; // F0-F9 -> 70-79
            default -> p[at] ^= 0x40; // '0'-'9' -> 'p'-'y'
        }
    }

    /** Sets primary-bitmap bit {@code n} (2..64). */
    static void setBit(MessageSpec spec, byte[] p, int n) {
        int off = bitmapOffset(spec);
        int i = n - 1;
        if (spec.bitmapEncoding() == FieldEncoding.BINARY) {
            p[off + i / 8] |= (byte) (0x80 >>> (i % 8));
            return;
        }
        boolean ebcdic = spec.bitmapEncoding() == FieldEncoding.EBCDIC;
        int at = off + i / 4;
        int nibble = hexValue(p[at] & 0xFF, ebcdic) | (8 >>> (i % 4));
        p[at] = hexChar(nibble, ebcdic);
    }

    private static int hexValue(int c, boolean ebcdic) {
        if (ebcdic) {
            return c >= 0xF0 ? c - 0xF0 : c - 0xC1 + 10;
        }
        return Character.digit(c, 16);
    }

    private static byte hexChar(int v, boolean ebcdic) {
        if (ebcdic) {
            return (byte) (v < 10 ? 0xF0 + v : 0xC1 + v - 10);
        }
        return (byte) "0123456789ABCDEF".charAt(v);
    }

    private static byte[] packLast(IsoCodec codec, IsoMessage m, IsoArbitraries.Field v) {
        IsoMessage.Builder b = MalformedInputs.before(m, v.number());
        v.apply(b);
        return codec.pack(b.build());
    }

    private static int valueWire(IsoCodec codec, IsoMessage m, IsoArbitraries.Field v, int prefixBytes) {
        IsoMessage.Builder b = MalformedInputs.before(m, v.number());
        int without = codec.packedSize(b.build());
        v.apply(b);
        return codec.packedSize(b.build()) - without - prefixBytes;
    }

    /** Rewrites the last field's length prefix past the end (TRUNCATED) or past its maximum (BAD_LENGTH). */
    static MalformedIso badPrefix(IsoCodec codec, IsoMessage m, IsoArbitraries.Field v, int r) {
        MessageSpec spec = codec.spec();
        FieldSpec f = spec.field(v.number());
        byte[] p = packLast(codec, m, v);
        int pb = f.lengthEncoding().prefixBytes(f.lengthType());
        int at = p.length - valueWire(codec, m, v, pb) - pb;
        int current = readPrefix(p, at, pb, f.lengthEncoding());
        int step = f.unit() == LengthUnit.WIRE && f.encoding() != FieldEncoding.HEX_ASCII ? 1 : 2;
        int writable = writableMax(f, pb);
        String name = "field " + f.number();
        int top = Math.min(writable, 9999);
        // half of the samples (r odd) claim more than the maximum whenever the prefix can hold it, so
        // BAD_LENGTH does not depend on the rare value already at its maximum length
        boolean aboveMax = (r & 1) != 0 && top > f.length();
        if (!aboveMax && current + step <= f.length()) {
            writePrefix(p, at, pb, f.lengthEncoding(), current + step);
            return new MalformedIso(spec, p, Reason.TRUNCATED, name + ": length prefix points past the end");
        }
        if (top > f.length()) {
            int claim = f.length() + 1 + r % (top - f.length());
            writePrefix(p, at, pb, f.lengthEncoding(), claim);
            return new MalformedIso(spec, p, Reason.BAD_LENGTH, name + ": length prefix above the maximum");
        }
        return new MalformedIso(spec, Arrays.copyOf(p, p.length - 1), Reason.TRUNCATED, name + ": last byte cut");
    }

    /** Puts a nibble A-E into a digit position of the last field (packed BCD n). */
    static MalformedIso badNibble(IsoCodec codec, IsoMessage m, IsoArbitraries.Field v, int nibble) {
        FieldSpec f = codec.spec().field(v.number());
        byte[] p = packLast(codec, m, v);
        int pb = f.isFixed() ? 0 : f.lengthEncoding().prefixBytes(f.lengthType());
        int start = p.length - valueWire(codec, m, v, pb);
        if (f.padding() == Padding.LEFT_ZERO || f.padding() == Padding.LEFT_F) {
            p[p.length - 1] = (byte) ((p[p.length - 1] & 0xF0) | nibble);
        } else {
            p[start] = (byte) ((nibble << 4) | (p[start] & 0x0F));
        }
        return new MalformedIso(codec.spec(), p, Reason.BAD_BCD, "field " + f.number() + ": non-digit BCD nibble");
    }

    /** Puts a letter into the last field (ASCII or EBCDIC n). */
    static MalformedIso badDigit(IsoCodec codec, IsoMessage m, IsoArbitraries.Field v) {
        FieldSpec f = codec.spec().field(v.number());
        byte[] p = packLast(codec, m, v);
        p[p.length - 1] = (byte) (f.encoding() == FieldEncoding.EBCDIC ? 0xC1 : 'A');
        return new MalformedIso(codec.spec(), p, Reason.BAD_CHARACTER, "field " + f.number() + ": letter in n content");
    }

    private static int writableMax(FieldSpec f, int pb) {
        return switch (f.lengthEncoding()) {
            case BINARY -> pb == 1 ? 255 : 65535;
            default -> f.lengthType().maxExpressible();
        };
    }

    static int readPrefix(byte[] p, int at, int pb, LengthEncoding e) {
        int v = 0;
        for (int i = 0; i < pb; i++) {
            int b = p[at + i] & 0xFF;
            v = switch (e) {
                case ASCII -> v * 10 + (b - '0');
                case EBCDIC -> v * 10 + (b - 0xF0);
                case BCD -> v * 100 + (b >> 4) * 10 + (b & 0xF);
                case BINARY -> (v << 8) | b;
            };
        }
        return v;
    }

    static void writePrefix(byte[] p, int at, int pb, LengthEncoding e, int value) {
        int v = value;
        for (int i = pb - 1; i >= 0; i--) {
            switch (e) {
                case ASCII -> {
                    p[at + i] = (byte) ('0' + v % 10);
                    v /= 10;
                }
                case EBCDIC -> {
                    p[at + i] = (byte) (0xF0 + v % 10);
                    v /= 10;
                }
                case BCD -> {
                    p[at + i] = (byte) (((v / 10 % 10) << 4) | (v % 10));
                    v /= 100;
                }
                case BINARY -> {
                    p[at + i] = (byte) v;
                    v >>>= 8;
                }
            }
        }
    }
}
