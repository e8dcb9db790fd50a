package io.pos4j.pin;

import io.pos4j.pin.internal.AesDukptCore;
import java.util.Arrays;
import java.util.Objects;

/**
 * Host (receiver) side of AES DUKPT, ANSI X9.24-3:2017: the initial key from the BDK and the
 * initial key ID (the first 8 KSN bytes), the transaction (intermediate derivation) key for any
 * counter, and working keys for every key usage and key type. Thread-safe.
 *
 * <pre>{@code
 * AesDukptHost host = AesDukptHost.of(bdk);
 * try (KeyHandle pek = host.workingKey(ksn, AesDukptUsage.PIN, AesDukptKeyType.AES128)) {
 *     Pin pin = PinBlocks.cipher(pek, PinBlockFormat.ISO_4).decrypt(block, pan);
 * }
 * }</pre>
 */
public final class AesDukptHost {

    private final KeyHandle bdk;
    private final boolean anyCounter;

    private AesDukptHost(KeyHandle bdk, boolean anyCounter) {
        this.bdk = bdk;
        this.anyCounter = anyCounter;
    }

    /**
     * @param bdk an AES (128, 192 or 256) {@link KeyUsage#BASE_DERIVATION} key (not copied)
     * @throws PinException {@link PinException.Reason#KEY_USAGE} otherwise
     */
    public static AesDukptHost of(KeyHandle bdk) {
        Objects.requireNonNull(bdk, "bdk");
        bdk.requireUsage("AES DUKPT", KeyUsage.BASE_DERIVATION);
        bdk.requireAlgorithm("AES DUKPT", KeyAlgorithm.AES);
        return new AesDukptHost(bdk, false);
    }

    /**
     * @return a host that also derives keys for counters with more than 16 one bits, which no
     *         compliant device uses (for diagnostics and test vectors; production hosts should
     *         refuse them)
     */
    public AesDukptHost acceptingAnyCounter() {
        return new AesDukptHost(bdk, true);
    }

    /** @return the initial key (IK) for the KSN's initial key ID, usage {@link KeyUsage#DUKPT_DERIVATION} */
    public KeyHandle initialKey(Ksn ksn) {
        requireAes(ksn);
        return KeyHandle.adopt(KeyAlgorithm.AES, KeyUsage.DUKPT_DERIVATION,
                AesDukptCore.initialKey(bdk.material(), ksn.raw()));
    }

    /**
     * @return the transaction (intermediate derivation) key for the KSN's counter, usage
     *         {@link KeyUsage#DUKPT_DERIVATION}
     * @throws PinException {@link PinException.Reason#INVALID_KSN} for counter 0 or more than 16
     *                      one bits (unless {@link #acceptingAnyCounter()})
     */
    public KeyHandle transactionKey(Ksn ksn) {
        return KeyHandle.adopt(KeyAlgorithm.AES, KeyUsage.DUKPT_DERIVATION, transactionKeyBytes(ksn));
    }

    /**
     * @return the working key of {@code usage} and {@code type} for the KSN
     * @throws PinException {@link PinException.Reason#KEY_USAGE} when {@code type} is longer than
     *                      the BDK (X9.24-3 never derives a stronger key than its parent)
     */
    public KeyHandle workingKey(Ksn ksn, AesDukptUsage usage, AesDukptKeyType type) {
        byte[] tk = transactionKeyBytes(ksn);
        try (KeyHandle t = KeyHandle.adopt(KeyAlgorithm.AES, KeyUsage.DUKPT_DERIVATION, tk)) {
            return workingKey(t, ksn, usage, type);
        }
    }

    /**
     * The working key of {@code usage} and {@code type} from a transaction key (host or terminal).
     *
     * @throws PinException {@link PinException.Reason#KEY_USAGE} unless {@code transactionKey} is an
     *                      AES {@link KeyUsage#DUKPT_DERIVATION} key at least as long as {@code type}
     */
    public static KeyHandle workingKey(KeyHandle transactionKey, Ksn ksn, AesDukptUsage usage,
            AesDukptKeyType type) {
        Objects.requireNonNull(transactionKey, "transactionKey");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(type, "type");
        requireAes(ksn);
        transactionKey.requireUsage("AES DUKPT working key", KeyUsage.DUKPT_DERIVATION);
        transactionKey.requireAlgorithm("AES DUKPT working key", KeyAlgorithm.AES);
        if (type.length() > transactionKey.length()) {
            throw new PinException(PinException.Reason.KEY_USAGE, "AES DUKPT: a " + type
                    + " key cannot be derived from a " + transactionKey.length() * 8 + "-bit BDK");
        }
        return KeyHandle.adopt(type.algorithm(), usage.keyUsage(), AesDukptCore.workingKey(
                transactionKey.material(), ksn.raw(), ksn.counter(), usage.code(), type.code(),
                type.length()));
    }

    private byte[] transactionKeyBytes(Ksn ksn) {
        requireAes(ksn);
        long c = ksn.counter();
        if (c == 0 || (!anyCounter && Long.bitCount(c) > 16)) {
            throw new PinException(PinException.Reason.INVALID_KSN, "AES KSN: counter "
                    + (c == 0 ? "0" : "with " + Long.bitCount(c) + " one bits")
                    + " is never used by a device (expected 1 to 16 one bits)");
        }
        byte[] ik = AesDukptCore.initialKey(bdk.material(), ksn.raw());
        try {
            return AesDukptCore.transactionKey(ik, ksn.raw(), c);
        } finally {
            Arrays.fill(ik, (byte) 0);
        }
    }

    static void requireAes(Ksn ksn) {
        Objects.requireNonNull(ksn, "ksn");
        if (!ksn.isAes()) {
            throw new PinException(PinException.Reason.INVALID_KSN,
                    "AES DUKPT: a 12-byte KSN is needed, got a 10-byte TDES KSN");
        }
    }

    @Override
    public String toString() {
        return "AesDukptHost[" + bdk + "]";
    }
}
