package io.pos4j.examples.cli;

import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.JournalRecord;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pos4j journal --journal DIR [--json]}: the terminal journal, masked, for reconciliation. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Dump a terminal journal (masked: PAN first 6 / last 4, no card data) for reconciliation.")
public final class JournalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "the terminal's journal directory")
    Path dir;

    @Option(names = "--json", description = "machine output: one JSON document on stdout")
    boolean json;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(dir.resolve(FileJournal.FILE_NAME))) {
            throw new CliException("--journal: no " + FileJournal.FILE_NAME + " in " + dir);
        }
        List<JournalRecord> records = FileJournal.read(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (JournalRecord r : records) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("seq", r.sequence());
                m.put("time", r.time().toString());
                m.put("type", r.type());
                m.put("fields", r.masked());
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("records", list);
            JsonOutput.print(out, doc);
        } else {
            for (JournalRecord r : records) {
                out.println(String.format("%6d %s %-16s %s", r.sequence(), r.time(), r.type(), r.masked()));
            }
            out.println(records.size() + " record(s)");
            out.flush();
        }
        return 0;
    }
}
