package io.pos4j.terminal.internal;

import io.pos4j.terminal.CardKey;
import io.pos4j.terminal.LockoutState;
import io.pos4j.terminal.TransactionType;
import io.pos4j.terminal.spi.JournalRecord;
import io.pos4j.terminal.spi.TransactionJournal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The terminal's durable state, kept as journal records and folded into memory: the lockout salt,
 * reserved STANs, the batch, the lockout state and every transaction with its reversal. Every
 * mutator appends (and so fsyncs) before it changes memory.
 *
 * <p>Record types: {@code init} (salt), {@code stan-reserved} (upTo), {@code batch} (batch),
 * {@code lockout} (state), {@code signin} (batch, keyGeneration), {@code txn} (the request fields
 * needed for a reversal; arms it), {@code completed}, {@code declined}, {@code reversal-pending},
 * {@code reversal-attempt}, {@code reversal-acked}, {@code reversal-expired}, {@code voided},
 * {@code settled}, {@code ksn-used}. Any record with a {@code ksn} field (DUKPT: {@code txn},
 * {@code reversal-attempt}, {@code ksn-used}) raises the highest counter known to have been sent.
 */
public final class JournalBook {

    /** STANs reserved per {@code stan-reserved} record (wasted on a crash, never repeated). */
    static final int STAN_BLOCK = 100;
    private static final int STAN_MAX = 999_999;

    private static final java.util.Set<String> PROTECTED = java.util.Set.of("pan", "expiry", "de55");

    private final TransactionJournal journal;
    private final InstantSource clock;
    private final FieldCipher cipher;
    private byte[] salt;
    private int lastStan;
    private int reservedUpTo;
    private long batch = 1;
    private long maxKsnCounter = -1;
    private JournalRecord maxKsnRecord;
    private final java.util.Set<Long> settledBatches = new java.util.HashSet<>();
    private LockoutState lockout = LockoutState.EMPTY;
    private final Map<String, TxnEntry> txns = new LinkedHashMap<>();

    private JournalBook(TransactionJournal journal, InstantSource clock, FieldCipher cipher) {
        this.journal = journal;
        this.clock = clock;
        this.cipher = cipher;
    }

    /**
     * Replays the journal.
     *
     * @param journal the journal
     * @param clock   the clock
     * @param random  for a new terminal's salt and the IVs
     * @param dataKey AES key protecting card data in {@code txn} records, or null to store it in clear
     * @return the book
     */
    public static JournalBook load(TransactionJournal journal, InstantSource clock, SecureRandom random,
                                   javax.crypto.SecretKey dataKey) {
        JournalBook b = new JournalBook(Objects.requireNonNull(journal, "journal"), clock,
                dataKey == null ? null : new FieldCipher(dataKey, random));
        for (JournalRecord r : journal.records()) {
            b.fold(r);
        }
        if (b.salt == null) {
            byte[] s = new byte[16];
            random.nextBytes(s);
            b.append("init", Map.of("salt", HexFormat.of().formatHex(s)));
        }
        // STANs handed out before a crash are unknown beyond the reservation: skip past it
        b.lastStan = b.reservedUpTo;
        return b;
    }

    private void fold(JournalRecord r) {
        Map<String, String> f = r.fields();
        String ksn = f.get("ksn");
        if (ksn != null) {
            try {
                long counter = io.pos4j.pin.Ksn.parse(ksn).counter();
                if (counter > maxKsnCounter) {
                    maxKsnCounter = counter;
                    maxKsnRecord = r;
                }
            } catch (RuntimeException e) {
                // not a KSN: ignore (a damaged record cannot lower the high-water mark)
            }
        }
        switch (r.type()) {
            case "init" -> salt = HexFormat.of().parseHex(f.get("salt"));
            case "stan-reserved" -> reservedUpTo = Integer.parseInt(f.get("upTo"));
            case "batch", "signin" -> batch = Long.parseLong(f.get("batch"));
            case "lockout" -> lockout = LockoutCodec.decode(f);
            case "settled" -> settledBatches.add(Long.parseLong(f.get("batch")));
            case "txn" -> {
                Map<String, String> req = new LinkedHashMap<>(f);
                for (Map.Entry<String, String> e : req.entrySet()) {
                    if (e.getValue().startsWith(FieldCipher.PREFIX)) {
                        if (cipher == null) {
                            throw new io.pos4j.terminal.spi.JournalException("journal record " + f.get("id")
                                    + " holds protected card data: configure the journal data key");
                        }
                        e.setValue(cipher.decrypt(f.get("id"), e.getKey(), e.getValue()));
                    }
                }
                TxnEntry t = new TxnEntry(f.get("id"), TransactionType.valueOf(f.get("type")),
                        Integer.parseInt(f.get("stan")), Long.parseLong(f.get("batch")),
                        Long.parseLong(f.getOrDefault("amount", "0")), req, r.time());
                txns.put(t.id, t);
            }
            default -> foldTxnUpdate(r.type(), f);
        }
    }

