package io.pos4j.terminal.internal;

import io.pos4j.terminal.TransactionType;
import java.util.Map;

/** The journal's knowledge of one transaction, rebuilt from records. Mutable, engine-private. */
public final class TxnEntry {

    /** Where a journaled transaction stands. */
    public enum Status {
        /** journaled, reversal armed; outcome unknown */
        ARMED,
        /** approved (MAC verified) and completed */
        COMPLETED,
        /** declined with a verified response, or never sent */
        DECLINED,
        /** must be undone; store-and-forward until acknowledged */
        REVERSAL_PENDING,
        /** reversal acknowledged */
        REVERSED,
        /** reversal gave up after its expiry: needs manual reconciliation */
        REVERSAL_EXPIRED
    }

    final String id;
    final TransactionType type;
    final int stan;
    final long batch;
    final long amount;
    final Map<String, String> request;
    Status status = Status.ARMED;
    String reversalReason = "";
    int reversalAttempts;
    String responseCode = "";
    String rrn = "";
    String authCode = "";
    boolean voided;
    final java.time.Instant time;

    TxnEntry(String id, TransactionType type, int stan, long batch, long amount, Map<String, String> request,
             java.time.Instant time) {
        this.id = id;
        this.type = type;
        this.stan = stan;
        this.batch = batch;
        this.amount = amount;
        this.request = request;
        this.time = time;
    }

    /** @return batch-stan */
    public String id() {
        return id;
    }

    /** @return the type */
    public TransactionType type() {
        return type;
    }

    /** @return the status */
    public Status status() {
        return status;
    }

    /** @return the STAN */
    public int stan() {
        return stan;
    }

    /** @return the batch */
    public long batch() {
        return batch;
    }

    /** @return the amount */
    public long amount() {
        return amount;
    }

    /** @return the RRN or empty */
    public String rrn() {
        return rrn;
    }

    /** @return reversal attempts so far */
    public int reversalAttempts() {
        return reversalAttempts;
    }

    /** @return the reversal reason */
    public String reversalReason() {
        return reversalReason;
    }
}
