package io.pos4j.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the acquirer's ledger. The PAN is stored masked (first6/last4): the ledger file is
 * meant to be read by other processes and never holds a full PAN.
 *
 * @param sequence      1-based position in the ledger
 * @param time          when the simulator decided
 * @param type          what happened
 * @param terminalId    DE 41
 * @param merchantId    DE 42
 * @param batch         DE 60.2, six digits
 * @param stan          DE 11, six digits
 * @param maskedPan     DE 2 masked, empty if none
 * @param amount        DE 4 in minor units (0 if none)
 * @param currency      DE 49, empty if none
 * @param responseCode  the DE 39 answered
 * @param rrn           DE 37 answered (12 characters), empty if none
 * @param authCode      DE 38 answered, empty unless approved
 * @param balanceEffect what the entry did to the card's balance (negative = debit); a reversal
 *                      carries the negation of its original's effect, or 0 if there was nothing
 *                      to undo
 * @param originalKey   for void, refund and reversal: the {@link #key()} of the original, empty
 *                      if unknown
 * @param note          short free text without card data (e.g. {@code repeat}, settlement totals)
 */
public record LedgerEntry(long sequence, Instant time, TransactionType type, String terminalId,
        String merchantId, String batch, String stan, String maskedPan, long amount, String currency,
        ResponseCode responseCode, String rrn, String authCode, long balanceEffect, String originalKey,
        String note) {

    /** Checks that no component is null. */
    public LedgerEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(stan, "stan");
        Objects.requireNonNull(maskedPan, "maskedPan");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(rrn, "rrn");
        Objects.requireNonNull(authCode, "authCode");
        Objects.requireNonNull(originalKey, "originalKey");
        Objects.requireNonNull(note, "note");
        if (maskedPan.chars().filter(c -> c >= '0' && c <= '9').count() > 10) {
            throw new IllegalArgumentException("maskedPan: more than 10 clear digits");
        }
    }

    /** @return the host's identity of the transaction: {@code terminalId/batch/stan} */
    public String key() {
        return key(terminalId, batch, stan);
    }

    /**
     * @param terminalId DE 41
     * @param batch      DE 60.2
     * @param stan       DE 11
     * @return {@code terminalId/batch/stan}
     */
    public static String key(String terminalId, String batch, String stan) {
        return terminalId + "/" + batch + "/" + stan;
    }

    /** @return true if the answer was {@code 00} */
    public boolean approved() {
        return responseCode.approved();
    }
}
