package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 7 lands. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a response code or local failure cause.")
public final class ExplainCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 7";
    }
}
