package io.pos4j.terminal;

import java.util.Objects;

/**
 * How one acquirer's response code (DE 39) is understood by the terminal.
 *
 * @param code       the two-character code, upper case ({@code "51"}, {@code "A0"})
 * @param category   where the failure comes from
 * @param retryable  whether a later attempt (possibly after {@link Action#SIGN_IN_AGAIN}) may succeed
 * @param action     the terminal's reaction
 * @param messageKey the resource-bundle key of the operator and cardholder messages
 */
public record ResponseCodeRule(String code, DiagnosisCategory category, boolean retryable, Action action,
                               String messageKey) {

    /** Checks the fields. */
    public ResponseCodeRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(messageKey, "messageKey");
        if (code.length() != 2) {
            throw new IllegalArgumentException("response code must have 2 characters, has " + code.length());
        }
    }

    /** @return whether the code means approved ({@code 00}, or a table's other approval codes) */
    public boolean approved() {
        return action == Action.COMPLETED;
    }
}
