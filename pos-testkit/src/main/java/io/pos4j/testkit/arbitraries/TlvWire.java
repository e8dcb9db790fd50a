package io.pos4j.testkit.arbitraries;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvOptions;
import io.pos4j.emv.tlv.TlvParseException.Reason;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Byte surgery on BER-TLV for {@link MalformedInputs}. */
final class TlvWire {

    private static final byte[] SMALL = {0x5A, 0x01, 0x00};

    private TlvWire() {
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A valid tree followed by a cut-off object: tag, length or value is incomplete. */
    static MalformedTlv truncated(TlvList tree, Tlv last, int cut) {
        byte[] obj = last.encode();
        int c = 1 + cut % (obj.length - 1);
        int tagLen = last.tag().byteLength();
        int n = last.valueLength();
        int lenBytes = n < 0x80 ? 1 : n <= 0xFF ? 2 : n <= 0xFFFF ? 3 : n <= 0xFFFFFF ? 4 : 5;
        Reason r = c < tagLen ? Reason.TRUNCATED_TAG : c < tagLen + lenBytes ? Reason.TRUNCATED_LENGTH
                : Reason.VALUE_OVERRUNS;
        return new MalformedTlv(Bytes.of(concat(tree.encode(), Arrays.copyOf(obj, c))), TlvOptions.strict(), r,
                "last object cut to " + c + " of " + obj.length + " bytes");
    }

    /** Constructed objects nested {@code limit + extra} deep, parsed with depth limit {@code limit}. */
    static MalformedTlv deep(int limit, int extra) {
        byte[] b = SMALL;
        for (int i = 0; i < limit + extra; i++) {
            b = concat(new byte[] {(byte) 0xE1}, LongForms.length(b.length, 0), b);
        }
        return new MalformedTlv(Bytes.of(b), TlvOptions.emvLenient().withMaxDepth(limit), Reason.DEPTH_LIMIT,
                "nesting " + (limit + extra) + " deep (limit " + limit + ")");
    }

    /** A tag of {@code more + 2} bytes (more than the 4 allowed). */
    static MalformedTlv longTag(int first, int more) {
        byte[] tag = new byte[more + 2];
        tag[0] = (byte) first;
        Arrays.fill(tag, 1, more + 1, (byte) 0x81);
        tag[more + 1] = 0x01;
        return new MalformedTlv(Bytes.of(concat(tag, new byte[] {0x01, 0x00})), TlvOptions.emvLenient(),
                Reason.TAG_TOO_LONG, tag.length + "-byte tag");
    }

    /** A {@code 00} byte between top-level objects, parsed strictly. */
    static MalformedTlv padded(TlvList tree, byte pad, int at) {
        int i = at % (tree.size() + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k <= tree.size(); k++) {
            if (k == i) {
                out.write(pad);
            }
            if (k < tree.size()) {
                out.writeBytes(tree.objects().get(k).encode());
            }
        }
        return new MalformedTlv(Bytes.of(out.toByteArray()), TlvOptions.strict(), Reason.PADDING_NOT_ALLOWED,
                "padding before top-level object " + (i + 1) + " in strict mode");
    }

    /** {@code limit + extra} objects, parsed with an object limit of {@code limit}. */
    static MalformedTlv tooMany(int limit, int extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < limit + extra; k++) {
            out.writeBytes(SMALL);
        }
        return new MalformedTlv(Bytes.of(out.toByteArray()), TlvOptions.emvLenient().withMaxObjects(limit),
                Reason.OBJECT_LIMIT, (limit + extra) + " objects (limit " + limit + ")");
    }
}
