package io.pos4j.pin;

/** The working key types of AES DUKPT (ANSI X9.24-3:2017 key type / algorithm indicator). */
public enum AesDukptKeyType {
    /** two-key TDES (algorithm 0000, 128 bits) */
    TDES2(KeyAlgorithm.TDES, 0, 16),
    /** three-key TDES (algorithm 0001, 192 bits) */
    TDES3(KeyAlgorithm.TDES, 1, 24),
    /** AES-128 (0002) */
    AES128(KeyAlgorithm.AES, 2, 16),
    /** AES-192 (0003) */
    AES192(KeyAlgorithm.AES, 3, 24),
    /** AES-256 (0004) */
    AES256(KeyAlgorithm.AES, 4, 32),
    /** HMAC-SHA-256 key of 128 bits (0005) */
    HMAC128(KeyAlgorithm.HMAC_SHA256, 5, 16),
    /** HMAC-SHA-256 key of 192 bits (0005) */
    HMAC192(KeyAlgorithm.HMAC_SHA256, 5, 24),
    /** HMAC-SHA-256 key of 256 bits (0005) */
    HMAC256(KeyAlgorithm.HMAC_SHA256, 5, 32);

    private final KeyAlgorithm algorithm;
    private final int code;
    private final int length;

    AesDukptKeyType(KeyAlgorithm algorithm, int code, int length) {
        this.algorithm = algorithm;
        this.code = code;
        this.length = length;
    }

    /** @return the algorithm of the derived key handle */
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** @return the X9.24-3 algorithm indicator */
    public int code() {
        return code;
    }

    /** @return the key length in bytes */
    public int length() {
        return length;
    }
}
