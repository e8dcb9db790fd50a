package io.pos4j.terminal;

import io.pos4j.terminal.internal.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why something did not simply succeed, and what to tell the operator and the cardholder. Every
 * failure of the terminal becomes one of these: from a host response code (looked up in the
 * acquirer's {@link ResponseCodeTable}) or a {@link LocalCause}. Immutable and thread-safe;
 * contains no card data.
 */
public final class Diagnosis {

    private final String code;
    private final Optional<LocalCause> cause;
    private final DiagnosisCategory category;
    private final boolean retryable;
    private final Action action;
    private final String messageKey;

    private Diagnosis(String code, Optional<LocalCause> cause, DiagnosisCategory category, boolean retryable,
                      Action action, String messageKey) {
        this.code = code;
        this.cause = cause;
        this.category = category;
        this.retryable = retryable;
        this.action = action;
        this.messageKey = messageKey;
    }

    /**
     * @param table the acquirer's table
     * @param responseCode DE 39, two characters, any case
     * @return the diagnosis with the table's default action
     */
    public static Diagnosis ofResponse(ResponseCodeTable table, String responseCode) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(responseCode, "responseCode");
        if (responseCode.length() != 2) {
            throw new IllegalArgumentException("response code must have 2 characters, has " + responseCode.length());
        }
        ResponseCodeRule r = table.ruleOrDefault(responseCode);
        return new Diagnosis(r.code(), Optional.empty(), r.category(), r.retryable(), r.action(), r.messageKey());
    }

    /**
     * @param cause a failure found by the terminal
     * @return the diagnosis with the cause's default action
     */
    public static Diagnosis ofCause(LocalCause cause) {
        Objects.requireNonNull(cause, "cause");
        return new Diagnosis(cause.id(), Optional.of(cause), cause.category(), cause.retryable(),
                cause.defaultAction(), "cause." + cause.id());
    }

    /**
     * The diagnosis for what a user typed: a two-character response code or a local cause id.
     *
     * @param codeOrCause {@code 51}, {@code a0}, {@code timeout}, {@code kcv-mismatch} ...
     * @param table the acquirer's table for response codes
     * @return the diagnosis
     * @throws IllegalArgumentException when it is neither a known code nor a local cause
     */
    public static Diagnosis explain(String codeOrCause, ResponseCodeTable table) {
        Objects.requireNonNull(codeOrCause, "codeOrCause");
        String s = codeOrCause.strip();
        Optional<LocalCause> c = LocalCause.fromId(s);
        if (c.isPresent()) {
            return ofCause(c.get());
        }
        if (s.length() == 2 && table.rule(s).isPresent()) {
            return ofResponse(table, s);
        }
        throw new IllegalArgumentException("unknown response code or cause '" + s + "' for table "
                + table.name() + " (expected a code such as 51 or A0, or one of "
                + java.util.Arrays.stream(LocalCause.values()).map(LocalCause::id).toList() + ")");
    }

    /**
     * @param taken the action actually taken
     * @return a copy recording that action
     */
    public Diagnosis withAction(Action taken) {
        return new Diagnosis(code, cause, category, retryable, Objects.requireNonNull(taken, "taken"), messageKey);
    }

    /** @return the response code (upper case) or the local cause id */
    public String code() {
        return code;
    }

    /** @return the local cause, empty when the diagnosis comes from a response code */
    public Optional<LocalCause> localCause() {
        return cause;
    }

    /** @return the category */
    public DiagnosisCategory category() {
        return category;
    }

    /** @return whether a later attempt may succeed */
    public boolean retryable() {
        return retryable;
    }

    /** @return the action (default or taken) */
    public Action action() {
        return action;
    }

    /**
     * @param locale {@code Locale.ENGLISH} or {@code Locale.SIMPLIFIED_CHINESE} (any {@code zh});
     *               other languages get English
     * @return the message for the merchant or support desk: cause and remedy
     */
    public String operatorMessage(Locale locale) {
        return Messages.get(locale, messageKey + ".operator");
    }

    /**
     * @param locale as for {@link #operatorMessage(Locale)}
     * @return the short message shown to the cardholder
     */
    public String cardholderMessage(Locale locale) {
        return Messages.get(locale, messageKey + ".cardholder");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnosis d && d.code.equals(code) && d.category == category
                && d.retryable == retryable && d.action == action && d.messageKey.equals(messageKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, category, retryable, action, messageKey);
    }

    @Override
    public String toString() {
        return "Diagnosis[" + code + " " + category + (retryable ? " retryable" : "") + " " + action.id() + "]";
    }
}
