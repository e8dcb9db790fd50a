package io.pos4j.examples.cli;

import io.pos4j.examples.Pos4j;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into the CLI contract: one {@code error:} line on stderr and exit status 2.
 * Stack traces only with {@code --debug}.
 */
public final class ErrorReporting implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private final boolean debug;

    /** @param debug print stack traces after the error line */
    public ErrorReporting(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("error: " + oneLine(ex.getMessage()) + " (see '"
                + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return Pos4j.EXIT_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println("error: " + describe(ex));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return Pos4j.EXIT_ERROR;
    }

    /**
     * The text after {@code error:}. Our own exceptions carry messages written for users (field,
     * offset, expectation, never a value); anything else is named by type so a user can report it.
     */
    static String describe(Throwable ex) {
        String msg = ex.getMessage();
        if (ex instanceof CliException || ex.getClass().getName().startsWith("io.pos4j.")) {
            return oneLine(msg == null ? ex.getClass().getSimpleName() : msg);
        }
        return "internal error (" + ex.getClass().getSimpleName() + ")"
                + (msg == null ? "" : ": " + oneLine(msg)) + "; rerun with --debug for details";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ').strip();
    }
}
