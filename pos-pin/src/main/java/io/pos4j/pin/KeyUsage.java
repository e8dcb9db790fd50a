package io.pos4j.pin;

/**
 * What a key may be used for. A key is bound to one usage when it is created, and every operation
 * refuses, when it is created, a key of another usage ({@link PinException.Reason#KEY_USAGE}).
 */
public enum KeyUsage {
    /** PIN encryption key (PIK / PEK / TPK / ZPK): PIN blocks only */
    PIN_ENCRYPTION,
    /** MAC key (MAK / TAK) for both generation and verification */
    MAC,
    /** MAC generation only (AES DUKPT "MAC generation" key, key usage 2000) */
    MAC_GENERATION,
    /** MAC verification only (AES DUKPT "MAC verification" key, key usage 2001) */
    MAC_VERIFICATION,
    /** data encryption key (TDK / DEK) for both directions */
    DATA_ENCRYPTION,
    /** data decryption only (AES DUKPT key usage 3001) */
    DATA_DECRYPTION,
    /** key-encryption key, such as a terminal master key (TMK / ZMK / KEK) */
    KEY_ENCRYPTION,
    /** DUKPT base derivation key (BDK) */
    BASE_DERIVATION,
    /** DUKPT initial key (IPEK / IK) or a terminal's future or intermediate derivation key */
    DUKPT_DERIVATION
}
