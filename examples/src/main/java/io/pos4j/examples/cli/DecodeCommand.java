package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 4 lands. */
@Command(name = "decode", mixinStandardHelpOptions = true, description = "Decode an ISO 8583 message into fields.")
public final class DecodeCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 4";
    }
}
