package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 5 lands. */
@Command(name = "pin", mixinStandardHelpOptions = true, description = "Encode or decode ISO 9564 PIN blocks (formats 0-4, cup-sm4).")
public final class PinCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 5";
    }
}
