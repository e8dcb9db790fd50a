package io.pos4j.examples.cli;

import picocli.CommandLine.Option;

/**
 * The hidden {@code --debug} option (stack traces after the {@code error:} line; {@code Pos4j.run}
 * reads it before parsing so that parse errors get them too). A picocli {@code @Mixin}, for the
 * commands whose {@code --json} means something else (encode) or that have no output of their own.
 */
public final class DebugOption {

    @Option(names = "--debug", hidden = true)
    boolean debug;

    /** @return whether {@code --debug} was given */
    public boolean debug() {
        return debug;
    }
}
