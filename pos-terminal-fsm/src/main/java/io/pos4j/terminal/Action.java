package io.pos4j.terminal;

import java.util.Locale;

/**
 * What the terminal does (or did) about an outcome. For {@code pos4j explain} it is the default
 * reaction to a code; in a {@code TransactionResult} it is the reaction actually taken.
 */
public enum Action {
    /** nothing more to do: the transaction is complete */
    COMPLETED,
    /** the transaction is declined; no money moved */
    DECLINED,
    /** the cardholder is asked to enter the PIN again (a new request, new STAN) */
    PIN_REENTRY,
    /** the card is locked on this terminal; no further request for it goes to the host */
    CARD_LOCKED,
    /** the request is sent again after a back-off delay (idempotent messages only) */
    RETRIED,
    /** the terminal signs in again (new working keys) and then retries once */
    SIGN_IN_AGAIN,
    /** a reversal was armed and is being sent (store-and-forward until acknowledged) */
    REVERSED,
    /** the terminal locked itself; an operator must unlock it */
    TERMINAL_LOCKED,
    /** nothing was sent; the operation was stopped before the host saw it */
    ABORTED,
    /** the operator should retry later or act as the message says */
    RETRY_LATER;

    /** @return the lower-case, dash-separated name used in JSON ({@code sign-in-again}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
