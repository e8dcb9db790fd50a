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
import picocli.CommandLine.Mixin;
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

    @Mixin
    OutputOptions output = new OutputOptions();

    /**
     * Where each journaled transaction stands (the latest status record wins), for reconciliation.
     *
     * @param records the journal
     * @return counts: transactions, completed, declined, reversed, reversalPending, reversalExpired, amountCompleted
     */
    static Map<String, Object> summary(List<JournalRecord> records) {
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, Long> amount = new LinkedHashMap<>();
        for (JournalRecord r : records) {
            String id = r.get("id");
            if (id == null) {
                continue;
            }
            switch (r.type()) {
                case "txn" -> {
                    status.put(id, "armed");
                    amount.put(id, Long.parseLong(r.fields().getOrDefault("amount", "0")));
                }
                case "completed", "declined", "reversal-pending", "reversal-acked", "reversal-expired" -> {
                    if (status.containsKey(id)) {
                        status.put(id, r.type());
                    }
                }
                default -> {
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transactions", status.size());
        m.put("completed", status.values().stream().filter("completed"::equals).count());
        m.put("declined", status.values().stream().filter("declined"::equals).count());
        m.put("reversed", status.values().stream().filter("reversal-acked"::equals).count());
        m.put("reversalPending", status.values().stream().filter(s -> s.equals("reversal-pending")
                || s.equals("armed")).count());
        m.put("reversalExpired", status.values().stream().filter("reversal-expired"::equals).count());
        m.put("amountCompleted", status.entrySet().stream().filter(e -> e.getValue().equals("completed"))
                .mapToLong(e -> amount.get(e.getKey())).sum());
        return m;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(dir.resolve(FileJournal.FILE_NAME))) {
            throw new CliException("--journal: no " + FileJournal.FILE_NAME + " in " + dir);
        }
        List<JournalRecord> records = FileJournal.read(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
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
            doc.put("summary", summary(records));
            JsonOutput.print(out, doc);
        } else {
            for (JournalRecord r : records) {
                out.println(String.format("%6d %s %-16s %s", r.sequence(), r.time(), r.type(), r.masked()));
            }
            out.println(records.size() + " record(s); " + summary(records));
            out.flush();
        }
        return 0;
    }
}
