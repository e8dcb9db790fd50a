package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 5 lands. */
@Command(name = "kcv", mixinStandardHelpOptions = true, description = "Compute a key check value.")
public final class KcvCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 5";
    }
}
