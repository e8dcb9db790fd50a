package io.pos4j.pin;

import io.pos4j.pin.internal.TdesDukptCore;
import java.util.Arrays;
import java.util.Objects;

/**
 * Host (receiver) side of TDES DUKPT, ANSI X9.24-1:2009: the initial key (IPEK) from the BDK and a
 * KSN, the transaction key for any counter, and its variants. Stateless apart from the BDK;
 * thread-safe.
 *
 * <pre>{@code
 * TdesDukptHost host = TdesDukptHost.of(bdk);
 * try (KeyHandle pek = host.workingKey(ksn, TdesDukptUsage.PIN)) {
 *     Pin pin = PinBlocks.cipher(pek, PinBlockFormat.ISO_0).decrypt(block, pan);
 * }
 * }</pre>
 */
public final class TdesDukptHost {

    private final KeyHandle bdk;

    private TdesDukptHost(KeyHandle bdk) {
        this.bdk = bdk;
    }

    /**
     * @param bdk a 16-byte TDES {@link KeyUsage#BASE_DERIVATION} key (not copied: destroying it
     *            disables this host)
     * @throws PinException {@link PinException.Reason#KEY_USAGE} otherwise
     */
    public static TdesDukptHost of(KeyHandle bdk) {
        Objects.requireNonNull(bdk, "bdk");
        bdk.requireUsage("TDES DUKPT", KeyUsage.BASE_DERIVATION);
        bdk.requireAlgorithm("TDES DUKPT", KeyAlgorithm.TDES);
        if (bdk.length() != 16) {
            throw new PinException(PinException.Reason.KEY_USAGE,
                    "TDES DUKPT: the BDK must be a 16-byte (double-length) TDES key");
        }
        return new TdesDukptHost(bdk);
    }

    /**
     * @return the initial key (IPEK) for the KSN's key set and device (the counter is ignored),
     *         usage {@link KeyUsage#DUKPT_DERIVATION}
     */
    public KeyHandle initialKey(Ksn ksn) {
        requireTdes(ksn);
        return KeyHandle.adopt(KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION,
                TdesDukptCore.ipek(bdk.material(), ksn.raw()));
    }

    /**
     * @return the transaction key for the KSN's counter (before any variant), usage
     *         {@link KeyUsage#DUKPT_DERIVATION}
     * @throws PinException {@link PinException.Reason#INVALID_KSN} for counter 0 or a counter
     *                      with more than 10 one bits (no device uses them)
     */
    public KeyHandle transactionKey(Ksn ksn) {
        return KeyHandle.adopt(KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION, transactionKeyBytes(ksn));
    }

    /** @return the working key of {@code usage} for the KSN */
    public KeyHandle workingKey(Ksn ksn, TdesDukptUsage usage) {
        Objects.requireNonNull(usage, "usage");
        byte[] tk = transactionKeyBytes(ksn);
        try {
            return KeyHandle.adopt(KeyAlgorithm.TDES, usage.keyUsage(),
                    TdesDukptCore.variant(tk, variant(usage)));
        } finally {
            Arrays.fill(tk, (byte) 0);
        }
    }

    /**
     * The working key of {@code usage} from a transaction key (host or terminal side).
     *
     * @throws PinException {@link PinException.Reason#KEY_USAGE} unless {@code transactionKey}
     *                      is a 16-byte TDES {@link KeyUsage#DUKPT_DERIVATION} key
     */
    public static KeyHandle workingKey(KeyHandle transactionKey, TdesDukptUsage usage) {
        Objects.requireNonNull(transactionKey, "transactionKey");
        Objects.requireNonNull(usage, "usage");
        transactionKey.requireUsage("TDES DUKPT variant", KeyUsage.DUKPT_DERIVATION);
        transactionKey.requireAlgorithm("TDES DUKPT variant", KeyAlgorithm.TDES);
        return KeyHandle.adopt(KeyAlgorithm.TDES, usage.keyUsage(),
                TdesDukptCore.variant(transactionKey.material(), variant(usage)));
    }

    private byte[] transactionKeyBytes(Ksn ksn) {
        requireTdes(ksn);
        long c = ksn.counter();
        if (c == 0 || Long.bitCount(c) > 10) {
            throw new PinException(PinException.Reason.INVALID_KSN, "TDES KSN: counter "
                    + (c == 0 ? "0" : "with " + Long.bitCount(c) + " one bits")
                    + " is never used by a device (expected 1 to 10 one bits)");
        }
        byte[] ipek = TdesDukptCore.ipek(bdk.material(), ksn.raw());
        try {
            return TdesDukptCore.transactionKey(ipek, ksn.raw(), c);
        } finally {
            Arrays.fill(ipek, (byte) 0);
        }
    }

    static void requireTdes(Ksn ksn) {
        Objects.requireNonNull(ksn, "ksn");
        if (ksn.isAes()) {
            throw new PinException(PinException.Reason.INVALID_KSN,
                    "TDES DUKPT: a 10-byte KSN is needed, got a 12-byte AES KSN");
        }
    }

    static TdesDukptCore.Variant variant(TdesDukptUsage usage) {
        return TdesDukptCore.Variant.valueOf(usage.name());
    }

    @Override
    public String toString() {
        return "TdesDukptHost[" + bdk + "]";
    }
}
