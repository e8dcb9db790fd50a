package io.pos4j.pin;

/** What a key may be used for; an operation refuses a key of another usage. */
public enum KeyUsage {
    /** PIN encryption key (PIK / PEK) */
    PIN_ENCRYPTION,
    /** MAC key (MAK) */
    MAC,
    /** data encryption key (TDK) */
    DATA_ENCRYPTION,
    /** key-encryption key, such as a terminal master key (TMK) */
    KEY_ENCRYPTION,
    /** DUKPT base derivation key */
    BASE_DERIVATION
}
