package io.pos4j.terminal;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Card data as read by the card reader. Holds a PAN: {@link #toString()} masks it (first 6, last
 * 4) and never shows track or ICC data.
 */
public final class CardInput {

    private final String pan;
    private final String expiry;
    private final EntryMode entryMode;
    private final String sequenceNumber;
    private final String track2;
    private final byte[] iccData;

    private CardInput(String pan, String expiry, EntryMode entryMode, String sequenceNumber, String track2,
                      byte[] iccData) {
        this.pan = pan;
        this.expiry = expiry;
        this.entryMode = entryMode;
        this.sequenceNumber = sequenceNumber;
        this.track2 = track2;
        this.iccData = iccData;
    }

    /**
     * A chip card.
     *
     * @param pan            12-19 digits
     * @param expiry         YYMM
     * @param sequenceNumber PAN sequence number (DE 23), 3 digits, or null
     * @param iccData        DE 55 (BER-TLV from the card and terminal), not empty
     * @return the input
     * @throws IllegalArgumentException if a value has the wrong form (message names the field, not the value)
     */
    public static CardInput chip(String pan, String expiry, String sequenceNumber, byte[] iccData) {
        Objects.requireNonNull(iccData, "iccData");
        if (iccData.length == 0) {
            throw new IllegalArgumentException("iccData must not be empty");
        }
        if (sequenceNumber != null && !sequenceNumber.matches("\\d{3}")) {
            throw new IllegalArgumentException("sequenceNumber must be 3 digits");
        }
        return new CardInput(checkPan(pan), checkExpiry(expiry), EntryMode.CHIP, sequenceNumber, null,
                iccData.clone());
    }

    /**
     * A magnetic-stripe card.
     *
     * @param track2 track 2 equivalent data: PAN, {@code =} or {@code D}, expiry, service code, discretionary
     * @return the input
     * @throws IllegalArgumentException if track 2 has the wrong form
     */
    public static CardInput swipe(String track2) {
        Objects.requireNonNull(track2, "track2");
        String t = track2.toUpperCase(java.util.Locale.ROOT).replace('D', '=');
        int sep = t.indexOf('=');
        if (!t.matches("\\d{12,19}=\\d{4}\\d*") || t.length() > 37) {
            throw new IllegalArgumentException("track2 must be PAN '=' YYMM service-code discretionary, at most 37");
        }
        return new CardInput(checkPan(t.substring(0, sep)), t.substring(sep + 1, sep + 5), EntryMode.SWIPE, null, t,
                null);
    }

    /**
     * A key-entered card.
     *
     * @param pan    12-19 digits
     * @param expiry YYMM
     * @return the input
     */
    public static CardInput manual(String pan, String expiry) {
        return new CardInput(checkPan(pan), checkExpiry(expiry), EntryMode.MANUAL, null, null, null);
    }

    private static String checkPan(String pan) {
        Objects.requireNonNull(pan, "pan");
        if (!pan.matches("\\d{12,19}")) {
            throw new IllegalArgumentException("pan must be 12-19 digits");
        }
        return pan;
    }

    private static String checkExpiry(String expiry) {
        Objects.requireNonNull(expiry, "expiry");
        if (!expiry.matches("\\d{2}(0[1-9]|1[0-2])")) {
            throw new IllegalArgumentException("expiry must be YYMM");
        }
        return expiry;
    }

    /** @return the PAN (sensitive) */
    public String pan() {
        return pan;
    }

    /** @return the PAN masked: first 6 and last 4 digits */
    public String maskedPan() {
        return mask(pan);
    }

    /**
     * @param pan a PAN
     * @return first 6 and last 4 digits, the rest {@code *}
     */
    public static String mask(String pan) {
        if (pan.length() < 11) {
            return "*".repeat(pan.length());
        }
        return pan.substring(0, 6) + "*".repeat(pan.length() - 10) + pan.substring(pan.length() - 4);
    }

    /** @return expiry YYMM */
    public String expiry() {
        return expiry;
    }

    /** @return how the card was read */
    public EntryMode entryMode() {
        return entryMode;
    }

    /** @return DE 23 */
    public Optional<String> sequenceNumber() {
        return Optional.ofNullable(sequenceNumber);
    }

    /** @return DE 35 (sensitive) */
    public Optional<String> track2() {
        return Optional.ofNullable(track2);
    }

    /** @return DE 55, a copy */
    public Optional<byte[]> iccData() {
        return Optional.ofNullable(iccData).map(byte[]::clone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardInput c && c.pan.equals(pan) && c.expiry.equals(expiry) && c.entryMode == entryMode
                && Objects.equals(c.sequenceNumber, sequenceNumber) && Objects.equals(c.track2, track2)
                && Arrays.equals(c.iccData, iccData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pan, expiry, entryMode);
    }

    @Override
    public String toString() {
        return "CardInput[" + maskedPan() + ", " + entryMode + "]";
    }
}
