package io.pos4j.terminal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Pin;
import io.pos4j.terminal.AcquirerProfile;
import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.CardKey;
import io.pos4j.terminal.RetryPolicy;
import io.pos4j.terminal.Terminal;
import io.pos4j.terminal.spi.FileDukptStateStore;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.JournalRecord;
import io.pos4j.terminal.spi.TcpHostLink;
import io.pos4j.testkit.Account;
import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.FaultAction;
import io.pos4j.testkit.FaultRule;
import io.pos4j.testkit.LedgerEntry;
import io.pos4j.testkit.ResponseCode;
import io.pos4j.testkit.TransactionType;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash test: a child JVM runs purchases against the simulator (ledger persisted to a file) with
 * 15 % of the 0200s dropped, and is killed with SIGKILL at a random point. After each kill a new
 * terminal recovers the journal, and the host ledger must reconcile with it: no lost approval, no
 * double charge, no repeated STAN, the earlier card lockout still in force; with the ISO 87 / DUKPT
 * profile (key state in a {@code FileDukptStateStore}) also: no KSN ever journaled twice. Trials:
 * {@code -Dpos4j.crash.trials=N} (default 50 for cup, a third of it for iso87).
 */
class CrashRecoveryTest {

    static final String LOCKED_PAN = "6222021234567890131";

    @TempDir
    Path dir;

