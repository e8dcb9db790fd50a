package io.pos4j.pin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one loader of {@code vectors/pin-crypto.json} (a copy of ../shared/vectors). Includes a
 * minimal JSON reader because the module's tests may depend on JUnit and jqwik only.
 */
final class Vectors {

    /** One vector: id, algorithm, direction, params, inputs, expected, reject flag. */
    record Vector(String id, String algorithm, String direction, Map<String, Object> params,
            Map<String, Object> inputs, Map<String, Object> expected, boolean expectError,
            java.util.Set<String> consumed) {

        String in(String name) {
            return (String) inputs.get(name);
        }

        /** The expected value; records that the field was checked. */
        String out(String name) {
            if (!expected.containsKey(name)) {
                throw new IllegalArgumentException(id + " has no expected " + name);
            }
            consumed.add(name);
            return (String) expected.get(name);
        }

        byte[] inHex(String name) {
            return HexFormat.of().parseHex(in(name));
        }

        byte[] outHex(String name) {
            return HexFormat.of().parseHex(out(name));
        }

        boolean has(String name) {
            return inputs.containsKey(name);
        }

        boolean expects(String name) {
            return expected.containsKey(name);
        }

        Object param(String name) {
            return params.get(name);
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private static List<Vector> all;

    private Vectors() {
    }

    static synchronized List<Vector> all() {
        if (all == null) {
            all = load();
        }
        return all;
    }

    static List<Vector> of(String algorithm) {
        return all().stream().filter(v -> v.algorithm().equals(algorithm)).toList();
    }

    static int declaredCount() {
        return ((Number) root().get("count")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> root() {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/pin-crypto.json")) {
            if (in == null) {
                throw new IllegalStateException("vectors/pin-crypto.json not on the test classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return (Map<String, Object>) new Json(text).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Vector> load() {
        List<Vector> out = new ArrayList<>();
        for (Object o : (List<Object>) root().get("vectors")) {
            Map<String, Object> m = (Map<String, Object>) o;
            out.add(new Vector((String) m.get("id"), (String) m.get("algorithm"),
                    (String) m.getOrDefault("direction", ""),
                    (Map<String, Object>) m.getOrDefault("params", Map.of()),
                    (Map<String, Object>) m.get("inputs"),
                    (Map<String, Object>) m.get("expected"),
                    Boolean.TRUE.equals(m.get("expect_error")),
                    java.util.concurrent.ConcurrentHashMap.newKeySet()));
        }
        return List.copyOf(out);
    }

    /** A small strict JSON reader: objects, arrays, strings, numbers, true/false/null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default:
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return new java.math.BigDecimal(s.substring(start, i));
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i++) != c) {
                throw new IllegalStateException("JSON: expected " + c + " at " + (i - 1));
            }
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
