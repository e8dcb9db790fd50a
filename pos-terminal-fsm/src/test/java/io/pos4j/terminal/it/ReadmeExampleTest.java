package io.pos4j.terminal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.pos4j.terminal.spi.TcpHostLink;
import io.pos4j.testkit.Account;
import io.pos4j.testkit.AcquirerSimulator;
import io.pos4j.testkit.Dialect;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's usage example, compiled and run against the simulator. */
class ReadmeExampleTest {

    @TempDir
    Path journalDir;

    @Test
    void readmeExample_runs() {
        byte[] tmkBytes = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
        String pan = "6222021234567890123";
        byte[] de55 = HexFormat.of().parseHex("9F2608C2A5F1D2E3B4A5969F2701809F3704A1B2C3D4");
        List<String> shown = new ArrayList<>();
        try (AcquirerSimulator sim = AcquirerSimulator.builder()
                .terminal(io.pos4j.testkit.Terminal.builder("12345678", "123456789012345").tmk(tmkBytes).build())
                .account(Account.builder(pan).pin("123456").balance(500_00).build()).start()) {
            InetSocketAddress host = sim.address();
            // --- README begin
            try (KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, tmkBytes,
                         InsecureKeyAccess.get());
                 FileJournal journal = FileJournal.open(journalDir);
                 Terminal terminal = Terminal.builder()
                         .terminalId("12345678").merchantId("123456789012345")
                         .masterKey(tmk)
                         .link(TcpHostLink.to(host))
                         .journal(journal)
                         .build()) {
                terminal.recover();             // pending reversals go first, then new work
                terminal.signIn();              // working keys installed only if every KCV matches
                try (Pin pin = Pin.parse("123456")) {
                    TransactionResult r = terminal.purchase(CardInput.chip(pan, "4912", "001", de55), 120_00, pin);
                    shown.add(r.outcome() + " " + r.maskedPan());      // approved 622202*********0123
                    r.diagnosis().ifPresent(d -> shown.add(d.cardholderMessage(Locale.SIMPLIFIED_CHINESE)));
                }
            }
            // --- README end
            assertEquals(380_00, sim.accounts().balance(pan));
        }
        assertEquals(List.of("approved 622202*********0123"), shown);
        assertTrue(journalDir.resolve("journal.log").toFile().length() > 0);
    }

    @Test
    void readmeIso87DukptExample_runs() {
        byte[] bdkBytes = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210"); // the host's, not the terminal's
        byte[] ipekBytes = HexFormat.of().parseHex("6AC292FAA1315B4D858AB3A3D7D5933A"); // X9.24-1 Annex A IPEK
        String pan = "6222021234567890123";
        byte[] de55 = HexFormat.of().parseHex("9F2608C2A5F1D2E3B4A5969F2701809F3704A1B2C3D4");
        List<String> shown = new ArrayList<>();
        try (AcquirerSimulator sim = AcquirerSimulator.builder().dialect(Dialect.ISO87_BINARY)
                .terminal(io.pos4j.testkit.Terminal.builder("87654321", "123456789012345").bdk(bdkBytes).build())
                .account(Account.builder(pan).pin("123456").balance(500_00).build()).start()) {
            InetSocketAddress host = sim.address();
            // --- README iso87 begin
            DukptStateStore store = FileDukptStateStore.of(journalDir.resolve("dukpt.state")); // device: secure storage
            if (store.load().isEmpty()) {       // key injection, once: the terminal gets the IPEK, never the BDK
                try (KeyHandle ipek = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION, ipekBytes,
                        InsecureKeyAccess.get())) {
                    DukptTerminal.loadTdes(ipek, Ksn.parse("FFFF9876543210E00000"), store);
                }
            }
            try (FileJournal journal = FileJournal.open(journalDir);
                 Terminal terminal = Terminal.builder()
                         .terminalId("87654321").merchantId("123456789012345")
                         .acquirer(AcquirerProfile.iso87Dukpt(DukptTerminal.restore(store)))
                         .link(TcpHostLink.to(host))
                         .journal(journal)
                         .build()) {
                terminal.recover();             // pending reversals go first (each with its own KSN)
                terminal.signIn();              // 0800 DE 70 001 sign-on: no key exchange with DUKPT
                try (Pin pin = Pin.parse("123456")) {
                    TransactionResult r = terminal.purchase(CardInput.chip(pan, "4912", "001", de55), 120_00, pin);
                    shown.add(r.outcome() + " " + r.maskedPan());      // approved 622202*********0123
                }
            }
            // --- README iso87 end
            assertEquals(380_00, sim.accounts().balance(pan));
        }
        assertEquals(List.of("approved 622202*********0123"), shown);
    }
}
