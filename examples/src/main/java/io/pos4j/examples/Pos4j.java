package io.pos4j.examples;

import io.pos4j.examples.cli.DecodeCommand;
import io.pos4j.examples.cli.DemoCommand;
import io.pos4j.examples.cli.DukptCommand;
import io.pos4j.examples.cli.EncodeCommand;
import io.pos4j.examples.cli.ErrorReporting;
import io.pos4j.examples.cli.ExplainCommand;
import io.pos4j.examples.cli.JournalCommand;
import io.pos4j.examples.cli.KcvCommand;
import io.pos4j.examples.cli.MacCommand;
import io.pos4j.examples.cli.PinCommand;
import io.pos4j.examples.cli.SimulatorCommand;
import io.pos4j.examples.cli.SoakCommand;
import io.pos4j.examples.cli.TlvCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pos4j} command-line tool. Contract (DESIGN.md): every command takes {@code --json};
 * errors exit with status 2 and one stderr line starting {@code error:}; no stack trace unless
 * {@code --debug}. Without a command it runs {@code demo}.
 */
@Command(name = "pos4j",
        mixinStandardHelpOptions = true,
        versionProvider = Pos4j.Version.class,
        description = "Payment-terminal toolkit: ISO 8583, EMV TLV, PIN blocks, DUKPT, MACs, a terminal and an acquirer simulator.",
        subcommands = {
            DemoCommand.class,
            DecodeCommand.class,
            EncodeCommand.class,
            TlvCommand.class,
            PinCommand.class,
            DukptCommand.class,
            MacCommand.class,
            KcvCommand.class,
            ExplainCommand.class,
            SimulatorCommand.class,
            SoakCommand.class,
            JournalCommand.class
        })
public final class Pos4j {

    /** Exit status for every error: bad input, bad option, failed command. */
    public static final int EXIT_ERROR = 2;

    private Pos4j() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs one command line and returns its exit status; used by {@link #main} and by tests.
     *
     * @param args the arguments; empty means {@code demo}
     * @param out  standard output
     * @param err  standard error
     * @return 0 on success, {@link #EXIT_ERROR} on any error
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String[] effective = args.length == 0 ? new String[] {"demo"} : args;
        boolean debug = false;
        for (String a : effective) {
            debug |= a.equals("--debug");
        }
        CommandLine cli = newCommandLine(out, err, debug);
        return cli.execute(effective);
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine cli = new CommandLine(new Pos4j());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorReporting reporting = new ErrorReporting(debug);
        cli.setParameterExceptionHandler(reporting);
        cli.setExecutionExceptionHandler(reporting);
        return cli;
    }

    /** Reads the version filtered in at build time. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Pos4j.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"pos4j " + p.getProperty("version", "unknown"),
                "Java " + Runtime.version()};
        }
    }
}
