package io.pos4j.terminal.spi;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link TransactionJournal}: one append-only file {@code journal.log} in a directory.
 *
 * <p>Record layout: magic {@code 50 4A} ("PJ"), version {@code 01}, payload length (u32 big
 * endian), CRC32C (u32) over version, length and payload, then the payload (sequence, time, type,
 * fields, in {@code DataOutput} form). Every {@link #append} writes one record and calls
 * {@code FileChannel.force(false)} before returning.
 *
 * <p>On open the file is scanned: a record whose checksum fails is skipped and scanning resumes
 * at the next record that checks (a corrupt region, counted); an incomplete or failing record at
 * the end (a torn write from a crash) is cut off. Records before and after a damaged region are
 * kept. Not thread-safe.
 */
public final class FileJournal implements TransactionJournal {

    private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);
    /** the journal file's name inside the directory */
    public static final String FILE_NAME = "journal.log";
    private static final int HEADER = 11;
    private static final int MAX_PAYLOAD = 1 << 20;

    private final Path file;
    private FileChannel channel;
    private List<JournalRecord> records;
    private final RecoveryReport report;
    private long nextSequence;
    private boolean closed;

    private FileJournal(Path file, FileChannel channel, List<JournalRecord> records, RecoveryReport report) {
        this.file = file;
        this.channel = channel;
        this.records = records;
        this.report = report;
        this.nextSequence = records.isEmpty() ? 1 : records.get(records.size() - 1).sequence() + 1;
    }

    /**
     * Opens (or creates) the journal in {@code dir}, recovering it.
     *
     * @param dir the directory; created if missing
     * @return the journal
     * @throws JournalException if the directory or file cannot be used
     */
    public static FileJournal open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(FILE_NAME + ".tmp")); // a compaction that did not finish
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            byte[] all = Files.readAllBytes(file);
            List<JournalRecord> recs = new ArrayList<>();
            Scan scan = scan(all, recs);
            if (scan.validEnd < all.length) {
                ch.truncate(scan.validEnd);
                ch.force(true);
                LOG.warn("journal {}: cut off {} bytes of a torn last record", file.getFileName(),
                        all.length - scan.validEnd);
            }
            if (scan.corrupt > 0) {
                LOG.warn("journal {}: skipped {} corrupt region(s)", file.getFileName(), scan.corrupt);
            }
            ch.position(scan.validEnd);
            return new FileJournal(file, ch, recs,
                    new RecoveryReport(recs.size(), scan.corrupt, all.length - scan.validEnd));
        } catch (IOException e) {
            throw new JournalException("cannot open journal " + file, e);
        }
    }

    /**
     * Reads a journal without opening it for writing (for dumps); a torn tail is ignored, not cut.
     *
     * @param dir the directory
     * @return the valid records
     * @throws JournalException if the file cannot be read
     */
    public static List<JournalRecord> read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            List<JournalRecord> recs = new ArrayList<>();
            scan(Files.readAllBytes(file), recs);
            return recs;
        } catch (IOException e) {
            throw new JournalException("cannot read journal " + file, e);
        }
    }

    private record Scan(int validEnd, int corrupt) {
    }

    private static Scan scan(byte[] b, List<JournalRecord> out) {
        int pos = 0;
        int validEnd = 0;
        int corrupt = 0;
        boolean inCorrupt = false;
        while (pos < b.length) {
            JournalRecord r = tryRecord(b, pos);
            if (r != null) {
                out.add(r);
                pos += HEADER + readInt(b, pos + 3);
                validEnd = pos;
                inCorrupt = false;
            } else {
                if (!inCorrupt) {
                    corrupt++;
                    inCorrupt = true;
                }
                pos++;
            }
        }
        if (inCorrupt) {
            corrupt--; // the damage runs to the end: a torn tail, not a corrupt region
        }
        return new Scan(validEnd, corrupt);
    }

    /** @return the record at {@code pos}, or null if there is no complete record with a valid CRC */
    private static JournalRecord tryRecord(byte[] b, int pos) {
        if (b.length - pos < HEADER || b[pos] != 'P' || b[pos + 1] != 'J' || b[pos + 2] != 1) {
            return null;
        }
        int len = readInt(b, pos + 3);
        if (len < 0 || len > MAX_PAYLOAD || len > b.length - pos - HEADER) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(b, pos + 2, 5);
        crc.update(b, pos + HEADER, len);
        if ((int) crc.getValue() != readInt(b, pos + 7)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(b, pos + HEADER, len))) {
            long seq = in.readLong();
            Instant t = Instant.ofEpochMilli(in.readLong());
            String type = in.readUTF();
            int n = in.readUnsignedShort();
            Map<String, String> f = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                f.put(in.readUTF(), in.readUTF());
            }
            return new JournalRecord(seq, t, type, f);
        } catch (IOException | RuntimeException e) {
            return null; // checksum matched but content does not parse: treat as damage
        }
    }

    private static int readInt(byte[] b, int p) {
        return ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }

    static byte[] encode(JournalRecord r) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream(128);
            DataOutputStream d = new DataOutputStream(payload);
            d.writeLong(r.sequence());
            d.writeLong(r.time().toEpochMilli());
            d.writeUTF(r.type());
            if (r.fields().size() > 0xFFFF) {
                throw new IllegalArgumentException("too many fields: " + r.fields().size());
            }
            d.writeShort(r.fields().size());
            for (Map.Entry<String, String> e : r.fields().entrySet()) {
                d.writeUTF(e.getKey());
                d.writeUTF(e.getValue());
            }
            byte[] p = payload.toByteArray();
            ByteBuffer buf = ByteBuffer.allocate(HEADER + p.length);
            buf.put((byte) 'P').put((byte) 'J').put((byte) 1).putInt(p.length).putInt(0).put(p);
            byte[] all = buf.array();
            CRC32C crc = new CRC32C();
            crc.update(all, 2, 5);
            crc.update(p, 0, p.length);
            ByteBuffer.wrap(all, 7, 4).putInt((int) crc.getValue());
            return all;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public JournalRecord append(JournalRecord record) {
        Objects.requireNonNull(record, "record");
        if (closed) {
            throw new JournalException("journal " + file.getFileName() + " is closed");
        }
        JournalRecord r = record.withSequence(nextSequence);
        byte[] bytes = encode(r);
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new JournalException("cannot append to journal " + file.getFileName(), e);
        }
        nextSequence++;
        records.add(r);
        return r;
    }

    /**
     * Rewrites the journal as {@code keep}: written to {@code journal.log.tmp}, forced, atomically
     * renamed over {@code journal.log}, directory forced. A crash before the rename leaves the old
     * journal (the temporary file is deleted on the next open); after it, the new one.
     */
    @Override
    public void compact(List<JournalRecord> keep) {
        Objects.requireNonNull(keep, "keep");
        if (closed) {
            throw new JournalException("journal " + file.getFileName() + " is closed");
        }
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                for (JournalRecord r : keep) {
                    ByteBuffer buf = ByteBuffer.wrap(encode(r));
                    while (buf.hasRemaining()) {
                        out.write(buf);
                    }
                }
                out.force(true);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next open deletes it
            }
            throw new JournalException("cannot compact journal " + file.getFileName(), e);
        }
        FileDukptStateStore.forceDirectory(file.getParent());
        try {
            channel.close();
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            channel.position(channel.size());
        } catch (IOException e) {
            closed = true;
            throw new JournalException("journal " + file.getFileName() + " compacted but not reopened", e);
        }
        records = new ArrayList<>(keep);
        LOG.debug("journal {}: compacted to {} records", file.getFileName(), keep.size());
    }

    @Override
    public List<JournalRecord> records() {
        return Collections.unmodifiableList(records);
    }

    @Override
    public RecoveryReport recoveryReport() {
        return report;
    }

    /** @return the journal file */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("journal {}: close failed", file.getFileName());
            }
        }
    }

    @Override
    public String toString() {
        return "FileJournal[" + file + ", " + records.size() + " records]";
    }
}
