package io.pos4j.emv.tlv;

/** Inputs built for tests. */
final class TlvFixtures {

    private TlvFixtures() {
    }

    /** {@code levels} nested {@code 70} templates around one {@code 5A 00}, minimally encoded. */
    static byte[] nested(int levels) {
        int[] lengths = new int[levels + 1];
        lengths[levels] = 2; // 5A 00
        for (int i = levels - 1; i >= 0; i--) {
            lengths[i] = 1 + TlvEncoding.lengthOfLength(lengths[i + 1]) + lengths[i + 1];
        }
        byte[] out = new byte[lengths[0]];
        int p = 0;
        for (int i = 0; i < levels - 1; i++) {
            p += TlvEncoding.writeHeader(out, p, 0x70, lengths[i + 1]);
        }
        p += TlvEncoding.writeHeader(out, p, 0x70, 2);
        out[p++] = 0x5A;
        out[p] = 0;
        return out;
    }
}
