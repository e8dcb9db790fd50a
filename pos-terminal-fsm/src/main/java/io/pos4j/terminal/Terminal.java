package io.pos4j.terminal;

import io.pos4j.iso8583.Tpdu;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Pin;
import io.pos4j.terminal.internal.Engine;
import io.pos4j.terminal.internal.Settings;
import io.pos4j.terminal.spi.HostLink;
import io.pos4j.terminal.spi.TransactionJournal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A payment terminal talking to an acquirer through an {@link AcquirerProfile} (China UnionPay with
 * master/session keys, or ISO 8583:1987 binary with TDES DUKPT): sign-in (key exchange or sign-on),
 * purchase, balance, void, refund, reversal store-and-forward and settlement, driven by the link,
 * session and transaction machines of {@link Machines}.
 *
 * <p>Guarantees: every request that can move money is journaled (fsync) with its reversal armed
 * before it is sent; a request that may have reached the host is never resent, it is reversed; a
 * response whose MAC fails is never taken as an approval (reversal A0, forced sign-in); recovery of
 * the journal runs before any new work; a locked card never reaches the host. Working keys live in
 * memory only: after a restart the terminal signs in again.
 *
 * <p>Not thread-safe: one terminal is driven by one thread, like the device it models.
 */
public final class Terminal implements AutoCloseable {

    private final Engine engine;

