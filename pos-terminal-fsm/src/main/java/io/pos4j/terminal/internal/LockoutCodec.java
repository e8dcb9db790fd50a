package io.pos4j.terminal.internal;

import io.pos4j.terminal.CardKey;
import io.pos4j.terminal.LockoutState;
import io.pos4j.terminal.LockoutState.CardCounter;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lockout state as journal fields: {@code signIn}, {@code mac}, {@code locked}, {@code cards}. */
final class LockoutCodec {

    private LockoutCodec() {
    }

    static Map<String, String> encode(LockoutState s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("signIn", Integer.toString(s.signInFailures()));
        m.put("mac", Integer.toString(s.macFailures()));
        m.put("locked", Boolean.toString(s.terminalLocked()));
        StringBuilder cards = new StringBuilder();
        s.cards().forEach((k, c) -> cards.append(cards.length() == 0 ? "" : ";").append(k.hex()).append(',')
                .append(c.wrongPins()).append(',').append(c.windowStart().toEpochMilli()).append(',')
                .append(c.locked()));
        m.put("cards", cards.toString());
        return m;
    }

    static LockoutState decode(Map<String, String> f) {
        Map<CardKey, CardCounter> cards = new HashMap<>();
        String c = f.getOrDefault("cards", "");
        if (!c.isEmpty()) {
            for (String e : c.split(";")) {
                String[] p = e.split(",");
                cards.put(new CardKey(p[0]), new CardCounter(Integer.parseInt(p[1]),
                        Instant.ofEpochMilli(Long.parseLong(p[2])), Boolean.parseBoolean(p[3])));
            }
        }
        return new LockoutState(cards, Integer.parseInt(f.get("signIn")), Integer.parseInt(f.get("mac")),
                Boolean.parseBoolean(f.get("locked")));
    }
}
