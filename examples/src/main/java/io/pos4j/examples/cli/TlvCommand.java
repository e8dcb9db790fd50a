package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 3 lands. */
@Command(name = "tlv", mixinStandardHelpOptions = true, description = "Decode BER-TLV (EMV) data into a tree with tag names and decoded bits.")
public final class TlvCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 3";
    }
}