    private void foldTxnUpdate(String type, Map<String, String> f) {
        TxnEntry t = txns.get(f.get("id"));
        if (t == null) {
            return; // a vendor record type, or an update whose txn record was damaged
        }
        switch (type) {
            case "completed" -> {
                t.status = TxnEntry.Status.COMPLETED;
                t.responseCode = f.getOrDefault("rc", "00");
                t.rrn = f.getOrDefault("rrn", "");
                t.authCode = f.getOrDefault("auth", "");
            }
            case "declined" -> {
                t.status = TxnEntry.Status.DECLINED;
                t.responseCode = f.getOrDefault("rc", "");
            }
            case "reversal-pending" -> {
                t.status = TxnEntry.Status.REVERSAL_PENDING;
                t.reversalReason = f.get("reason");
            }
            case "reversal-attempt" -> t.reversalAttempts = Integer.parseInt(f.get("attempt"));
            case "reversal-acked" -> t.status = TxnEntry.Status.REVERSED;
            case "reversal-expired" -> t.status = TxnEntry.Status.REVERSAL_EXPIRED;
            case "voided" -> t.voided = true;
            default -> {
            }
        }
    }

    private void append(String type, Map<String, String> fields) {
        JournalRecord r = journal.append(JournalRecord.of(clock.instant(), type, fields));
        fold(r);
    }

    /** @return the next STAN, reserving a new block durably when needed; never repeats a used one */
    public int nextStan() {
        int next = lastStan >= STAN_MAX ? 1 : lastStan + 1;
        if (next > reservedUpTo || next == 1 && lastStan != 0) {
            int upTo = Math.min(STAN_MAX, next + STAN_BLOCK - 1);
            append("stan-reserved", Map.of("upTo", Integer.toString(upTo)));
        }
        lastStan = next;
        return next;
    }

    /** @return the salt for {@link CardKey}s */
    public byte[] salt() {
        return salt.clone();
    }

    /** @return the current batch */
    public long batch() {
        return batch;
    }

    /** @param b the new batch number (from sign-in or settlement) */
    public void setBatch(long b) {
        if (b != batch) {
            append("batch", Map.of("batch", Long.toString(b)));
        }
    }

    /** @param b batch @param keyGeneration key set number */
    public void signedIn(long b, int keyGeneration) {
        append("signin", Map.of("batch", Long.toString(b), "keyGeneration", Integer.toString(keyGeneration)));
    }

    /** @return the lockout state */
    public LockoutState lockout() {
        return lockout;
    }

    /** @param s the new lockout state, persisted if it changed */
    public void setLockout(LockoutState s) {
        if (!s.equals(lockout)) {
            append("lockout", LockoutCodec.encode(s));
        }
    }

    /**
     * Journals a transaction before it is sent; for a reversible type this arms its reversal.
     *
     * @param type    the type
     * @param stan    its STAN
     * @param amount  minor units
     * @param request the request fields a reversal or upload needs (keys like {@code pan}, {@code de22})
     * @return the entry
     */
    public TxnEntry journalTransaction(TransactionType type, int stan, long amount, Map<String, String> request) {
        String id = batch + "-" + stan;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("type", type.name());
        f.put("stan", Integer.toString(stan));
        f.put("batch", Long.toString(batch));
        f.put("amount", Long.toString(amount));
        request.forEach((k, v) -> f.put(k, cipher != null && PROTECTED.contains(k) ? cipher.encrypt(id, k, v) : v));
        append("txn", f);
        return txns.get(id);
    }

    /** @param t entry @param rc code @param rrn RRN @param auth auth code */
    public void completed(TxnEntry t, String rc, String rrn, String auth) {
        append("completed", Map.of("id", t.id, "rc", rc, "rrn", rrn, "auth", auth));
    }

    /** @param t entry @param code response code or local cause id */
    public void declined(TxnEntry t, String code) {
        append("declined", Map.of("id", t.id, "rc", code));
    }

    /** @param t entry @param reason DE 39 of the reversal */
    public void reversalPending(TxnEntry t, String reason) {
        append("reversal-pending", Map.of("id", t.id, "reason", reason));
    }

