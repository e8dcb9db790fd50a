package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 4 lands. */
@Command(name = "encode", mixinStandardHelpOptions = true, description = "Encode fields (JSON) into an ISO 8583 message.")
public final class EncodeCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 4";
    }
}
