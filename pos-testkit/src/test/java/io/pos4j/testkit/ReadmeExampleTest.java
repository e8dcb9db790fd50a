package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example, verbatim between the markers. */
class ReadmeExampleTest {

    @Test
    void readmeExample_runs() {
        long seen;
        int rules;
        // README start
        byte[] tmk = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
        try (AcquirerSimulator sim = AcquirerSimulator.builder()
                .terminal(Terminal.builder("12345678", "123456789012345").tmk(tmk).build())
                .account(Account.builder("6222021234567890123").pin("123456").balance(100_00).build())
                .fault(FaultRule.builder(FaultAction.DROP).mti("0200").nth(2).build()) // 2nd purchase: no answer
                .start()) {
            int port = sim.port();                                  // point the terminal at 127.0.0.1:port
            sim.faults().add(FaultRule.parse("code=91:p=0.1:seed=7").get(0));  // 10% issuer unavailable
            sim.faults().refuseConnections(true);                   // host down ...
            sim.faults().refuseConnections(false);                  // ... and back
            long balance = sim.accounts().balance("6222021234567890123");      // 10000 until a purchase
            List<LedgerEntry> ledger = sim.ledger().entries();      // every decision, PANs masked
            // README end
            assertTrue(port > 0);
            seen = balance;
            rules = sim.faults().rules().size();
            assertEquals(0, ledger.size());
        }
        assertEquals(100_00, seen);
        assertEquals(2, rules);
    }
}
