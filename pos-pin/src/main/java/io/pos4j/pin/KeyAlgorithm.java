package io.pos4j.pin;

/** The block cipher a key belongs to, with the key lengths this module accepts for it. */
public enum KeyAlgorithm {
    /** single DES (8 bytes); legacy UnionPay MAKs and ISO 9797-1 algorithm 1 */
    DES(8, 8),
    /** TDES / 3DES EDE: 16 bytes (two-key, K1 K2 K1) or 24 bytes (three-key) */
    TDES(8, 16, 24),
    /** AES-128, AES-192 or AES-256 */
    AES(16, 16, 24, 32),
    /** SM4 (GB/T 32907-2016), 16 bytes */
    SM4(16, 16),
    /** HMAC-SHA-256 key (AES DUKPT HMAC key types), 16 to 32 bytes; not a block cipher: no check value */
    HMAC_SHA256(32, 16, 24, 32);

    private final int blockSize;
    private final int[] lengths;

    KeyAlgorithm(int blockSize, int... lengths) {
        this.blockSize = blockSize;
        this.lengths = lengths;
    }

    /** @return the cipher's block size in bytes (8 for DES and TDES, 16 for AES and SM4; 32, the output size, for HMAC) */
    public int blockSize() {
        return blockSize;
    }

    /** @return whether {@code length} bytes is a valid key length for this algorithm */
    public boolean acceptsLength(int length) {
        for (int l : lengths) {
            if (l == length) {
                return true;
            }
        }
        return false;
    }

    /** @return the accepted key lengths in bytes, for messages, such as {@code "16 or 24"} */
    public String describeLengths() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lengths.length; i++) {
            if (i > 0) {
                sb.append(i == lengths.length - 1 ? " or " : ", ");
            }
            sb.append(lengths[i]);
        }
        return sb.toString();
    }
}
