package io.pos4j.examples.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The output options every command shares (DESIGN.md): {@code --json} for one JSON document on
 * stdout, and the hidden {@code --debug}. Used as a picocli {@code @Mixin}.
 */
public final class OutputOptions {

    @Option(names = "--json", description = "machine output: one JSON document on stdout")
    boolean json;

    @Mixin
    DebugOption debug = new DebugOption();

    /** @return whether {@code --json} was given */
    public boolean json() {
        return json;
    }

    /** @return whether {@code --debug} was given */
    public boolean debug() {
        return debug.debug();
    }

    /**
     * Prints a flat result: one JSON object with {@code --json}, else one {@code key: value} line per
     * entry, in the map's order.
     */
    void print(CommandSpec spec, Map<String, Object> m) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, m);
            return;
        }
        m.forEach((k, v) -> out.println(k + ": " + v));
        out.flush();
    }
}
