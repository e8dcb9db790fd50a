package io.pos4j.examples.cli;

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
import io.pos4j.terminal.Diagnosis;
import io.pos4j.terminal.RecoveryResult;
import io.pos4j.terminal.RetryPolicy;
import io.pos4j.terminal.SettlementResult;
import io.pos4j.terminal.SignInResult;
import io.pos4j.terminal.Terminal;
import io.pos4j.terminal.TerminalEvent;
import io.pos4j.terminal.TransactionResult;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.TcpHostLink;
import io.pos4j.testkit.Account;
import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.Dialect;
import io.pos4j.testkit.FaultAction;
import io.pos4j.testkit.FaultRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The scripted terminal day of {@code pos4j demo}: an in-process acquirer simulator on loopback and
 * a real terminal (TCP link, file journal) walking through the situations merchants meet.
 */
final class DemoScript {

    /** One scenario's verdict. */
    record Scenario(String name, String outcome, String expected, boolean ok) {
    }

    static final String TID = "12345678";
    static final String MID = "123456789012345";
    static final byte[] TMK = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
    static final String CARD_OK = "6222021234567890123";
    static final String CARD_LOCK = "6222021234567890131";
    static final String CARD_POOR = "6222021234567890149";
    static final String PIN = "123456";
    /** DE 55 of an ARQC: 9F26 AC, 9F27 CID, 9F10 IAD, 9F37 UN, 9F36 ATC, 95 TVR, 9A date, 9C type, 9F02 amount, 5F2A currency, 82 AIP, 9F1A country, 84 AID */
    static final byte[] ICC = HexFormat.of().parseHex(
            "9F2608C2A5F1D2E3B4A5969F2701809F101307010103A0A000010A010000000000A1B2C3D49F3704A1B2C3D49F360200"
            + "1E950500800080009A032611229C01009F02060000000012005F2A02015682027C009F1A0201568407A0000003330101");

    /** The ANSI X9.24-1 Annex A IPEK of the test BDK (= {@link #TMK}) and KSN {@code FFFF9876543210E00000}. */
    static final byte[] IPEK = HexFormat.of().parseHex("6AC292FAA1315B4D858AB3A3D7D5933A");

    private final PrintWriter out;
    private final boolean trace;
    private final Locale locale;
    private final boolean iso87;
    private final List<Scenario> scenarios = new ArrayList<>();
    /** iso87: the DUKPT device's key state (its secure storage), kept across the demo's restart */
    private final DukptStateStore dukptStore = DukptStateStore.inMemory();

    DemoScript(PrintWriter out, boolean trace, Locale locale) {
        this(out, trace, locale, false);
    }

    /** @param iso87 run the day with the ISO 87 binary / TDES DUKPT profile instead of cup */
    DemoScript(PrintWriter out, boolean trace, Locale locale, boolean iso87) {
        this.out = out;
        this.trace = trace;
        this.locale = locale;
        this.iso87 = iso87;
    }

    List<Scenario> run() {
        Path dir;
        try {
            dir = Files.createTempDirectory("pos4j-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, TMK, InsecureKeyAccess.get());
             AcquirerSimulator sim = AcquirerSimulator.builder().dialect(iso87 ? Dialect.ISO87_BINARY : Dialect.CUP)
                     .terminal(io.pos4j.testkit.Terminal.builder(TID, MID).tmk(TMK).bdk(TMK).build())
                     .account(Account.builder(CARD_OK).pin(PIN).balance(5_000_00).build())
                     .account(Account.builder(CARD_LOCK).pin(PIN).balance(5_000_00).build())
                     .account(Account.builder(CARD_POOR).pin(PIN).balance(10_00).build())
                     .start()) {
            say("acquirer simulator listening on 127.0.0.1:" + sim.port() + " (dialect " + sim.dialect().cliName()
                    + "); journal " + dir);
            if (iso87) {
                try (KeyHandle ipek = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION, IPEK,
                        InsecureKeyAccess.get())) {
                    DukptTerminal.loadTdes(ipek, Ksn.parse("FFFF9876543210E00000"), dukptStore);
                }
                say("DUKPT device injected: IPEK (X9.24-1 Annex A test key), KSN FFFF9876543210E00000; no BDK on the"
                        + " terminal");
            }
            day(sim, tmk, dir);
        } finally {
            deleteTree(dir);
        }
        return scenarios;
    }

    private Terminal terminal(AcquirerSimulator sim, KeyHandle tmk, FileJournal journal) {
        return Terminal.builder()
                .terminalId(TID).merchantId(MID)
                .acquirer(iso87 ? AcquirerProfile.iso87Dukpt(DukptTerminal.restore(dukptStore)) : AcquirerProfile.cup(tmk))
                .link(TcpHostLink.to(sim.address()))
                .journal(journal)
                .responseTimeout(Duration.ofMillis(700))
                .retryPolicy(RetryPolicy.exponential(Duration.ofMillis(50), Duration.ofMillis(400), 3,
                        new SplittableRandom(7)))
                .clock(InstantSource.system())
                .secureRandom(new SecureRandom())
                .listener(this::onEvent)
                .build();
    }

