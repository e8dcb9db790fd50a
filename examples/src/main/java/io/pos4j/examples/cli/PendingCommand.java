package io.pos4j.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Unmatched;

/**
 * A command whose module has not landed yet: it says so and exits 2, naming the issue. Replaced
 * command by command as the modules land (see README's status table).
 */
abstract class PendingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "machine output: one JSON document on stdout")
    boolean json;

    @Unmatched
    String[] ignored;

    abstract String issue();

    @Override
    public Integer call() {
        throw new CliException("'" + spec.name() + "' is not implemented yet (" + issue() + ")");
    }
}
