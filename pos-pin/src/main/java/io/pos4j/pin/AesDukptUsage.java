package io.pos4j.pin;

/** AES DUKPT key usages (ANSI X9.24-3:2017 key usage indicator). */
public enum AesDukptUsage {
    /** PIN encryption (1000) */
    PIN(0x1000, KeyUsage.PIN_ENCRYPTION),
    /** MAC generation (2000) */
    MAC_GENERATION(0x2000, KeyUsage.MAC_GENERATION),
    /** MAC verification (2001); hosts also use it for the response MAC */
    MAC_VERIFICATION(0x2001, KeyUsage.MAC_VERIFICATION),
    /** MAC both ways (2002) */
    MAC_BOTH(0x2002, KeyUsage.MAC),
    /** data encryption (3000) */
    DATA_ENCRYPT(0x3000, KeyUsage.DATA_ENCRYPTION),
    /** data decryption (3001); hosts also use it to encrypt response data */
    DATA_DECRYPT(0x3001, KeyUsage.DATA_DECRYPTION),
    /** data both ways (3002) */
    DATA_BOTH(0x3002, KeyUsage.DATA_ENCRYPTION),
    /** key encryption key (4000) */
    KEY_ENCRYPTION(0x4000, KeyUsage.KEY_ENCRYPTION);

    private final int code;
    private final KeyUsage keyUsage;

    AesDukptUsage(int code, KeyUsage keyUsage) {
        this.code = code;
        this.keyUsage = keyUsage;
    }

    /** @return the X9.24-3 key usage indicator, such as 0x1000 */
    public int code() {
        return code;
    }

    /** @return the usage of the key handle this produces */
    public KeyUsage keyUsage() {
        return keyUsage;
    }
}
