package io.pos4j.pin;

/** Key check value conventions; they differ between standards, so each one is named. */
public enum KcvMethod {
    /**
     * Encrypt a block of zeros and keep the leftmost bytes (ANSI X9.24-1:2017 A.2 legacy method;
     * the TDES and SM4 convention; IBM and legacy HSMs also use it for AES).
     */
    ENCRYPT_ZEROS,
    /**
     * CMAC of a block of zeros, leftmost bytes (ANSI X9.24-1:2017 A.3, PCI PIN 15-1: the AES
     * convention, usually 5 bytes, 3 where tools show 6 hex digits).
     */
    CMAC_ZEROS,
    /** AES-encrypt a block of 0x01 bytes, leftmost bytes (GlobalPlatform / GSMA). */
    ENCRYPT_ONES;

    /** @return the conventional method for {@code algorithm}: CMAC_ZEROS for AES, else ENCRYPT_ZEROS */
    public static KcvMethod defaultFor(KeyAlgorithm algorithm) {
        return algorithm == KeyAlgorithm.AES ? CMAC_ZEROS : ENCRYPT_ZEROS;
    }
}
