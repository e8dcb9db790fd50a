package io.pos4j.testkit.arbitraries;

import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import java.io.ByteArrayOutputStream;
import java.util.Random;

/** Writes a tree with randomly chosen (also non-minimal) length forms. */
final class LongForms {

    private LongForms() {
    }

    static byte[] encode(TlvList tree, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Tlv t : tree) {
            out.writeBytes(encode(t, r));
        }
        return out.toByteArray();
    }

    static byte[] encode(Tlv t, Random r) {
        byte[] value;
        if (t.isConstructed()) {
            ByteArrayOutputStream v = new ByteArrayOutputStream();
            for (Tlv c : t.children()) {
                v.writeBytes(encode(c, r));
            }
            value = v.toByteArray();
        } else {
            value = t.value().toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(t.tag().toBytes());
        out.writeBytes(length(value.length, r.nextInt(5)));
        out.writeBytes(value);
        return out.toByteArray();
    }

    /** @param form 0 = short form if possible, 1..4 = that many length bytes if they fit */
    static byte[] length(int n, int form) {
        int minimal = n < 0x80 ? 0 : n <= 0xFF ? 1 : n <= 0xFFFF ? 2 : n <= 0xFFFFFF ? 3 : 4;
        int bytes = Math.max(form, minimal);
        if (bytes == 0) {
            return new byte[] {(byte) n};
        }
        byte[] l = new byte[1 + bytes];
        l[0] = (byte) (0x80 | bytes);
        for (int i = 0; i < bytes; i++) {
            l[bytes - i] = (byte) (n >>> (8 * i));
        }
        return l;
    }
}
