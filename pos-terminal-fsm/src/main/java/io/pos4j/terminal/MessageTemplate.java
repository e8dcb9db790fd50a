package io.pos4j.terminal;

import java.util.Objects;

/**
 * How one transaction type is sent to an acquirer: the table row the terminal builds its request
 * from.
 *
 * @param type           the transaction type
 * @param mti            request MTI ({@code 0200})
 * @param reversalMti    MTI of its reversal ({@code 0400}), or empty when it is never reversed
 * @param processingCode DE 3
 * @param posCondition   DE 25
 * @param de60Code       DE 60.1, the UnionPay transaction type code ({@code 22} sale); empty for a
 *                       profile without one ({@code iso87})
 */
public record MessageTemplate(TransactionType type, String mti, String reversalMti, String processingCode,
                              String posCondition, String de60Code) {
    /** Checks the fields. */
    public MessageTemplate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mti, "mti");
        Objects.requireNonNull(reversalMti, "reversalMti");
        Objects.requireNonNull(processingCode, "processingCode");
        Objects.requireNonNull(posCondition, "posCondition");
        Objects.requireNonNull(de60Code, "de60Code");
        if (!mti.matches("\\d{4}") || !processingCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("mti must be 4 digits and processingCode 6 digits");
        }
    }

    /**
     * The China UnionPay table (see pos-testkit PROTOCOL.md).
     *
     * @param type the transaction type
     * @return its row
     */
    public static MessageTemplate cup(TransactionType type) {
        return switch (type) {
            case PURCHASE -> new MessageTemplate(type, "0200", "0400", "000000", "00", "22");
            case BALANCE -> new MessageTemplate(type, "0200", "", "310000", "00", "01");
            case VOID -> new MessageTemplate(type, "0200", "0400", "200000", "00", "23");
            case REFUND -> new MessageTemplate(type, "0220", "0400", "200000", "00", "25");
        };
    }

    /**
     * The ISO 8583:1987 binary (DUKPT) table, as pos-testkit's {@code iso87-binary} simulator speaks it
     * (same MTIs and processing codes as {@code cup}; the batch, not a type code, goes in DE 60).
     *
     * @param type the transaction type
     * @return its row
     */
    public static MessageTemplate iso87(TransactionType type) {
        return switch (type) {
            case PURCHASE -> new MessageTemplate(type, "0200", "0400", "000000", "00", "");
            case BALANCE -> new MessageTemplate(type, "0200", "", "310000", "00", "");
            case VOID -> new MessageTemplate(type, "0200", "0400", "200000", "00", "");
            case REFUND -> new MessageTemplate(type, "0220", "0400", "200000", "00", "");
        };
    }
}
