package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The accounts/terminals file of {@code pos4j simulator --accounts}. */
class SimulatorSetupTest {

    @Test
    void parse_accountsAndTerminals_allKeys() {
        SimulatorSetup s = SimulatorSetup.parse(List.of(
                "# comment",
                "{\"kind\":\"account\",\"pan\":\"6222021234567890123\",\"pin\":\"123456\",\"balance\":100000,"
                        + "\"expiry\":\"2030-06\",\"status\":\"blocked\",\"limit\":5000}",
                "",
                "{\"kind\":\"terminal\",\"tid\":\"12345678\",\"mid\":\"123456789012345\","
                        + "\"tmk\":\"0123456789ABCDEFFEDCBA9876543210\",\"registered\":false,\"permitted\":\"purchase, refund\"}"));
        Account a = s.accounts().get(0);
        assertEquals(100000, a.openingBalance());
        assertEquals(YearMonth.of(2030, 6), a.expiry());
        assertEquals(AccountStatus.BLOCKED, a.status());
        assertEquals(5000, a.perTransactionLimit());
        assertTrue(a.pinMatches("123456"));
        Terminal t = s.terminals().get(0);
        assertFalse(t.registered());
        assertTrue(t.hasTmk());
        assertFalse(t.hasBdk());
        assertEquals(Set.of(TransactionType.PURCHASE, TransactionType.REFUND), t.permitted());
        assertFalse(a.toString().contains("123456789"), "masked: " + a);
    }

    @Test
    void parse_badLines_nameLineAndProblem_notValues() {
        assertEquals("line 1: kind: expected account or terminal",
                assertThrows(TestkitFormatException.class, () -> SimulatorSetup.parse(List.of("{\"kind\":\"card\"}"))).getMessage());
        assertEquals("line 2: pin: expected 4 to 12 digits", assertThrows(TestkitFormatException.class,
                () -> SimulatorSetup.parse(List.of("", "{\"kind\":\"account\",\"pan\":\"6222021234567890123\",\"pin\":\"12\"}"))).getMessage());
        TestkitFormatException e = assertThrows(TestkitFormatException.class, () -> SimulatorSetup.parse(List.of(
                "{\"kind\":\"terminal\",\"tid\":\"12345678\",\"mid\":\"123456789012345\",\"tmk\":\"0123XYZ\"}")));
        assertEquals("line 1: tmk: expected 32 hex digits", e.getMessage());
        assertEquals("line 1: pan: expected a string", assertThrows(TestkitFormatException.class,
                () -> SimulatorSetup.parse(List.of("{\"kind\":\"account\",\"pan\":6222021234567890}"))).getMessage());
    }

    @Test
    void demo_startsAndAnswers() throws Exception {
        try (AcquirerSimulator sim = SimulatorSetup.demo().applyTo(AcquirerSimulator.builder()).start();
                CupTestTerminal t = CupTestTerminal.connect(sim.port(), "12345678", "123456789012345",
                        java.util.HexFormat.of().parseHex(SimulatorSetup.DEMO_KEY_HEX))) {
            assertEquals("00", t.signIn().responseCode());
            assertEquals("00", t.purchase("6222021234567890123", 1_00, "123456").responseCode());
            assertEquals("51", t.purchase("6222020000000000018", 5_01, "1234").responseCode());
        }
    }
}
