package io.pos4j.examples.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps docs/ from rotting: every fenced {@code java} block in a tutorial is preceded by
 * {@code <!-- snippet: Class#name -->} and must equal the code between {@code // [snippet:name]}
 * and {@code // [end:name]} in that tutorial class (which the build compiles and this test runs);
 * every block preceded by {@code <!-- output: Class -->} must appear, line by line and in order, in
 * what {@code Class.main} prints. Each English tutorial has a Simplified Chinese twin with the same
 * code blocks.
 */
class TutorialDocsTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Path[] SOURCES = {Path.of("src/main/java/io/pos4j/examples/tutorial"),
        Path.of("src/test/java/io/pos4j/examples/tutorial")};
    private static final Pattern MARKER = Pattern.compile("<!-- (snippet|output): ([A-Za-z]+)(?:#([a-z0-9-]+))? -->");
    private static final Map<String, String> OUTPUTS = new HashMap<>();

    record Block(String file, int line, String kind, String cls, String name, String text) {
    }

    static List<Path> tutorials() throws IOException {
        try (Stream<Path> s = Files.list(DOCS)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md")).sorted().toList();
        }
    }

    static List<Block> blocks(Path md) throws IOException {
        List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```")) {
                continue;
            }
            String lang = lines.get(i).substring(3).trim();
            int end = i + 1;
            while (!lines.get(end).equals("```")) {
                end++;
            }
            String text = String.join("\n", lines.subList(i + 1, end));
            Matcher m = i > 0 ? MARKER.matcher(lines.get(i - 1).trim()) : null;
            if (m != null && m.matches()) {
                out.add(new Block(md.getFileName().toString(), i + 1, m.group(1), m.group(2), m.group(3), text));
            } else if (lang.equals("java")) {
                fail(md.getFileName() + ":" + (i + 1) + ": java block without a <!-- snippet: Class#name --> marker");
            }
            i = end;
        }
        return out;
    }

    static String snippet(String cls, String name) throws IOException {
        for (Path dir : SOURCES) {
            Path f = dir.resolve(cls + ".java");
            if (Files.exists(f)) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                int a = src.indexOf("// [snippet:" + name + "]");
                int b = src.indexOf("// [end:" + name + "]");
                assertTrue(a >= 0 && b > a, cls + " has no snippet " + name);
                List<String> body = src.substring(src.indexOf('\n', a) + 1, b).lines().toList();
                body = body.subList(0, body.size() - (body.get(body.size() - 1).isBlank() ? 1 : 0));
                int indent = body.stream().filter(l -> !l.isBlank())
                        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
                return String.join("\n", body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
            }
        }
        throw new AssertionError("no tutorial class " + cls);
    }

    static synchronized String output(String cls) throws Exception {
        if (!OUTPUTS.containsKey(cls)) {
            PrintStream old = System.out;
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
                System.setOut(capture);
                Class.forName("io.pos4j.examples.tutorial." + cls).getMethod("main", String[].class)
                        .invoke(null, (Object) new String[0]);
            } finally {
                System.setOut(old);
            }
            OUTPUTS.put(cls, buf.toString(StandardCharsets.UTF_8));
        }
        return OUTPUTS.get(cls);
    }

    @TestFactory
    Stream<DynamicTest> everyBlock_matchesTheCodeAndItsOutput() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path md : tutorials()) {
            for (Block b : blocks(md)) {
                tests.add(DynamicTest.dynamicTest(b.file() + ":" + b.line() + " " + b.kind() + " " + b.cls(), () -> {
                    if (b.kind().equals("snippet")) {
                        assertEquals(snippet(b.cls(), b.name()), b.text(), b.file() + ":" + b.line());
                    } else {
                        List<String> actual = output(b.cls()).lines().toList();
                        int at = 0;
                        for (String want : b.text().lines().toList()) {
                            while (at < actual.size() && !actual.get(at).equals(want)) {
                                at++;
                            }
                            assertTrue(at < actual.size(), b.file() + ":" + b.line() + ": not printed (in order): " + want);
                            at++;
                        }
                    }
                }));
            }
        }
        assertFalse(tests.isEmpty(), "no tutorial blocks found in " + DOCS.toAbsolutePath());
        return tests.stream();
    }

    @Test
    void everyTutorial_hasAChineseTwinWithTheSameCode() throws IOException {
        List<Path> all = tutorials();
        List<Path> english = all.stream().filter(p -> !p.toString().endsWith(".zh-CN.md")).toList();
        assertEquals(6, english.size(), "six tutorials");
        for (Path en : english) {
            Path zh = en.resolveSibling(en.getFileName().toString().replace(".md", ".zh-CN.md"));
            assertTrue(Files.exists(zh), "missing " + zh.getFileName());
            assertEquals(blocks(en).stream().map(b -> b.kind() + b.cls() + b.name() + b.text()).toList(),
                    blocks(zh).stream().map(b -> b.kind() + b.cls() + b.name() + b.text()).toList(),
                    zh.getFileName() + " has the same code and output blocks as " + en.getFileName());
            assertTrue(blocks(en).stream().anyMatch(b -> b.kind().equals("output") || b.cls().equals("PlantedBugTest")),
                    en.getFileName() + " shows what its program prints");
        }
    }
}
