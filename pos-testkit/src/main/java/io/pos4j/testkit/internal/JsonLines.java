package io.pos4j.testkit.internal;

import io.pos4j.testkit.TestkitFormatException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deliberately tiny JSON codec for flat objects (one per line) whose values are strings, whole
 * numbers, booleans or null: the shape of the ledger, accounts and terminal records. Nested arrays
 * and objects, fractions and exponents are rejected with the column where they start.
 */
public final class JsonLines {
    private JsonLines() {
    }

    /**
     * Writes one flat object on one line (no trailing newline).
     *
     * @param fields name to value: {@link String}, {@link Long}, {@link Integer}, {@link Boolean} or null
     * @return the JSON text
     */
    public static String write(Map<String, ?> fields) {
        StringBuilder sb = new StringBuilder(256);
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            quote(sb, e.getKey());
            sb.append(':');
            Object v = e.getValue();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof String s) {
                quote(sb, s);
            } else if (v instanceof Long || v instanceof Integer || v instanceof Boolean) {
                sb.append(v);
            } else {
                throw new IllegalArgumentException("unsupported value type for " + e.getKey() + ": " + v.getClass().getSimpleName());
            }
        }
        return sb.append('}').toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * Reads one flat object.
     *
     * @param text       the line
     * @param lineNumber 1-based, for error messages
     * @return name to value ({@link String}, {@link Long}, {@link Boolean} or null), in order
     * @throws TestkitFormatException for anything else, naming line and column, never the text
     */
    public static Map<String, Object> read(String text, int lineNumber) {
        return new Parser(text, lineNumber).object();
    }

    private static final class Parser {
        private final String s;
        private final int line;
        private int pos;

        Parser(String s, int line) {
            this.s = s;
            this.line = line;
        }

        private TestkitFormatException fail(String reason) {
            return new TestkitFormatException(line, pos + 1, reason);
        }

        private void ws() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t' || s.charAt(pos) == '\r')) {
                pos++;
            }
        }

        private char peek(String expected) {
            if (pos >= s.length()) {
                throw fail("unexpected end of line (expected " + expected + ")");
            }
            return s.charAt(pos);
        }

        Map<String, Object> object() {
            Map<String, Object> out = new LinkedHashMap<>();
            ws();
            if (peek("'{'") != '{') {
                throw fail("expected '{'");
            }
            pos++;
            ws();
            if (peek("'}' or a name") == '}') {
                pos++;
            } else {
                while (true) {
                    ws();
                    if (peek("a name") != '"') {
                        throw fail("expected a quoted name");
                    }
                    int nameAt = pos;
                    String name = string();
                    ws();
                    if (peek("':'") != ':') {
                        throw fail("expected ':'");
                    }
                    pos++;
                    ws();
                    if (out.containsKey(name)) {
                        pos = nameAt;
                        throw fail("duplicate name");
                    }
                    out.put(name, value());
                    ws();
                    char c = peek("',' or '}'");
                    pos++;
                    if (c == '}') {
                        break;
                    }
                    if (c != ',') {
                        pos--;
                        throw fail("expected ',' or '}'");
                    }
                }
            }
            ws();
            if (pos != s.length()) {
                throw fail("unexpected text after the object");
            }
            return out;
        }

        private Object value() {
            char c = peek("a value");
            if (c == '"') {
                return string();
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                return number();
            }
            if (s.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            throw fail("expected a string, whole number, true, false or null");
        }

        private Long number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            int digits = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == digits) {
                throw fail("expected a digit");
            }
            if (pos - digits > 18) {
                pos = start;
                throw fail("number has more than 18 digits");
            }
            if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                throw fail("expected a whole number");
            }
            return Long.parseLong(s, start, pos, 10);
        }

        private String string() {
            pos++; // opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = peek("closing '\"'");
                pos++;
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw fail("control character in string");
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = peek("an escape");
                pos++;
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw fail("expected 4 hex digits after \\u");
                        }
                        int v = 0;
                        for (int i = 0; i < 4; i++) {
                            int d = Character.digit(s.charAt(pos), 16);
                            if (d < 0) {
                                throw fail("expected a hex digit");
                            }
                            v = v * 16 + d;
                            pos++;
                        }
                        sb.append((char) v);
                    }
                    default -> {
                        pos--;
                        throw fail("unknown escape");
                    }
                }
            }
        }
    }
}
