package io.pos4j.terminal;

/** How the card was read; with the PIN presence it gives DE 22 (CUP: 05x chip, 02x swipe). */
public enum EntryMode {
    /** contact chip (EMV); DE 55 carries the ICC data */
    CHIP("05"),
    /** magnetic stripe; DE 35 carries track 2 */
    SWIPE("02"),
    /** PAN typed in */
    MANUAL("01");

    private final String prefix;

    EntryMode(String prefix) {
        this.prefix = prefix;
    }

    /**
     * @param withPin whether an online PIN is sent
     * @return DE 22, for example {@code 051} for chip with PIN
     */
    public String posEntryMode(boolean withPin) {
        return prefix + (withPin ? "1" : "2");
    }
}
