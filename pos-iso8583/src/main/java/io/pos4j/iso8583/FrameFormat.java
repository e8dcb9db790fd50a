package io.pos4j.iso8583;

/** The length header that precedes each message on a stream. */
public enum FrameFormat {
    /** 2-byte unsigned big-endian binary length (UnionPay and most POS links), max 65535 */
    BINARY_2(2, 65535),
    /** 2-byte packed BCD length, max 9999 */
    BCD_2(2, 9999),
    /** 4 ASCII decimal digits, max 9999 */
    ASCII_4(4, 9999);

    private final int headerBytes;
    private final int maxLength;

    FrameFormat(int headerBytes, int maxLength) {
        this.headerBytes = headerBytes;
        this.maxLength = maxLength;
    }

    /** @return bytes of the length header */
    public int headerBytes() {
        return headerBytes;
    }

    /** @return the largest length the header can express */
    public int maxLength() {
        return maxLength;
    }

    /** @return the decoded length, or -1 when the header is not a valid number */
    int read(byte[] b, int pos) {
        return switch (this) {
            case BINARY_2 -> (b[pos] & 0xFF) << 8 | (b[pos + 1] & 0xFF);
            case BCD_2 -> {
                int v = 0;
                for (int i = 0; i < 2; i++) {
                    int hi = (b[pos + i] >> 4) & 0xF;
                    int lo = b[pos + i] & 0xF;
                    if (hi > 9 || lo > 9) {
                        yield -1;
                    }
                    v = v * 100 + hi * 10 + lo;
                }
                yield v;
            }
            case ASCII_4 -> {
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    int d = b[pos + i] - '0';
                    if (d < 0 || d > 9) {
                        yield -1;
                    }
                    v = v * 10 + d;
                }
                yield v;
            }
        };
    }

    void write(int length, byte[] b, int pos) {
        switch (this) {
            case BINARY_2 -> {
                b[pos] = (byte) (length >> 8);
                b[pos + 1] = (byte) length;
            }
            case BCD_2 -> {
                b[pos] = (byte) ((length / 1000) << 4 | (length / 100 % 10));
                b[pos + 1] = (byte) ((length / 10 % 10) << 4 | (length % 10));
            }
            case ASCII_4 -> {
                for (int i = 3; i >= 0; i--) {
                    b[pos + i] = (byte) ('0' + length % 10);
                    length /= 10;
                }
            }
        }
    }
}
