package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 7 lands. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "A scripted terminal day against the embedded acquirer simulator.")
public final class DemoCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 7";
    }
}
