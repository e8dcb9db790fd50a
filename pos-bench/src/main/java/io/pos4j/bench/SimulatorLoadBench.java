package io.pos4j.bench;

import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.Account;
import io.pos4j.testkit.CupTestTerminal;
import io.pos4j.testkit.Terminal;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Load on the pos-testkit acquirer simulator: 100 JMH threads, each a signed-in {@code cup}
 * terminal on its own loopback connection, each operation one complete 0200 purchase -> 0210
 * exchange (request built, PIN block encrypted under the PIK when {@code pin}, UnionPay ECB MAC,
 * framed, sent; the simulator decodes, verifies the MAC, decrypts and checks the PIN, debits,
 * records the ledger entry, MACs and sends the answer; the terminal decodes and verifies the answer
 * MAC). Client and server share the same 2 cores, so the figure is a lower bound for the server.
 * Throughput across all threads = authorizations per second. Goal: 20,000/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(100)
public class SimulatorLoadBench {
    static final byte[] TMK = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
    static final String MID = "123456789012345";
    static final int TERMINALS = 100;

    /** The simulator, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Host {
        AcquirerSimulator sim;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void start() {
            AcquirerSimulator.Builder b = AcquirerSimulator.builder().terminalTimeout(java.time.Duration.ofSeconds(60));
            for (int i = 0; i < TERMINALS; i++) {
                b.terminal(Terminal.builder(tid(i), MID).tmk(TMK).build());
                b.account(Account.builder(pan(i)).pin("123456").balance(1_000_000_000_000L).build());
            }
            sim = b.start();
        }

        @TearDown(Level.Trial)
        public void stop() {
            sim.close();
        }
    }

    /** One terminal per thread, signed in once. */
    @State(Scope.Thread)
    public static class Lane {
        @Param({"true", "false"})
        public boolean pin;

        CupTestTerminal terminal;
        String pan;

        @Setup(Level.Trial)
        public void connect(Host host) throws IOException {
            int i = host.next.getAndIncrement() % TERMINALS;
            pan = pan(i);
            terminal = CupTestTerminal.connect(host.sim.port(), tid(i), MID, TMK);
            if (!"00".equals(terminal.signIn().responseCode())) {
                throw new IllegalStateException("sign-in failed for " + tid(i));
            }
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            terminal.close();
        }
    }

    static String tid(int i) {
        return String.format("BN%06d", i);
    }

    static String pan(int i) {
        return String.format("622202000000000%04d", i);
    }

    @Benchmark
    public String authorization(Lane lane) throws IOException {
        CupTestTerminal.Exchange x = lane.terminal.purchase(lane.pan, 1, lane.pin ? "123456" : null);
        if (!x.macValid()) {
            throw new IllegalStateException("answer " + x.responseCode() + " without a valid MAC");
        }
        return x.responseCode();
    }
}
