package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pos4j.testkit.internal.JsonLines;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The hand-written JSON-lines codec of the ledger file. */
class JsonLinesTest {

    @Property(tries = 1000)
    void write_thenRead_roundTrips(@ForAll String name, @ForAll String text, @ForAll long number, @ForAll boolean flag) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(name, text);
        m.put(name + "#n", number == Long.MIN_VALUE ? 0L : number % 1_000_000_000_000_000_000L);
        m.put(name + "#b", flag);
        m.put(name + "#null", null);
        assertEquals(m, JsonLines.read(JsonLines.write(m), 1));
    }

    @Property(tries = 3000)
    void read_anyText_valueOrOwnException(@ForAll String text) {
        try {
            JsonLines.read(text, 7);
        } catch (TestkitFormatException e) {
            assertEquals(7, e.line());
            assertFalse(text.length() > 3 && e.getMessage().contains(text), "no input echoed");
        }
    }

    @Test
    void read_nested_rejectedWithColumn() {
        TestkitFormatException e = assertThrows(TestkitFormatException.class, () -> JsonLines.read("{\"a\":[1]}", 3));
        assertEquals("line 3 column 6: expected a string, whole number, true, false or null", e.getMessage());
        assertEquals("line 1 column 7: expected a whole number",
                assertThrows(TestkitFormatException.class, () -> JsonLines.read("{\"a\":1.5}", 1)).getMessage());
        assertEquals("line 1 column 8: duplicate name",
                assertThrows(TestkitFormatException.class, () -> JsonLines.read("{\"a\":1,\"a\":2}", 1)).getMessage());
    }

    @Test
    void ledgerEntry_json_roundTrips_andNamesFields() {
        LedgerEntry e = new LedgerEntry(5, Instant.parse("2026-11-22T04:00:00Z"), TransactionType.PURCHASE, "12345678",
                "123456789012345", "000001", "000123", "622202*********0123", 1234, "156", ResponseCode.APPROVED,
                "000000000005", "000005", -1234, "", "quote \" and \\ backslash");
        String json = LedgerFile.toJson(e);
        assertEquals(e, LedgerFile.fromJson(json, 1));
        assertEquals("{\"seq\":5,\"time\":\"2026-11-22T04:00:00Z\",\"type\":\"PURCHASE\",\"tid\":\"12345678\","
                + "\"mid\":\"123456789012345\",\"batch\":\"000001\",\"stan\":\"000123\",\"pan\":\"622202*********0123\","
                + "\"amount\":1234,\"currency\":\"156\",\"rc\":\"00\",\"rrn\":\"000000000005\",\"auth\":\"000005\","
                + "\"effect\":-1234,\"original\":\"\",\"note\":\"quote \\\" and \\\\ backslash\"}", json);
        assertEquals("line 2: amount: expected a whole number",
                assertThrows(TestkitFormatException.class, () -> LedgerFile.fromJson(json.replace("\"amount\":1234", "\"amount\":\"x\""), 2)).getMessage());
    }
}
