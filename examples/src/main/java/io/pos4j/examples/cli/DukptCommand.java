package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 5 lands. */
@Command(name = "dukpt", mixinStandardHelpOptions = true, description = "TDES and AES DUKPT: initial keys, working keys, PIN blocks.")
public final class DukptCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 5";
    }
}
