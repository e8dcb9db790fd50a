package io.pos4j.pin;

/** The MAC algorithms of {@link Macs}. */
public enum MacAlgorithm {
    /** ISO 9797-1 MAC algorithm 1: CBC-MAC, IV 0, with the key's cipher (DES, TDES, AES or SM4) */
    ISO9797_1_ALG1("iso9797-1-alg1"),
    /** ISO 9797-1 MAC algorithm 3 = ANSI X9.19 retail MAC: single-DES CBC, final D(K') E(K); 16-byte TDES key */
    ISO9797_1_ALG3("iso9797-1-alg3"),
    /** CMAC (NIST SP 800-38B, RFC 4493) with the key's cipher (AES, TDES, SM4); padding does not apply */
    CMAC("cmac"),
    /**
     * China UnionPay POS "ECB" MAC (DES, TDES, SM4): XOR of the zero-padded blocks, expanded to
     * upper-case hex, two encryptions; the MAC is the first 8 hex characters of the result as 8
     * ASCII bytes (what DE 64 carries). For SM4 this is the reading most terminals use.
     */
    CUP_ECB("cup-ecb"),
    /**
     * The other reading of the UnionPay SM4 MAC seen in the field: the first 8 bytes of the final
     * SM4 block (binary). Confirm with the acquirer which one it expects.
     */
    CUP_ECB_FIRST_8_BYTES("cup-ecb-first8"),
    /** HMAC-SHA-256 (AES DUKPT HMAC keys), 32-byte output; padding does not apply */
    HMAC_SHA256("hmac-sha256");

    private final String code;

    MacAlgorithm(String code) {
        this.code = code;
    }

    /** @return a short stable name for messages */
    public String code() {
        return code;
    }
}
