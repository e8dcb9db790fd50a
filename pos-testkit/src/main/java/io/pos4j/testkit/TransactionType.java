package io.pos4j.testkit;

/** What a ledger entry records; also what a terminal may be permitted to do. */
public enum TransactionType {
    /** 0200, DE 3 {@code 000000}: debits the card */
    PURCHASE,
    /** 0200, DE 3 {@code 310000}: no money moves */
    BALANCE_INQUIRY,
    /** 0200, DE 3 {@code 200000}, 60.1 {@code 23}: credits the original purchase back */
    VOID,
    /** 0220, DE 3 {@code 200000}, 60.1 {@code 25}: credits the card */
    REFUND,
    /** 0400/0420: undoes the original's balance effect once */
    REVERSAL,
    /** 0500: totals of a batch compared with the ledger */
    SETTLEMENT
}