    private Terminal(Engine engine) {
        this.engine = engine;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Replays the journal: transactions a crash left in flight are marked for reversal and every
     * pending reversal is sent (store-and-forward). Runs once; every other operation runs it first.
     *
     * @return what was found and done
     */
    public RecoveryResult recover() {
        return engine.recover();
    }

    /** @return the sign-in outcome: keys installed only when every KCV verified */
    public SignInResult signIn() {
        return engine.signIn();
    }

    /** @return empty when the host answered, else why not */
    public Optional<Diagnosis> echo() {
        return engine.echo();
    }

    /** @return empty when signed off, else why the host did not acknowledge (keys are dropped anyway) */
    public Optional<Diagnosis> signOff() {
        return engine.signOff();
    }

    /**
     * @param card   the card
     * @param amount amount in minor units (fen), 1 .. 999999999999
     * @param pin    the online PIN, or null; encrypted at once under the PIN key, never stored
     * @return the result
     */
    public TransactionResult purchase(CardInput card, long amount, Pin pin) {
        checkAmount(amount);
        return engine.transact(TransactionType.PURCHASE, card, amount, pin, Map.of(), null);
    }

    /**
     * @param card the card
     * @param pin  the online PIN, or null
     * @return the result, with {@link TransactionResult#balance()} when approved
     */
    public TransactionResult balance(CardInput card, Pin pin) {
        return engine.transact(TransactionType.BALANCE, card, 0, pin, Map.of(), null);
    }

    /**
     * Voids an approved purchase of the open batch (DE 37 original RRN, DE 61 original batch and STAN).
     *
     * @param original the purchase's result
     * @return the void's result
     * @throws IllegalArgumentException if the original was not approved or is not in the journal
     */
    public TransactionResult voidPurchase(TransactionResult original) {
        Objects.requireNonNull(original, "original");
        if (!original.approved() || original.type() != TransactionType.PURCHASE) {
            throw new IllegalArgumentException("only an approved purchase can be voided");
        }
        return engine.voidPurchase(original);
    }

    /**
     * Refunds (part of) an earlier purchase (0220; DE 37 original RRN, DE 61 original batch, STAN, MMDD).
     *
     * @param card         the card
     * @param amount       amount to refund
     * @param originalRrn  the original's RRN (12 characters)
     * @param originalBatch the original's batch
     * @param originalStan the original's STAN
     * @param originalDate the original's date MMDD
     * @return the result
     */
    public TransactionResult refund(CardInput card, long amount, String originalRrn, long originalBatch,
                                    int originalStan, String originalDate) {
        checkAmount(amount);
        Objects.requireNonNull(originalRrn, "originalRrn");
        if (!originalDate.matches("\\d{4}")) {
            throw new IllegalArgumentException("originalDate must be MMDD");
        }
        return engine.transact(TransactionType.REFUND, card, amount, null, Map.of(37, originalRrn,
                61, String.format("%06d%06d%s", originalBatch % 1_000_000, originalStan, originalDate)), null);
    }

    /** @return the settlement of the open batch (with batch upload if the host's totals disagree) */
    public SettlementResult settle() {
        return engine.settle();
    }

    /**
     * Compacts the journal (crash-safe; also done after every successful settlement unless the builder
     * says otherwise): final transactions of settled batches go, everything recovery needs stays.
     *
     * @return records dropped (0 if the journal does not support compaction)
     */
    public int compactJournal() {
        return engine.compactJournal();
    }

    /** @return how many pending reversals the host acknowledged now */
    public int sendPendingReversals() {
        return engine.sendPendingReversals();
    }

    /** @return reversals in the journal not yet acknowledged */
    public int pendingReversals() {
        return engine.pendingReversals();
    }

    /** @param operator who unlocks (recorded) the terminal after a sign-in or MAC lockout */
    public void unlock(String operator) {
        engine.unlock(Objects.requireNonNull(operator, "operator"));
    }

    /** @return the session machine's state */
    public SessionState sessionState() {
        return engine.sessionState();
    }

    /** @return the persisted lockout state */
    public LockoutState lockoutState() {
        return engine.lockoutState();
    }

    /**
     * @param pan a card number
     * @return the key under which lockouts of this card are counted on this terminal
     */
    public CardKey cardKey(String pan) {
        return CardKey.of(pan, engine.salt());
    }

    /** @return the open batch number */
    public long batch() {
        return engine.batch();
    }

    /** Drops the working keys and closes the link (the journal stays open: its owner closes it). */
    @Override
    public void close() {
        engine.close();
    }

    private static void checkAmount(long amount) {
        if (amount < 1 || amount > 999_999_999_999L) {
            throw new IllegalArgumentException("amount must be 1 .. 999999999999 minor units");
        }
    }

    @Override
    public String toString() {
        return "Terminal[" + engine.sessionState().label() + ", batch " + engine.batch() + "]";
    }

    /**
     * Builds a {@link Terminal}; required: terminal ID, merchant ID, link, journal, and either an
     * {@link #acquirer(AcquirerProfile) acquirer profile} or a {@link #masterKey(KeyHandle) master key}
     * (which means the China UnionPay profile).
     */
    public static final class Builder {
        private String terminalId;
        private String merchantId;
        private String operator = "001";
        private String currency = "156";
        private KeyHandle masterKey;
        private HostLink link;
        private TransactionJournal journal;
        private Tpdu tpdu = Tpdu.of("6000030000");
        private byte[] header = HexFormat.of().parseHex("603100310100");
        private InstantSource clock = InstantSource.system();
        private SecureRandom secureRandom;
        private Sleeper sleeper = Sleeper.system();
        private RetryPolicy retry;
        private LockoutPolicy lockout = LockoutPolicy.defaults();
        private ResponseCodeTable responseCodes;
        private AcquirerProfile acquirer;
        private boolean cupHeadersSet;
        private Duration responseTimeout = Duration.ofSeconds(30);
        private Duration reversalExpiry = Duration.ofDays(7);
        private TerminalListener listener = TerminalListener.none();
        private final List<TransactionStep> steps = new ArrayList<>();
        private javax.crypto.SecretKey journalDataKey;
        private boolean compactAfterSettlement = true;

        private Builder() {
        }

        /** @param id DE 41, 8 characters @return this */
        public Builder terminalId(String id) {
            this.terminalId = check(id, "terminalId", "[\\x20-\\x7E]{8}", "terminalId must be 8 printable characters");
            return this;
        }

        /** @param id DE 42, 15 characters @return this */
        public Builder merchantId(String id) {
            this.merchantId = check(id, "merchantId", "[\\x20-\\x7E]{15}", "merchantId must be 15 printable characters");
            return this;
        }

        /** @param op DE 63 operator number at sign-in, 3 digits (default 001) @return this */
        public Builder operator(String op) {
            this.operator = check(op, "operator", "\\d{3}", "operator must be 3 digits");
            return this;
        }

        /** @param code DE 49, 3 digits (default 156, CNY) @return this */
        public Builder currency(String code) {
            this.currency = check(code, "currency", "\\d{3}", "currency must be 3 digits");
            return this;
        }

        /**
         * Selects the China UnionPay profile with this TMK (same as {@code acquirer(AcquirerProfile.cup(tmk))},
         * with {@link #cupHeaders} if given).
         *
         * @param tmk the terminal master key, usage KEY_ENCRYPTION (not closed by the terminal)
         * @return this
         */
        public Builder masterKey(KeyHandle tmk) {
            if (Objects.requireNonNull(tmk, "masterKey").usage() != KeyUsage.KEY_ENCRYPTION) {
                throw new IllegalArgumentException("masterKey must have usage KEY_ENCRYPTION");
            }
            this.masterKey = tmk;
            return this;
        }

        /** @param link the host link (closed by {@link Terminal#close()}) @return this */
        public Builder link(HostLink link) {
            this.link = Objects.requireNonNull(link, "link");
            return this;
        }

        /** @param journal the journal (the caller closes it) @return this */
        public Builder journal(TransactionJournal journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
            return this;
        }

        /** @param tpdu request TPDU (default 6000030000) @param header 6-byte header (default 603100310100) @return this */
        public Builder cupHeaders(Tpdu tpdu, byte[] header) {
            this.tpdu = Objects.requireNonNull(tpdu, "tpdu");
            this.header = Objects.requireNonNull(header, "header").clone();
            this.cupHeadersSet = true;
            return this;
        }

        /** @param clock time source (default system) @return this */
        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param random for the lockout salt, PIN-block fill and default jitter (default new SecureRandom) @return this */
        public Builder secureRandom(SecureRandom random) {
            this.secureRandom = Objects.requireNonNull(random, "random");
            return this;
        }

        /** @param sleeper waits between retries (default Thread.sleep) @return this */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** @param policy retry policy (default {@link RetryPolicy#defaults}) @return this */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retry = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** @param policy lockout policy (default {@link LockoutPolicy#defaults()}) @return this */
        public Builder lockoutPolicy(LockoutPolicy policy) {
            this.lockout = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param profile the acquirer profile (dialect, message table, response codes, security scheme)
         * @return this
         */
        public Builder acquirer(AcquirerProfile profile) {
            this.acquirer = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** @param table the acquirer's response codes (default: the profile's) @return this */
        public Builder responseCodes(ResponseCodeTable table) {
            this.responseCodes = Objects.requireNonNull(table, "table");
            return this;
        }

        /** @param timeout read timeout per request (default 30 s) @return this */
        public Builder responseTimeout(Duration timeout) {
            if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("responseTimeout must be positive");
            }
            this.responseTimeout = timeout;
            return this;
        }

        /** @param expiry how long a reversal is retried (default 7 days) @return this */
        public Builder reversalExpiry(Duration expiry) {
            this.reversalExpiry = Objects.requireNonNull(expiry, "expiry");
            return this;
        }

        /** @param listener events for a UI or trace @return this */
        public Builder listener(TerminalListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Protects the card data the journal must keep for reversals (PAN, expiry, DE 55) with
         * AES-GCM under this key; without it they are stored in clear (masked in every dump). The same
         * key must be given after a restart or recovery fails with a {@code JournalException}.
         *
         * @param aesKey an AES key (128, 192 or 256 bits), e.g. from the device's secure storage
         * @return this
         */
        public Builder journalDataKey(javax.crypto.SecretKey aesKey) {
            if (!"AES".equalsIgnoreCase(Objects.requireNonNull(aesKey, "aesKey").getAlgorithm())) {
                throw new IllegalArgumentException("journalDataKey must be an AES key");
            }
            this.journalDataKey = aesKey;
            return this;
        }

        /** @param compact whether a successful settlement compacts the journal (default true) @return this */
        public Builder compactJournalAfterSettlement(boolean compact) {
            this.compactAfterSettlement = compact;
            return this;
        }

        /** @param step a vendor step, run in the order added @return this */
        public Builder step(TransactionStep step) {
            steps.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        /**
         * Replays the journal (recovery itself runs on the first operation or {@link Terminal#recover()}).
         *
         * @return the terminal
         * @throws IllegalStateException naming the first missing required setting
         */
        public Terminal build() {
            require(terminalId, "terminalId");
            require(merchantId, "merchantId");
            if (acquirer == null && masterKey == null) {
                throw new IllegalStateException("acquirer (or masterKey for the cup profile) is required");
            }
            if (acquirer != null && (masterKey != null || cupHeadersSet)) {
                throw new IllegalStateException("masterKey/cupHeaders belong to AcquirerProfile.cup: set either them"
                        + " or acquirer(profile)");
            }
            require(link, "link");
            require(journal, "journal");
            SecureRandom sr = secureRandom != null ? secureRandom : new SecureRandom();
            RetryPolicy rp = retry != null ? retry : RetryPolicy.defaults(new SplittableRandom(sr.nextLong()));
            AcquirerProfile profile = acquirer != null ? acquirer : AcquirerProfile.cup(masterKey, tpdu, header);
            ResponseCodeTable table = responseCodes != null ? responseCodes : profile.responseCodes();
            return new Terminal(new Engine(new Settings(terminalId, merchantId, operator, currency, link,
                    journal, profile.newAcquirer(), clock, sr, sleeper, rp, lockout, table,
                    responseTimeout, reversalExpiry, listener, List.copyOf(steps), journalDataKey,
                    compactAfterSettlement)));
        }

        private static String check(String v, String name, String regex, String message) {
            if (!Objects.requireNonNull(v, name).matches(regex)) {
                throw new IllegalArgumentException(message);
            }
            return v;
        }

        private static void require(Object v, String name) {
            if (v == null) {
                throw new IllegalStateException(name + " is required");
            }
        }
    }
}
