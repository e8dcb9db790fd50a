package io.pos4j.terminal.internal;

import static io.pos4j.terminal.Action.CARD_LOCKED;
import static io.pos4j.terminal.Action.COMPLETED;
import static io.pos4j.terminal.Action.DECLINED;
import static io.pos4j.terminal.Action.PIN_REENTRY;
import static io.pos4j.terminal.Action.RETRY_LATER;
import static io.pos4j.terminal.Action.SIGN_IN_AGAIN;
import static io.pos4j.terminal.DiagnosisCategory.CARD;
import static io.pos4j.terminal.DiagnosisCategory.HOST;
import static io.pos4j.terminal.DiagnosisCategory.KEYS;
import static io.pos4j.terminal.DiagnosisCategory.NETWORK;
import static io.pos4j.terminal.DiagnosisCategory.PIN;
import static io.pos4j.terminal.DiagnosisCategory.TERMINAL;

import io.pos4j.terminal.Action;
import io.pos4j.terminal.DiagnosisCategory;
import io.pos4j.terminal.ResponseCodeRule;
import io.pos4j.terminal.ResponseCodeTable;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The built-in response-code tables. */
public final class ResponseCodeTables implements ResponseCodeTable {

    /** ISO 8583:1987 codes as used by most acquirers. */
    public static final ResponseCodeTables ISO87 = new ResponseCodeTables("iso87", iso87Rules());

    /** China UnionPay terminal codes. */
    public static final ResponseCodeTables CUP = new ResponseCodeTables("cup", cupRules());

    private final String name;
    private final Map<String, ResponseCodeRule> rules;

    private ResponseCodeTables(String name, Map<String, ResponseCodeRule> rules) {
        this.name = name;
        this.rules = Collections.unmodifiableMap(rules);
    }

    private static Map<String, ResponseCodeRule> iso87Rules() {
        Map<String, ResponseCodeRule> m = new TreeMap<>();
        put(m, "00", HOST, false, COMPLETED);
        put(m, "03", TERMINAL, false, DECLINED);
        put(m, "05", CARD, false, DECLINED);
        put(m, "12", HOST, false, DECLINED);
        put(m, "13", TERMINAL, false, DECLINED);
        put(m, "14", CARD, false, DECLINED);
        put(m, "30", TERMINAL, false, DECLINED);
        put(m, "34", CARD, false, DECLINED);
        put(m, "41", CARD, false, DECLINED);
        put(m, "43", CARD, false, DECLINED);
        put(m, "51", CARD, false, DECLINED);
        put(m, "54", CARD, false, DECLINED);
        put(m, "55", PIN, true, PIN_REENTRY);
        put(m, "57", CARD, false, DECLINED);
        put(m, "58", TERMINAL, false, DECLINED);
        put(m, "59", CARD, false, DECLINED);
        put(m, "61", CARD, false, DECLINED);
        put(m, "65", CARD, false, DECLINED);
        put(m, "68", NETWORK, true, RETRY_LATER);
        put(m, "75", PIN, false, CARD_LOCKED);
        put(m, "91", HOST, true, RETRY_LATER);
        put(m, "94", TERMINAL, true, RETRY_LATER);
        put(m, "96", HOST, true, RETRY_LATER);
        return m;
    }

    private static Map<String, ResponseCodeRule> cupRules() {
        Map<String, ResponseCodeRule> m = iso87Rules();
        m.put("22", new ResponseCodeRule("22", TERMINAL, true, SIGN_IN_AGAIN, "cup.rc.22"));
        m.put("77", new ResponseCodeRule("77", TERMINAL, true, SIGN_IN_AGAIN, "cup.rc.77"));
        m.put("97", new ResponseCodeRule("97", TERMINAL, true, SIGN_IN_AGAIN, "cup.rc.97"));
        m.put("99", new ResponseCodeRule("99", KEYS, true, SIGN_IN_AGAIN, "cup.rc.99"));
        m.put("A0", new ResponseCodeRule("A0", KEYS, true, SIGN_IN_AGAIN, "cup.rc.A0"));
        return m;
    }

    private static void put(Map<String, ResponseCodeRule> m, String code, DiagnosisCategory c, boolean retry,
                            Action a) {
        m.put(code, new ResponseCodeRule(code, c, retry, a, "rc." + code));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<ResponseCodeRule> rule(String code) {
        return Optional.ofNullable(rules.get(code.toUpperCase(Locale.ROOT)));
    }

    @Override
    public Collection<ResponseCodeRule> rules() {
        return rules.values();
    }

    @Override
    public String toString() {
        return "ResponseCodeTable[" + name + ", " + rules.size() + " codes]";
    }
}
