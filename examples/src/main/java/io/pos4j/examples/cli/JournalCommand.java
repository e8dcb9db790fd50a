package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 7 lands. */
@Command(name = "journal", mixinStandardHelpOptions = true, description = "Dump a terminal journal (masked).")
public final class JournalCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 7";
    }
}
