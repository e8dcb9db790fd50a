package io.pos4j.examples.cli;

import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.Dialect;
import io.pos4j.testkit.FaultRule;
import io.pos4j.testkit.SimulatorSetup;
import io.pos4j.testkit.TestkitFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pos4j simulator --port P --dialect D [--accounts F] [--ledger F] [--faults SPEC]}: the
 * acquirer simulator of pos-testkit until stopped (Ctrl-C), one log line per message on stderr.
 */
@Command(name = "simulator", mixinStandardHelpOptions = true,
        description = {"Run the acquirer host simulator on 127.0.0.1 until stopped (Ctrl-C).",
            "Without --accounts: the demo set (terminal 12345678 / merchant 123456789012345, TMK and BDK "
                    + SimulatorSetup.DEMO_KEY_HEX + ", card 6222021234567890123 PIN 123456).",
            "Protocol: pos-testkit/PROTOCOL.md."})
public final class SimulatorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "TCP port on 127.0.0.1; 0 = any free port (printed)")
    int port;

    @Option(names = "--dialect", defaultValue = "cup", description = "cup or iso87-binary (default: ${DEFAULT-VALUE})")
    String dialect;

    @Option(names = "--accounts", description = "JSON-lines file of accounts and terminals (see pos-testkit README)")
    Path accounts;

    @Option(names = "--ledger", description = "ledger file: replayed if present, then appended (one JSON line per entry)")
    Path ledger;

    @Option(names = "--faults", description = "fault rules, e.g. 'drop:mti=0200:nth=2;code=91:p=0.1:seed=7'")
    String faults;

    @Option(names = "--max-pin-tries", defaultValue = "3", description = "wrong PINs before 75 (default: ${DEFAULT-VALUE})")
    int maxPinTries;

    @Option(names = "--terminal-timeout", defaultValue = "60s", description = "the terminal's timeout, for 'late' (default: ${DEFAULT-VALUE})")
    String terminalTimeout;

    @Option(names = "--duration", description = "stop after this long (e.g. 30s, 500ms; 0 = start, report, stop) instead of running until Ctrl-C")
    String duration;

    @Mixin
    OutputOptions output = new OutputOptions();

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile AcquirerSimulator running;

    @Override
    public Integer call() throws InterruptedException {
        Dialect d;
        try {
            d = Dialect.fromCliName(dialect);
        } catch (IllegalArgumentException e) {
            throw new CliException("--dialect: '" + dialect + "' (expected cup or iso87-binary)");
        }
        if (port < 0 || port > 65535) {
            throw new CliException("--port: " + port + " (expected 0 to 65535)");
        }
        SimulatorSetup setup = setup();
        List<FaultRule> rules = rules();
        Duration late = duration("--terminal-timeout", terminalTimeout);
        Duration runFor = duration == null ? null : duration("--duration", duration);
        AcquirerSimulator.Builder b = setup.applyTo(AcquirerSimulator.builder()).dialect(d).port(port)
                .terminalTimeout(late.isZero() ? Duration.ofSeconds(60) : late);
        try {
            b.maxPinTries(maxPinTries);
        } catch (IllegalArgumentException e) {
            throw new CliException("--max-pin-tries: " + maxPinTries + " (expected 1 or more)");
        }
        rules.forEach(b::fault);
        if (ledger != null) {
            b.ledgerFile(ledger);
        }
        AcquirerSimulator sim;
        try {
            sim = b.start();
        } catch (UncheckedIOException e) {
            throw new CliException((ledger != null ? "--ledger or --port: " : "--port: ") + e.getMessage());
        } catch (TestkitFormatException e) {
            throw new CliException("--ledger: " + e.getMessage());
        }
        running = sim;
        Thread hook = new Thread(() -> {
            stop.countDown();
            sim.close();
        }, "pos4j-simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            report(sim, setup, rules);
            started.countDown();
            if (runFor == null) {
                stop.await();
            } else {
                stop.await(runFor.toNanos(), TimeUnit.NANOSECONDS);
            }
        } finally {
            sim.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: nothing to remove
            }
        }
        if (!output.json()) {
            spec.commandLine().getOut().println("stopped: " + sim.ledger().size() + " ledger entries");
        }
        return 0;
    }

    private void report(AcquirerSimulator sim, SimulatorSetup setup, List<FaultRule> rules) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dialect", sim.dialect().cliName());
            m.put("host", "127.0.0.1");
            m.put("port", sim.port());
            m.put("accounts", setup.accounts().size());
            m.put("terminals", setup.terminals().size());
            m.put("faults", rules.size());
            m.put("ledger", ledger == null ? null : ledger.toString());
            JsonOutput.print(out, m);
        } else {
            out.println("pos4j simulator: " + sim.dialect().cliName() + " on 127.0.0.1:" + sim.port() + ", "
                    + setup.accounts().size() + " accounts, " + setup.terminals().size() + " terminals, "
                    + rules.size() + " fault rules" + (ledger == null ? "" : ", ledger " + ledger)
                    + (duration == null ? "; Ctrl-C to stop" : ""));
            out.flush();
        }
    }

    private SimulatorSetup setup() {
        if (accounts == null) {
            return SimulatorSetup.demo();
        }
        try {
            return SimulatorSetup.read(accounts);
        } catch (IOException e) {
            throw new CliException("--accounts: cannot read " + accounts + " (" + e.getClass().getSimpleName() + ")");
        } catch (TestkitFormatException e) {
            throw new CliException("--accounts: " + e.getMessage());
        }
    }

    private List<FaultRule> rules() {
        if (faults == null) {
            return new ArrayList<>();
        }
        try {
            return FaultRule.parse(faults);
        } catch (TestkitFormatException e) {
            throw new CliException("--faults: " + e.getMessage().replaceFirst("^line (\\d+): ", "rule $1: "));
        }
    }

    private static Duration duration(String option, String text) {
        try {
            if (text.equals("0")) {
                return Duration.ZERO;
            }
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            if (text.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new CliException(option + ": '" + text + "' (expected a duration such as 500ms, 30s or 5m)");
    }

    /** For tests: waits until listening and returns the simulator (null on timeout). */
    AcquirerSimulator awaitStarted(long millis) throws InterruptedException {
        return started.await(millis, TimeUnit.MILLISECONDS) ? running : null;
    }

    /** For tests: the Ctrl-C equivalent. */
    void stop() {
        stop.countDown();
    }
}
