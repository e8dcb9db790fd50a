package io.pos4j.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pos4j demo [--json] [--lang en|zh]}: a scripted terminal day against the embedded acquirer
 * simulator; exit 0 only when every scenario behaved as scripted.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "A scripted terminal day against the embedded acquirer simulator (loopback): sign-in, "
                + "chip purchase with online PIN, wrong PIN, PIN lockout, insufficient funds, host timeout with "
                + "reversal, bad response MAC, restart with journal recovery, settlement. "
                + "--json: {\"scenarios\":[{name,outcome,expected,ok}],\"ok\"}.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--lang", defaultValue = "en", description = "language of diagnoses in the trace: en or zh")
    ExplainCommand.Lang lang;

    @Option(names = "--acquirer", defaultValue = "cup",
            description = "cup (master/session keys, default) or iso87 (ISO 8583:1987 binary, TDES DUKPT)")
    String acquirer;

    @Override
    public Integer call() {
        if (!output.debug() && System.getProperty("org.slf4j.simpleLogger.log.io.pos4j.testkit") == null) {
            // the embedded simulator logs every message; the demo prints its own masked trace
            System.setProperty("org.slf4j.simpleLogger.log.io.pos4j.testkit", "off");
        }
        if (!acquirer.equals("cup") && !acquirer.equals("iso87")) {
            throw new CliException("--acquirer: '" + acquirer + "' (expected cup or iso87)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = lang == ExplainCommand.Lang.zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        List<DemoScript.Scenario> result = new DemoScript(out, !output.json(), locale, acquirer.equals("iso87")).run();
        boolean ok = !result.isEmpty() && result.stream().allMatch(DemoScript.Scenario::ok);
        if (output.json()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (DemoScript.Scenario s : result) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", s.name());
                m.put("outcome", s.outcome());
                m.put("expected", s.expected());
                m.put("ok", s.ok());
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("scenarios", list);
            doc.put("ok", ok);
            JsonOutput.print(out, doc);
        } else {
            out.println();
            out.println(result.stream().filter(DemoScript.Scenario::ok).count() + "/" + result.size()
                    + " scenarios behaved as scripted" + (ok ? "" : " -- see [UNEXPECTED] above"));
            out.flush();
        }
        if (!ok) {
            throw new CliException(result.stream().filter(s -> !s.ok()).count() + " of " + result.size()
                    + " demo scenarios did not behave as scripted");
        }
        return 0;
    }
}