    static AcquirerProfile profile(String acquirer, KeyHandle tmk, Path journalDir) {
        if (acquirer.equals("cup")) {
            return AcquirerProfile.cup(tmk);
        }
        return Iso87Rig.restarted(FileDukptStateStore.of(journalDir.resolve("dukpt.state")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cup", "iso87"})
    void sigkilledTerminal_recoversJournal_ledgerReconciles(String acquirer) throws Exception {
        boolean iso87 = acquirer.equals("iso87");
        int trials = Integer.getInteger("pos4j.crash.trials", 50) / (iso87 ? 3 : 1);
        Path journalDir = dir.resolve("journal");
        if (iso87) {
            java.nio.file.Files.createDirectories(journalDir);
            Iso87Rig.inject(FileDukptStateStore.of(journalDir.resolve("dukpt.state")));
        }
        SplittableRandom random = new SplittableRandom(20261122);
        try (AcquirerSimulator sim = AcquirerSimulator.builder()
                .dialect(iso87 ? io.pos4j.testkit.Dialect.ISO87_BINARY : io.pos4j.testkit.Dialect.CUP)
                .terminal(io.pos4j.testkit.Terminal.builder(SimulatorIntegrationTest.TID, "123456789012345")
                        .tmk(SimulatorIntegrationTest.TMK).bdk(Iso87Rig.BDK).build())
                .account(Account.builder(SimulatorIntegrationTest.PAN).pin("123456").balance(100_000_000_00L).build())
                .account(Account.builder(LOCKED_PAN).pin("123456").balance(100_00).build())
                .ledgerFile(dir.resolve("ledger.jsonl"))
                .terminalTimeout(Duration.ofMillis(150))
                .start();
             KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION,
                     SimulatorIntegrationTest.TMK, InsecureKeyAccess.get())) {
            CardKey lockedCard = lockCard(sim, acquirer, tmk, journalDir);
            sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").probability(0.15).seed(5).build());
            int killedWithWork = 0;
            for (int trial = 0; trial < trials; trial++) {
                int before = sim.ledger().size();
                Process child = start(sim.port(), journalDir, random.nextLong(), acquirer);
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.US_ASCII))) {
                    String line = out.readLine();
                    assertEquals("ready", line, "child started");
                    Thread.sleep(150 + random.nextInt(750)); // a random kill point, not a timing assertion
                } finally {
                    child.destroyForcibly(); // SIGKILL on Linux and macOS
                    assertTrue(child.waitFor(20, TimeUnit.SECONDS));
                }
                if (sim.ledger().size() > before + 2) {
                    killedWithWork++;
                }
                reconcile(sim, acquirer, tmk, journalDir, lockedCard, trial);
            }
            assertTrue(killedWithWork >= trials / 3, "most kills hit a terminal at work: " + killedWithWork);
        }
    }

    private static CardKey lockCard(AcquirerSimulator sim, String acquirer, KeyHandle tmk, Path journalDir) {
        try (FileJournal j = FileJournal.open(journalDir); Terminal t = terminal(sim, profile(acquirer, tmk, journalDir),
                j)) {
            for (int i = 0; i < 3; i++) {
                try (Pin wrong = Pin.parse("999999")) {
                    t.purchase(CardInput.chip(LOCKED_PAN, "4912", "001", SimulatorIntegrationTest.ICC), 1_00, wrong);
                }
            }
            CardKey k = t.cardKey(LOCKED_PAN);
            assertTrue(t.lockoutState().cards().get(k).locked());
            return k;
        }
    }

    private static Terminal terminal(AcquirerSimulator sim, AcquirerProfile profile, FileJournal j) {
        return Terminal.builder().terminalId(SimulatorIntegrationTest.TID).merchantId("123456789012345")
                .acquirer(profile).journal(j).link(TcpHostLink.to(sim.address()))
                .responseTimeout(Duration.ofMillis(500))
                .retryPolicy(RetryPolicy.exponential(Duration.ofMillis(10), Duration.ofMillis(50), 5,
                        new SplittableRandom(3)))
                .build();
    }

    private static void reconcile(AcquirerSimulator sim, String acquirer, KeyHandle tmk, Path journalDir,
                                  CardKey lockedCard, int trial) {
        List<FaultRule> saved = new ArrayList<>(sim.faults().rules());
        sim.faults().clear();
        try (FileJournal j = FileJournal.open(journalDir);
             Terminal t = terminal(sim, profile(acquirer, tmk, journalDir), j)) {
            t.recover();
            assertEquals(0, t.pendingReversals(), "trial " + trial + ": every pending reversal delivered");
            assertTrue(t.lockoutState().cards().get(lockedCard).locked(), "trial " + trial + ": lockout survived");
            Set<String> completed = new HashSet<>();
            Set<String> reversed = new HashSet<>();
            Set<String> stans = new HashSet<>();
            Set<String> ksns = new HashSet<>();
            for (JournalRecord r : j.records()) {
                if (r.get("ksn") != null) {
                    assertTrue(ksns.add(r.get("ksn")), "trial " + trial + ": KSN used twice " + r.get("ksn"));
                }
                switch (r.type()) {
                    case "txn" -> assertTrue(stans.add(r.get("id")), "trial " + trial + ": STAN reused " + r.get("id"));
                    case "completed" -> completed.add(r.get("id"));
                    case "reversal-pending" -> reversed.add(r.get("id"));
                    default -> {
                    }
                }
            }
            completed.removeAll(reversed);
            Set<String> hostLive = new HashSet<>();
            for (LedgerEntry e : sim.ledger().entries()) {
                assertTrue(e.responseCode() != ResponseCode.DUPLICATE_TRANSMISSION, "trial " + trial + ": repeated STAN");
                if (e.type() == TransactionType.PURCHASE && e.responseCode() == ResponseCode.APPROVED
                        && !sim.ledger().isReversed(e) && e.terminalId().equals(SimulatorIntegrationTest.TID)) {
                    hostLive.add(Long.parseLong(e.batch()) + "-" + Integer.parseInt(e.stan()));
                }
            }
            assertEquals(hostLive, completed, "trial " + trial + ": host ledger and terminal journal reconcile");
        } finally {
            saved.forEach(sim.faults()::add);
        }
    }

    private static Process start(int port, Path journalDir, long seed, String acquirer) throws Exception {
        String cp = System.getProperty("java.class.path", "");
        String mp = System.getProperty("jdk.module.path", "");
        String path = (mp.isEmpty() ? "" : mp + File.pathSeparator) + cp;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", path,
                CrashChild.class.getName(), Integer.toString(port), journalDir.toString(), Long.toString(seed), acquirer)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
