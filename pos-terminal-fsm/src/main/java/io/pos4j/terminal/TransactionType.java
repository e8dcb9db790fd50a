package io.pos4j.terminal;

/** The transactions the terminal performs with a card. */
public enum TransactionType {
    /** sale (CUP 0200, DE 3 000000, DE 60.1 22) */
    PURCHASE(MessageKind.FINANCIAL),
    /** balance inquiry (CUP 0200, DE 3 310000, DE 60.1 01) */
    BALANCE(MessageKind.BALANCE),
    /** void of a purchase in the open batch (CUP 0200, DE 3 200000, DE 60.1 23) */
    VOID(MessageKind.FINANCIAL),
    /** refund of an earlier purchase (CUP 0220, DE 3 200000, DE 60.1 25) */
    REFUND(MessageKind.FINANCIAL);

    private final MessageKind kind;

    TransactionType(MessageKind kind) {
        this.kind = kind;
    }

    /** @return what the request does */
    public MessageKind kind() {
        return kind;
    }
}
