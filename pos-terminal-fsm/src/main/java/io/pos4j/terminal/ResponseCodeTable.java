package io.pos4j.terminal;

import io.pos4j.terminal.internal.ResponseCodeTables;
import java.util.Collection;
import java.util.Optional;

/**
 * One acquirer's meaning of response codes. Codes differ by network (UnionPay's {@code A0} is a MAC
 * error, a German network uses {@code 97}), so the terminal never hard-codes them: it looks them up
 * here. Implementations are immutable and thread-safe.
 */
public interface ResponseCodeTable {

    /** @return the table's name ({@code cup}, {@code iso87}) */
    String name();

    /**
     * @param code a two-character response code, any case
     * @return the rule, or empty when the table does not know the code
     */
    Optional<ResponseCodeRule> rule(String code);

    /** @return every rule in the table, in code order */
    Collection<ResponseCodeRule> rules();

    /**
     * The rule for {@code code}, or the conservative default for an unknown code: a host decline,
     * not retryable.
     *
     * @param code a two-character response code
     * @return the rule
     */
    default ResponseCodeRule ruleOrDefault(String code) {
        return rule(code).orElseGet(() -> new ResponseCodeRule(code.toUpperCase(java.util.Locale.ROOT),
                DiagnosisCategory.HOST, false, Action.DECLINED, "rc.unknown"));
    }

    /**
     * China UnionPay terminal codes: ISO codes plus {@code 22} (terminal state, sign in again),
     * {@code 77} (batch mismatch, sign in again), {@code 97} (terminal not signed in),
     * {@code 99} (PIN format error, sign in again) and {@code A0} (MAC error, sign in again).
     *
     * @return the table
     */
    static ResponseCodeTable cup() {
        return ResponseCodeTables.CUP;
    }

    /** @return the plain ISO 8583:1987 table (no national-use codes) */
    static ResponseCodeTable iso87() {
        return ResponseCodeTables.ISO87;
    }

    /**
     * @param name {@code cup} or {@code iso87}, any case
     * @return the table
     * @throws IllegalArgumentException for another name
     */
    static ResponseCodeTable named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "cup" -> cup();
            case "iso87", "iso87-binary" -> iso87();
            default -> throw new IllegalArgumentException("unknown response-code table: " + name
                    + " (expected cup or iso87)");
        };
    }
}