    /** @param t entry @param attempt attempt number @param ksn the DUKPT KSN it goes with, or null */
    public void reversalAttempt(TxnEntry t, int attempt, String ksn) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", t.id);
        f.put("attempt", Integer.toString(attempt));
        if (ksn != null) {
            f.put("ksn", ksn);
        }
        append("reversal-attempt", f);
    }

    /** @param ksn a DUKPT KSN about to be sent with a message that has no other journal record */
    public void ksnUsed(String ksn) {
        append("ksn-used", Map.of("ksn", ksn));
    }

    /** @return the highest DUKPT counter any record says was (or may have been) sent, -1 for none */
    public long maxKsnCounter() {
        return maxKsnCounter;
    }

    /** @param t entry */
    public void reversalAcked(TxnEntry t) {
        append("reversal-acked", Map.of("id", t.id));
    }

    /** @param t entry */
    public void reversalExpired(TxnEntry t) {
        append("reversal-expired", Map.of("id", t.id));
    }

    /** @param t the voided original */
    public void voided(TxnEntry t) {
        append("voided", Map.of("id", t.id));
    }

    /** @param b batch @param totals DE 48 @param agreed whether host totals agreed */
    public void settled(long b, String totals, boolean agreed) {
        append("settled", Map.of("batch", Long.toString(b), "totals", totals, "agreed", Boolean.toString(agreed)));
    }

    /**
     * Marks every transaction whose outcome a crash left unknown as needing a reversal (reason 98):
     * it may have reached the host.
     *
     * @return how many were marked
     */
    public int resolveUnknown() {
        int n = 0;
        for (TxnEntry t : new ArrayList<>(txns.values())) {
            if (t.status == TxnEntry.Status.ARMED) {
                if (t.type.kind().idempotent()) {
                    declined(t, "unknown");
                } else {
                    reversalPending(t, "98");
                    n++;
                }
            }
        }
        return n;
    }

    /** @return transactions whose reversal still has to be sent, oldest first */
    public List<TxnEntry> pendingReversals() {
        return txns.values().stream().filter(t -> t.status == TxnEntry.Status.REVERSAL_PENDING).toList();
    }

    /** @return every transaction, oldest first */
    public List<TxnEntry> transactions() {
        return List.copyOf(txns.values());
    }

    /**
     * @param id batch-stan
     * @return the entry or null
     */
    public TxnEntry find(String id) {
        return txns.get(id);
    }

    /**
     * Compacts the journal (if it supports it): drops the records of transactions of settled batches
     * that are final (completed, declined, reversed) and superseded state records, keeping everything
     * recovery needs: the salt, the latest STAN reservation, batch, sign-in, lockout and settlement
     * records, every transaction of the open batch, every unresolved one (armed, reversal pending,
     * reversal expired), vendor records, and the highest DUKPT KSN (as a {@code ksn-used} record).
     *
     * @return records dropped (0 when the journal does not compact or nothing can go)
     */
    public int compact() {
        List<JournalRecord> all = journal.records();
        java.util.Set<String> drop = new java.util.HashSet<>();
        for (TxnEntry t : txns.values()) {
            boolean fin = t.status == TxnEntry.Status.COMPLETED || t.status == TxnEntry.Status.DECLINED
                    || t.status == TxnEntry.Status.REVERSED;
            if (fin && t.batch != batch && settledBatches.contains(t.batch)) {
                drop.add(t.id);
            }
        }
        Map<String, JournalRecord> lastOfType = new java.util.HashMap<>();
        for (JournalRecord r : all) {
            lastOfType.put(r.type(), r);
        }
        List<JournalRecord> keep = new ArrayList<>();
        boolean ksnKept = false;
        JournalRecord ksnSummary = null;
        for (JournalRecord r : all) {
            boolean k = switch (r.type()) {
                case "txn", "completed", "declined", "reversal-pending", "reversal-attempt", "reversal-acked",
                     "reversal-expired", "voided" -> !drop.contains(r.get("id"));
                case "stan-reserved", "batch", "signin", "lockout", "settled" -> lastOfType.get(r.type()) == r;
                case "ksn-used" -> r == maxKsnRecord;
                default -> true;
            };
            if (r == maxKsnRecord && !k) {
                // the record that carried the highest KSN goes: keep its counter as a ksn-used summary
                ksnSummary = JournalRecord.of(r.time(), "ksn-used", Map.of("ksn", r.get("ksn")))
                        .withSequence(r.sequence());
                keep.add(ksnSummary);
                ksnKept = true;
            } else if (k) {
                keep.add(r);
                ksnKept |= r == maxKsnRecord;
            }
        }
        if (keep.size() >= all.size() && (maxKsnRecord == null || ksnKept)) {
            return 0;
        }
        try {
            journal.compact(keep);
        } catch (UnsupportedOperationException e) {
            return 0;
        }
        for (String id : drop) {
            txns.remove(id);
        }
        if (ksnSummary != null) {
            maxKsnRecord = ksnSummary;
        }
        return all.size() - keep.size();
    }

    /** @return when the book was read (for expiry) */
    public Instant now() {
        return clock.instant();
    }
}
