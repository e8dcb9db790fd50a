package io.pos4j.terminal.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJournalTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    static JournalRecord rec(int i) {
        return JournalRecord.of(T.plusSeconds(i), "txn", Map.of("stan", String.format("%06d", i), "pan",
                "6228480402564890018"));
    }

    @Test
    void appendedRecords_surviveReopen_inOrder() {
        try (FileJournal j = FileJournal.open(dir)) {
            for (int i = 1; i <= 5; i++) {
                assertEquals(i, j.append(rec(i)).sequence());
            }
        }
        try (FileJournal j = FileJournal.open(dir)) {
            assertEquals(5, j.records().size());
            assertEquals("000003", j.records().get(2).get("stan"));
            assertEquals(new TransactionJournal.RecoveryReport(5, 0, 0), j.recoveryReport());
            assertEquals(6, j.append(rec(6)).sequence());
        }
    }

    @Test
    void tornTail_isCutOff_earlierRecordsKept_appendsContinue() throws IOException {
        try (FileJournal j = FileJournal.open(dir)) {
            j.append(rec(1));
            j.append(rec(2));
        }
        Path f = dir.resolve(FileJournal.FILE_NAME);
        long full = Files.size(f);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(full - 5);
        }
        try (FileJournal j = FileJournal.open(dir)) {
            assertEquals(1, j.records().size());
            assertTrue(j.recoveryReport().tornTailBytes() > 0);
            j.append(rec(3));
        }
        try (FileJournal j = FileJournal.open(dir)) {
            assertEquals(List.of("000001", "000003"), j.records().stream().map(r -> r.get("stan")).toList());
            assertEquals(0, j.recoveryReport().tornTailBytes());
        }
    }

    @Test
    void corruptMiddleRecord_isSkipped_laterRecordsKept() throws IOException {
        try (FileJournal j = FileJournal.open(dir)) {
            for (int i = 1; i <= 3; i++) {
                j.append(rec(i));
            }
        }
        Path f = dir.resolve(FileJournal.FILE_NAME);
        byte[] b = Files.readAllBytes(f);
        int second = FileJournal.encode(rec(1).withSequence(1)).length;
        b[second + 20] ^= 0x55;
        Files.write(f, b);
        try (FileJournal j = FileJournal.open(dir)) {
            assertEquals(List.of("000001", "000003"), j.records().stream().map(r -> r.get("stan")).toList());
            assertEquals(1, j.recoveryReport().corruptRegions());
        }
    }

    @Property(tries = 200)
    void anyTruncation_keepsEveryCompleteRecord(@ForAll @IntRange(min = 0, max = 400) int cut) throws IOException {
        Path d = Files.createTempDirectory("pj");
        try {
            try (FileJournal j = FileJournal.open(d)) {
                for (int i = 1; i <= 4; i++) {
                    j.append(rec(i));
                }
            }
            Path f = d.resolve(FileJournal.FILE_NAME);
            byte[] b = Files.readAllBytes(f);
            int keep = Math.max(0, b.length - cut);
            Files.write(f, Arrays.copyOf(b, keep));
            int len = b.length / 4;
            try (FileJournal j = FileJournal.open(d)) {
                assertEquals(keep / len, j.records().size());
            }
        } finally {
            try (var s = Files.list(d)) {
                s.forEach(p -> p.toFile().delete());
            }
            Files.delete(d);
        }
    }

    @Test
    void masked_hidesPan_toStringNeverShowsIt() {
        JournalRecord r = rec(1);
        assertEquals("622848*********0018", r.masked().get("pan"));
        assertFalse(r.toString().contains("6228480402564890018"));
    }

    @Test
    void closedJournal_refusesAppend() {
        FileJournal j = FileJournal.open(dir);
        j.close();
        assertThrows(JournalException.class, () -> j.append(rec(1)));
    }

    @Test
    void compact_rewritesToKeptRecords_appendsContinue_survivesReopen() {
        try (FileJournal j = FileJournal.open(dir)) {
            for (int i = 1; i <= 5; i++) {
                j.append(rec(i));
            }
            List<JournalRecord> all = j.records();
            j.compact(List.of(all.get(0), all.get(2)));
            assertEquals(List.of(1L, 3L), j.records().stream().map(JournalRecord::sequence).toList());
            assertEquals(6, j.append(rec(6)).sequence(), "sequence continues after compaction");
        }
        try (FileJournal j = FileJournal.open(dir)) {
            assertEquals(List.of("000001", "000003", "000006"), j.records().stream().map(r -> r.get("stan")).toList());
            assertEquals(new TransactionJournal.RecoveryReport(3, 0, 0), j.recoveryReport());
        }
    }

    @Test
    void compact_crashBeforeRename_oldJournalIntact_leftoverTempDeleted() throws IOException {
        try (FileJournal j = FileJournal.open(dir)) {
            j.append(rec(1));
            j.append(rec(2));
        }
        // a crash while writing the compacted copy leaves a (partial) temporary file behind
        Path tmp = dir.resolve(FileJournal.FILE_NAME + ".tmp");
        Files.write(tmp, Arrays.copyOf(FileJournal.encode(rec(1).withSequence(1)), 7));
        try (FileJournal j = FileJournal.open(dir)) {
            assertEquals(2, j.records().size());
            assertFalse(Files.exists(tmp), "stale compaction file removed");
        }
    }
}
