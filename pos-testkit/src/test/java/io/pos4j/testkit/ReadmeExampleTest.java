package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example, verbatim between the markers. */
class ReadmeExampleTest {

    @Test
    void readmeExample_runs() throws Exception {
        // README start
        byte[] tmk = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
        try (AcquirerSimulator sim = AcquirerSimulator.builder()
                .terminal(Terminal.builder("12345678", "123456789012345").tmk(tmk).build())
                .account(Account.builder("6222021234567890123").pin("123456").balance(100_00).build())
                .start();
             CupTestTerminal terminal = CupTestTerminal.connect(sim.port(), "12345678", "123456789012345", tmk)) {
            terminal.signIn();                                      // 0800 -> 0810, working keys from DE 62
            CupTestTerminal.Exchange sale = terminal.purchase("6222021234567890123", 12_34, "123456");
            String code = sale.responseCode();                      // "00", sale.macValid() == true
            sim.faults().add(FaultRule.parse("drop:mti=0200:nth=1").get(0));  // next purchase: no answer
            sim.faults().refuseConnections(true);                   // host down (ECONNREFUSED) ...
            sim.faults().refuseConnections(false);                  // ... and back
            long balance = sim.accounts().balance("6222021234567890123");      // 8766
            List<LedgerEntry> ledger = sim.ledger().entries();      // every decision, PANs masked
            // README end
            assertEquals("00", code);
            assertEquals(100_00 - 12_34, balance);
            assertEquals(1, ledger.size());
            assertEquals(1, sim.faults().rules().size());
        }
    }
}
