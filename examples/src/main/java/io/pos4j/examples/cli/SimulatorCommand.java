package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 6 lands. */
@Command(name = "simulator", mixinStandardHelpOptions = true, description = "Run the acquirer host simulator until stopped.")
public final class SimulatorCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 6";
    }
}
