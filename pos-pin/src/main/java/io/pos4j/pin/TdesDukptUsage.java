package io.pos4j.pin;

/** The TDES DUKPT working keys of ANSI X9.24-1:2009: variants of the transaction key. */
public enum TdesDukptUsage {
    /** PIN encryption variant (bytes 7 and 15 XOR FF); key usage {@link KeyUsage#PIN_ENCRYPTION} */
    PIN(KeyUsage.PIN_ENCRYPTION),
    /** MAC request variant (bytes 6 and 14); {@link KeyUsage#MAC} */
    MAC_REQUEST(KeyUsage.MAC),
    /** MAC response variant (bytes 4 and 12); {@link KeyUsage#MAC} */
    MAC_RESPONSE(KeyUsage.MAC),
    /** data encryption, request (bytes 5 and 13, then the one-way function); {@link KeyUsage#DATA_ENCRYPTION} */
    DATA_REQUEST(KeyUsage.DATA_ENCRYPTION),
    /** data encryption, response (bytes 3 and 11, then the one-way function); {@link KeyUsage#DATA_ENCRYPTION} */
    DATA_RESPONSE(KeyUsage.DATA_ENCRYPTION);

    private final KeyUsage keyUsage;

    TdesDukptUsage(KeyUsage keyUsage) {
        this.keyUsage = keyUsage;
    }

    /** @return the usage of the key handle this variant produces */
    public KeyUsage keyUsage() {
        return keyUsage;
    }
}
