package io.pos4j.examples.cli;

import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.PinException;
import io.pos4j.pin.Pin;
import io.pos4j.terminal.AcquirerProfile;
import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.RecoveryResult;
import io.pos4j.terminal.Terminal;
import io.pos4j.terminal.TransactionResult;
import io.pos4j.terminal.TransactionType;
import io.pos4j.terminal.spi.FileDukptStateStore;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.TcpHostLink;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pos4j soak --host H:P --journal DIR --transactions N [--seed S] [--acquirer cup|iso87] [--json]}:
 * purchases against a running {@code pos4j simulator} ({@code --dialect iso87-binary} for
 * {@code --acquirer iso87}), resuming from the journal (purchases already journaled count towards N).
 * With {@code iso87} the DUKPT device state lives in {@code DIR/dukpt.state} (test rig only: it holds
 * future keys in clear); the first run injects {@code --ipek}/{@code --ksn}, later runs continue it.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Run purchases against a running simulator, resuming from the journal. "
                + "--json: {\"approved\",\"declined\",\"reversed\",\"errors\"}.")
public final class SoakCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", required = true, paramLabel = "H:P", description = "simulator address, e.g. 127.0.0.1:8583")
    String host;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "the terminal's journal directory")
    Path dir;

    @Option(names = "--transactions", required = true, paramLabel = "N", description = "purchases in total")
    int transactions;

    @Option(names = "--seed", defaultValue = "1", description = "seed for amounts and PIN typos (default 1)")
    long seed;

    @Option(names = "--tid", defaultValue = DemoScript.TID, description = "terminal ID (default ${DEFAULT-VALUE})")
    String tid;

    @Option(names = "--mid", defaultValue = DemoScript.MID, description = "merchant ID (default ${DEFAULT-VALUE})")
    String mid;

    @Option(names = "--tmk", defaultValue = "0123456789ABCDEFFEDCBA9876543210",
            description = "terminal master key, hex (default: the simulator's test TMK)")
    String tmkHex;

    @Option(names = "--acquirer", defaultValue = "cup",
            description = "cup (master/session keys) or iso87 (ISO 8583:1987 binary, TDES DUKPT) (default ${DEFAULT-VALUE})")
    String acquirer;

    @Option(names = "--ipek", defaultValue = "6AC292FAA1315B4D858AB3A3D7D5933A",
            description = "iso87: initial DUKPT key injected on the first run, hex (default: the ANSI X9.24 test IPEK"
                    + " of the simulator's test BDK)")
    String ipekHex;

    @Option(names = "--ksn", defaultValue = "FFFF9876543210E00000",
            description = "iso87: initial KSN injected on the first run (default ${DEFAULT-VALUE})")
    String ksnHex;

    @Option(names = "--pan", defaultValue = DemoScript.CARD_OK, description = "card number (default ${DEFAULT-VALUE})")
    String pan;

    @Option(names = "--pin", defaultValue = DemoScript.PIN, description = "the card's PIN (default ${DEFAULT-VALUE})")
    String pin;

    @Option(names = "--timeout", defaultValue = "PT5S", description = "response timeout, ISO-8601 (default 5 s)")
    Duration timeout;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        if (transactions < 1) {
            throw new CliException("--transactions: must be at least 1");
        }
        int colon = host.lastIndexOf(':');
        if (colon < 1) {
            throw new CliException("--host: expected H:P, e.g. 127.0.0.1:8583");
        }
        int port;
        try {
            port = Integer.parseInt(host.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new CliException("--host: port is not a number");
        }
        InetSocketAddress address = new InetSocketAddress(host.substring(0, colon), port);
        PrintWriter out = spec.commandLine().getOut();
        if (!acquirer.equals("cup") && !acquirer.equals("iso87")) {
            throw new CliException("--acquirer: '" + acquirer + "' (expected cup or iso87)");
        }
        byte[] tmkBytes = HexInput.parse("--tmk", tmkHex);
        long approved = 0;
        long declined = 0;
        long reversed = 0;
        long errors = 0;
        try (KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, tmkBytes,
                InsecureKeyAccess.get());
             FileJournal journal = FileJournal.open(dir);
             Terminal t = Terminal.builder().terminalId(tid).merchantId(mid).acquirer(profile(tmk))
                     .link(TcpHostLink.to(address)).journal(journal).responseTimeout(timeout).build()) {
            long done = journal.records().stream().filter(r -> r.type().equals("txn")
                    && TransactionType.PURCHASE.name().equals(r.get("type"))).count();
            RecoveryResult rec = t.recover();
            if (!output.json()) {
                out.println("resuming: " + done + " purchase(s) in the journal; recovery sent " + rec.reversalsSent()
                        + " reversal(s), " + rec.reversalsPending() + " pending");
            }
            SplittableRandom random = new SplittableRandom(seed ^ done);
            CardInput card = CardInput.chip(pan, "4912", "001", DemoScript.ICC);
            long todo = Math.max(0, transactions - done);
            for (long i = 0; i < todo; i++) {
                long amount = 1 + random.nextLong(100);
                TransactionResult r;
                try (Pin p = Pin.parse(pin)) {
                    r = t.purchase(card, amount, p);
                } catch (RuntimeException e) {
                    errors++;
                    continue;
                }
                switch (r.outcome()) {
                    case "approved" -> approved++;
                    case "reversed", "reversal-pending" -> reversed++;
                    default -> declined++;
                }
                if (!output.json() && (i + 1) % Math.max(1, todo / 10) == 0) {
                    out.println("progress: " + (done + i + 1) + "/" + transactions + " approved=" + approved
                            + " declined=" + declined + " reversed=" + reversed + " errors=" + errors);
                    out.flush();
                }
            }
            int pending = t.pendingReversals();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("approved", approved);
            doc.put("declined", declined);
            doc.put("reversed", reversed);
            doc.put("errors", errors);
            doc.put("pendingReversals", pending);
            if (output.json()) {
                JsonOutput.print(out, doc);
            } else {
                out.println("done: " + doc);
                out.flush();
            }
        } finally {
            java.util.Arrays.fill(tmkBytes, (byte) 0);
        }
        return 0;
    }

    private AcquirerProfile profile(KeyHandle tmk) {
        if (acquirer.equals("cup")) {
            return AcquirerProfile.cup(tmk);
        }
        FileDukptStateStore store = FileDukptStateStore.of(dir.resolve("dukpt.state"));
        try {
            if (store.load().isPresent()) {
                return AcquirerProfile.iso87Dukpt(DukptTerminal.restore(store));
            }
            Ksn ksn = Ksn.parse(ksnHex.replace(" ", ""));
            byte[] raw = HexInput.parse("--ipek", ipekHex);
            try (KeyHandle ipek = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION, raw,
                    InsecureKeyAccess.get())) {
                return AcquirerProfile.iso87Dukpt(DukptTerminal.loadTdes(ipek, ksn, store));
            } finally {
                java.util.Arrays.fill(raw, (byte) 0);
            }
        } catch (PinException e) {
            throw new CliException("--acquirer iso87: " + e.getMessage());
        }
    }
}
