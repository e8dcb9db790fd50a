package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 7 lands. */
@Command(name = "soak", mixinStandardHelpOptions = true, description = "Run purchases against a running simulator, resuming from the journal.")
public final class SoakCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 7";
    }
}
