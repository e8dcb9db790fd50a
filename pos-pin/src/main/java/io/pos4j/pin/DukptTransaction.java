package io.pos4j.pin;

import java.util.Objects;

/**
 * One DUKPT transaction on the terminal side: its KSN (to send with the message) and its
 * transaction key, from which the working keys are derived. {@link #close()} destroys the key.
 */
public final class DukptTransaction implements AutoCloseable {

    private final Ksn ksn;
    private final KeyHandle transactionKey;

    DukptTransaction(Ksn ksn, KeyHandle transactionKey) {
        this.ksn = ksn;
        this.transactionKey = transactionKey;
    }

    /** @return the KSN of this transaction */
    public Ksn ksn() {
        return ksn;
    }

    /** @return the transaction key (usage {@link KeyUsage#DUKPT_DERIVATION}) */
    public KeyHandle transactionKey() {
        return transactionKey;
    }

    /** @return a TDES DUKPT working key (variant) of this transaction */
    public KeyHandle tdesKey(TdesDukptUsage usage) {
        return TdesDukptHost.workingKey(transactionKey, Objects.requireNonNull(usage, "usage"));
    }

    /** @return an AES DUKPT working key of this transaction */
    public KeyHandle aesKey(AesDukptUsage usage, AesDukptKeyType type) {
        return AesDukptHost.workingKey(transactionKey, ksn, usage, type);
    }

    /** Destroys the transaction key. */
    @Override
    public void close() {
        transactionKey.destroy();
    }

    @Override
    public String toString() {
        return "DukptTransaction[ksn=" + ksn + ", " + transactionKey + "]";
    }
}
