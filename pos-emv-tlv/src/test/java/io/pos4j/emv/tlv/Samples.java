package io.pos4j.emv.tlv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Loads src/test/resources/emv-tlv.txt (a copy of shared/samples/emv-tlv.txt). */
final class Samples {

    record Sample(String id, String description, byte[] bytes) {
    }

    private static final Map<String, Sample> ALL = load();

    private Samples() {
    }

    static Map<String, Sample> all() {
        return ALL;
    }

    static byte[] hex(String id) {
        Sample s = ALL.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no sample " + id);
        }
        return s.bytes().clone();
    }

    private static Map<String, Sample> load() {
        Map<String, Sample> out = new LinkedHashMap<>();
        try (InputStream in = Samples.class.getResourceAsStream("/emv-tlv.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            String header = null;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line;
                } else {
                    String id = header.substring(0, header.indexOf('|')).strip();
                    out.put(id, new Sample(id, header, HexFormat.of().parseHex(line)));
                    header = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
