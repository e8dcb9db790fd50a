package io.pos4j.examples.cli;

import picocli.CommandLine.Command;

/** Placeholder until issue 5 lands. */
@Command(name = "mac", mixinStandardHelpOptions = true, description = "Compute a MAC: ISO 9797-1 algorithms 1 and 3, CMAC, UnionPay ECB.")
public final class MacCommand extends PendingCommand {
    @Override
    String issue() {
        return "issue 5";
    }
}