    private void day(AcquirerSimulator sim, KeyHandle tmk, Path dir) {
        FileJournal journal = FileJournal.open(dir);
        Terminal t = terminal(sim, tmk, journal);
        try {
            scenario("sign-in", "signed-in", () -> {
                SignInResult r = t.signIn();
                return r.ok() ? "signed-in" : "failed " + r.diagnosis().map(Diagnosis::code).orElse("");
            });
            scenario("chip purchase with online PIN and DE 55", "approved",
                    () -> purchase(t, chip(CARD_OK), 120_00, PIN).outcome());
            scenario("wrong PIN, then re-entry", "55 then approved", () -> {
                TransactionResult first = purchase(t, chip(CARD_OK), 35_00, "111111");
                TransactionResult second = purchase(t, chip(CARD_OK), 35_00, PIN);
                return first.responseCode().orElse("?") + " then " + second.outcome();
            });
            scenario("PIN tries exceeded (lockout)", "55, 55, 75, then card-locked without contacting the host", () -> {
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    codes.add(purchase(t, chip(CARD_LOCK), 10_00, "999999").responseCode().orElse("?"));
                }
                int before = sim.ledger().size();
                TransactionResult fourth = purchase(t, chip(CARD_LOCK), 10_00, PIN);
                String local = fourth.diagnosis().map(Diagnosis::code).orElse("?")
                        + (sim.ledger().size() == before ? " without contacting the host" : " BUT SENT");
                return String.join(", ", codes) + ", then " + local;
            });
            scenario("insufficient funds", "declined 51", () -> {
                TransactionResult r = purchase(t, chip(CARD_POOR), 99_00, PIN);
                return r.outcome() + " " + r.responseCode().orElse("?");
            });
            scenario("host timeout with automatic reversal", "reversed (98), host ledger reversed", () -> {
                long id = sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").times(1).build());
                TransactionResult r = purchase(t, chip(CARD_OK), 66_00, PIN);
                sim.faults().remove(id);
                return r.outcome() + " (98), host ledger " + hostReversed(sim, r);
            });
            scenario("bad response MAC", "reversed (A0) and signed in again", () -> {
                long id = sim.faults().add(FaultRule.builder(FaultAction.WRONG_MAC).mti("0200").times(1).build());
                TransactionResult r = purchase(t, chip(CARD_OK), 77_00, PIN);
                sim.faults().remove(id);
                return r.outcome() + " (A0) and " + (t.sessionState() instanceof io.pos4j.terminal.SessionState.Ready
                        ? "signed in again" : "not signed in: " + t.sessionState().label());
            });
        } finally {
            t.close();
        }
        // power loss: the 0200 and every 0400 attempt are lost, then the terminal is switched off
        say("");
        say("-- a purchase whose 0200 and every 0400 attempt are lost; then the terminal loses power");
        long drop0200 = sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").times(1).build());
        long drop0400 = sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0400").times(3).build());
        Terminal before = terminal(sim, tmk, journal);
        TransactionResult lost = purchase(before, chip(CARD_OK), 88_00, PIN);
        before.close();
        journal.close();
        sim.faults().remove(drop0200);
        sim.faults().remove(drop0400);
        say("-- terminal restarts: the reversal of STAN " + lost.stan() + " is " + lost.outcome() + " in the journal");
        FileJournal reopened = FileJournal.open(dir);
        Terminal after = terminal(sim, tmk, reopened);
        try {
            scenario("restart recovers a pending reversal from the journal", "1 reversal sent, host ledger reversed", () -> {
                RecoveryResult r = after.recover();
                return r.reversalsSent() + " reversal sent, host ledger " + hostReversed(sim, lost);
            });
            scenario("settlement", "settled, totals agree", () -> {
                SettlementResult s = after.settle();
                say("   totals: " + s.debitCount() + " purchase(s) " + s.debitAmount() + ", " + s.creditCount()
                        + " refund(s) " + s.creditAmount());
                return s.ok() ? "settled, totals " + (s.totalsAgreed() ? "agree" : "disagree (uploaded "
                        + s.uploaded() + ")") : "failed " + s.diagnosis().map(Diagnosis::code).orElse("");
            });
        } finally {
            after.close();
            reopened.close();
        }
    }

    private static String hostReversed(AcquirerSimulator sim, TransactionResult r) {
        String batch = String.format("%06d", r.batch());
        String stan = String.format("%06d", r.stan());
        return sim.ledger().find(TID, batch, stan).map(e -> sim.ledger().isReversed(e) ? "reversed" : "NOT reversed")
                .orElse("has no such transaction");
    }

    private static CardInput chip(String pan) {
        return CardInput.chip(pan, "4912", "001", ICC);
    }

    private static TransactionResult purchase(Terminal t, CardInput card, long amount, String pin) {
        try (Pin p = Pin.parse(pin)) {
            return t.purchase(card, amount, p);
        }
    }

    private void scenario(String name, String expected, Supplier<String> body) {
        say("");
        say("== " + name + " (expect: " + expected + ")");
        String outcome;
        try {
            outcome = body.get();
        } catch (RuntimeException e) {
            outcome = "error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
        boolean ok = outcome.equals(expected);
        say("   => " + outcome + (ok ? "  [ok]" : "  [UNEXPECTED]"));
        scenarios.add(new Scenario(name, outcome, expected, ok));
    }

    private void onEvent(TerminalEvent e) {
        if (e instanceof TerminalEvent.Message m) {
            say("   " + (m.outbound() ? "-> " : "<- ") + m.description());
        } else if (e instanceof TerminalEvent.Diagnosed d) {
            Diagnosis g = d.diagnosis();
            say("   ! " + g.code() + " " + g.category() + " action=" + g.action().id() + ": "
                    + g.operatorMessage(locale));
        } else if (e instanceof TerminalEvent.StateChanged s && !s.machine().equals("transaction")) {
            say("     " + s.machine() + ": " + s.from() + " --" + s.event() + "--> " + s.to());
        } else if (e instanceof TerminalEvent.StateChanged s && (s.to().startsWith("Reversal") || s.to().equals("Reversed"))) {
            say("     transaction: " + s.from() + " --" + s.event() + "--> " + s.to());
        } else if (e instanceof TerminalEvent.Note n) {
            say("   # " + n.text());
        }
    }

    private void say(String line) {
        if (trace) {
            out.println(line);
            out.flush();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp directory
        }
    }
}
