package io.pos4j.testkit;

import java.util.Objects;

/** The DE 39 response codes the simulator answers with (see PROTOCOL.md). */
public enum ResponseCode {
    /** approved */
    APPROVED("00"),
    /** unknown merchant: DE 42 does not match the terminal's merchant */
    UNKNOWN_MERCHANT("03"),
    /** do not honour: card blocked or lost */
    DO_NOT_HONOUR("05"),
    /** unknown card */
    UNKNOWN_CARD("14"),
    /** unable to locate the original (void of an unknown, declined, voided or reversed purchase) */
    UNABLE_TO_LOCATE("25"),
    /** insufficient funds */
    INSUFFICIENT_FUNDS("51"),
    /** expired card */
    EXPIRED_CARD("54"),
    /** wrong PIN */
    WRONG_PIN("55"),
    /** transaction not permitted to terminal */
    NOT_PERMITTED_TO_TERMINAL("58"),
    /** amount over the card's per-transaction limit */
    AMOUNT_LIMIT("61"),
    /** PIN tries exceeded */
    PIN_TRIES_EXCEEDED("75"),
    /** issuer unavailable (fault injection) */
    ISSUER_UNAVAILABLE("91"),
    /** duplicate STAN from the same terminal in the same batch */
    DUPLICATE_TRANSMISSION("94"),
    /** system error */
    SYSTEM_ERROR("96"),
    /** terminal not registered or not signed in */
    TERMINAL_NOT_SIGNED_IN("97"),
    /** request MAC wrong: the terminal must sign in again */
    MAC_ERROR("A0");

    private final String code;

    ResponseCode(String code) {
        this.code = code;
    }

    /** @return the two-character DE 39 value */
    public String code() {
        return code;
    }

    /** @return true for {@code 00} */
    public boolean approved() {
        return this == APPROVED;
    }

    /**
     * Looks a code up by its DE 39 value.
     *
     * @param code two characters
     * @return the code
     * @throws IllegalArgumentException if the simulator does not use that code
     */
    public static ResponseCode fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ResponseCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("response code not used by the simulator: " + code);
    }
}
