package io.pos4j.terminal;

/**
 * What a request does, which decides whether it may be sent twice. Idempotent messages may be
 * retried after a timeout; a financial request that timed out is never resent: it is reversed.
 */
public enum MessageKind {
    /** 0800 sign-in with key exchange */
    SIGN_IN(true),
    /** 0820 sign-off */
    SIGN_OFF(true),
    /** 0820 echo test */
    ECHO(true),
    /** balance inquiry: moves no money */
    BALANCE(true),
    /** purchase, void, refund: moves money, never resent after it may have reached the host */
    FINANCIAL(false),
    /** 0400 reversal: the host applies it at most once */
    REVERSAL(true),
    /** 0220/0320 advice and batch upload */
    ADVICE(true),
    /** 0500 settlement of the current batch */
    SETTLEMENT(true);

    private final boolean idempotent;

    MessageKind(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** @return whether sending the message twice has the same effect as sending it once */
    public boolean idempotent() {
        return idempotent;
    }
}
