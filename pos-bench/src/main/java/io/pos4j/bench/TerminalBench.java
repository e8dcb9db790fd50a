package io.pos4j.bench;

import io.pos4j.pin.DukptStateStore;
import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.Pin;
import io.pos4j.terminal.AcquirerProfile;
import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.Terminal;
import io.pos4j.terminal.TransactionResult;
import io.pos4j.terminal.spi.FileDukptStateStore;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.JournalRecord;
import io.pos4j.terminal.spi.TcpHostLink;
import io.pos4j.terminal.spi.TransactionJournal;
import io.pos4j.testkit.Account;
import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.Dialect;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A purchase through the whole stack on loopback: terminal (PIN block, MAC, journal) -> TCP ->
 * pos-testkit's simulator (decode, PIN verify, ledger, MAC) -> back. {@code journal=file} fsyncs
 * every record as in production ({@code FileChannel.force}); {@code journal=memory} keeps records in a
 * list, so the difference is the journal's durability cost. {@code acquirer=iso87} runs the ISO 87
 * binary / TDES DUKPT profile against the simulator in {@code iso87-binary} mode: every purchase takes
 * a new DUKPT counter, saved before use (with {@code journal=file} in a {@code FileDukptStateStore}:
 * write-temp + fsync + rename; with {@code journal=memory} in memory). {@code fsync_only} times one
 * 200-byte append + force on the same file system. Sample mode reports p50 and p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class TerminalBench {

    static final String PAN = "6222021234567890123";
    static final byte[] TMK = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
    static final byte[] ICC = HexFormat.of().parseHex("9F2608C2A5F1D2E3B4A5969F2701809F3704A1B2C3D49F3602001E");

    @Param({"file", "memory"})
    public String journal;

    @Param({"cup", "iso87"})
    public String acquirer;

    private Path dir;
    private AcquirerSimulator sim;
    private KeyHandle tmk;
    private TransactionJournal tj;
    private Terminal terminal;
    private CardInput card;
    private FileChannel raw;
    private final ByteBuffer record = ByteBuffer.allocate(200);

    /** A journal without durability, to isolate the cost of fsync. */
    static final class MemoryJournal implements TransactionJournal {
        private final List<JournalRecord> records = new ArrayList<>();

        @Override
        public JournalRecord append(JournalRecord r) {
            JournalRecord s = r.withSequence(records.size() + 1);
            records.add(s);
            return s;
        }

        @Override
        public List<JournalRecord> records() {
            return records;
        }

        @Override
        public RecoveryReport recoveryReport() {
            return new RecoveryReport(0, 0, 0);
        }

        @Override
        public void close() {
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("pos4j-bench");
        boolean iso87 = acquirer.equals("iso87");
        sim = AcquirerSimulator.builder().dialect(iso87 ? Dialect.ISO87_BINARY : Dialect.CUP)
                .terminal(io.pos4j.testkit.Terminal.builder("12345678", "123456789012345").tmk(TMK).bdk(TMK).build())
                .account(Account.builder(PAN).pin("123456").balance(Long.MAX_VALUE / 4).build())
                .start();
        tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, TMK, InsecureKeyAccess.get());
        tj = journal.equals("file") ? FileJournal.open(dir) : new MemoryJournal();
        AcquirerProfile profile = AcquirerProfile.cup(tmk);
        if (iso87) {
            DukptStateStore store = journal.equals("file") ? FileDukptStateStore.of(dir.resolve("dukpt.state"))
                    : DukptStateStore.inMemory();
            // the ANSI X9.24-1 Annex A IPEK of BDK TMK and KSN FFFF9876543210E00000
            try (KeyHandle ipek = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION,
                    HexFormat.of().parseHex("6AC292FAA1315B4D858AB3A3D7D5933A"), InsecureKeyAccess.get())) {
                profile = AcquirerProfile.iso87Dukpt(DukptTerminal.loadTdes(ipek, Ksn.parse("FFFF9876543210E00000"),
                        store));
            }
        }
        terminal = Terminal.builder().terminalId("12345678").merchantId("123456789012345").acquirer(profile)
                .link(TcpHostLink.to(sim.address())).journal(tj).build();
        if (!terminal.signIn().ok()) {
            throw new IllegalStateException("sign-in failed");
        }
        card = CardInput.chip(PAN, "4912", "001", ICC);
        raw = FileChannel.open(dir.resolve("fsync.bin"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        terminal.close();
        tj.close();
        raw.close();
        sim.close();
        tmk.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public TransactionResult purchase() {
        try (Pin pin = Pin.parse("123456")) {
            TransactionResult r = terminal.purchase(card, 100, pin);
            if (!r.approved()) {
                throw new IllegalStateException("not approved: " + r.outcome());
            }
            return r;
        }
    }

    @Benchmark
    public long fsync_only() throws IOException {
        record.clear();
        raw.write(record);
        raw.force(false);
        return raw.position();
    }
}
