package io.pos4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.JournalRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCommandTest {

    @TempDir
    Path dir;

    @Test
    void journal_json_masksPan() throws Exception {
        try (FileJournal j = FileJournal.open(dir)) {
            j.append(JournalRecord.of(Instant.parse("2026-01-01T00:00:00Z"), "txn",
                    Map.of("id", "1-1", "pan", "6228480402564890018", "stan", "000001")));
        }
        CliContractTest.Result r = CliContractTest.run("journal", "--journal", dir.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("6228480402564890018"));
        JsonNode n = JsonOutput.mapper().readTree(r.out());
        assertEquals("622848*********0018", n.get("records").get(0).get("fields").get("pan").asText());
        assertEquals("txn", n.get("records").get(0).get("type").asText());
        assertEquals(1, n.get("summary").get("transactions").asInt());
        assertEquals(1, n.get("summary").get("reversalPending").asInt(), "an armed txn counts as pending");
        CliContractTest.Result text = CliContractTest.run("journal", "--journal", dir.toString());
        assertTrue(text.out().contains("1 record(s); {transactions=1"), text.out());
        assertFalse(text.out().contains("6228480402564890018"));
    }

    @Test
    void journal_missingDir_exits2() {
        CliContractTest.Result r = CliContractTest.run("journal", "--journal", dir.resolve("nope").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: --journal: no journal.log"), r.err());
    }
}
