package io.pos4j.iso8583;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Loads src/test/resources/iso8583.txt (a copy of the project's shared samples). */
final class Samples {

    record Sample(String id, int index, byte[] bytes) {
        @Override
        public String toString() {
            return id + "#" + index;
        }
    }

    private Samples() {
    }

    static List<Sample> all() {
        try (InputStream in = Samples.class.getResourceAsStream("/iso8583.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Sample> out = new ArrayList<>();
            String id = null;
            int index = 0;
            for (String line : text.split("\n")) {
                if (line.startsWith("## ")) {
                    id = line.substring(3).split("\\s+")[0];
                    index = 0;
                } else if (line.startsWith("hex: ")) {
                    out.add(new Sample(id, index++, HexFormat.of().parseHex(line.substring(5).strip())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] get(String id, int index) {
        return all().stream().filter(s -> s.id().equals(id) && s.index() == index).findFirst().orElseThrow().bytes();
    }
}
