package io.pos4j.examples.cli;

import io.pos4j.terminal.Diagnosis;
import io.pos4j.terminal.ResponseCodeTable;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pos4j explain CODE [--lang en|zh] [--acquirer cup|iso87] [--json]}. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a response code (DE 39) or a local failure cause (timeout, no-connection, "
                + "response-mac-wrong, kcv-mismatch, card-read-failure, keys-missing, terminal-locked, ...).")
public final class ExplainCommand implements Callable<Integer> {

    /** Message language. */
    public enum Lang {
        /** English */
        en,
        /** Simplified Chinese */
        zh
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "response code such as 51 or A0, or a local cause")
    String code;

    @Option(names = "--lang", defaultValue = "en", description = "en or zh (default: ${DEFAULT-VALUE})")
    Lang lang;

    @Option(names = "--acquirer", defaultValue = "cup",
            description = "response-code table: cup or iso87 (default: ${DEFAULT-VALUE})")
    String acquirer;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        ResponseCodeTable table;
        Diagnosis d;
        try {
            table = ResponseCodeTable.named(acquirer);
            d = Diagnosis.explain(code, table);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        Locale locale = lang == Lang.zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("category", d.category().name());
        m.put("retryable", d.retryable());
        m.put("action", d.action().id());
        m.put("operator", d.operatorMessage(locale));
        m.put("cardholder", d.cardholderMessage(locale));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            JsonOutput.print(out, m);
        } else {
            out.println(d.code() + "  " + d.category() + (d.retryable() ? ", retryable" : ", not retryable")
                    + ", action: " + d.action().id() + "  [" + table.name() + "]");
            out.println("operator:   " + d.operatorMessage(locale));
            out.println("cardholder: " + d.cardholderMessage(locale));
            out.flush();
        }
        return 0;
    }
}
