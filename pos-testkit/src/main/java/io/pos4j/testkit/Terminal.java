package io.pos4j.testkit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Destroyable;

/**
 * A terminal as the acquirer knows it: terminal ID (DE 41), merchant ID (DE 42), whether it is
 * registered, its terminal master key (TMK, {@code cup} dialect) or base derivation key (BDK,
 * DUKPT terminals), and the transaction types it may perform ({@code 58} otherwise). The keys are
 * test keys supplied by the test; they are copied in, never printed, and wiped by
 * {@link #destroy()}.
 */
public final class Terminal implements Destroyable {
    private final String terminalId;
    private final String merchantId;
    private final boolean registered;
    private final byte[] tmk;
    private final byte[] bdk;
    private final Set<TransactionType> permitted;
    private volatile boolean destroyed;

    private Terminal(Builder b) {
        this.terminalId = b.terminalId;
        this.merchantId = b.merchantId;
        this.registered = b.registered;
        this.tmk = b.tmk == null ? null : b.tmk.clone();
        this.bdk = b.bdk == null ? null : b.bdk.clone();
        this.permitted = Set.copyOf(b.permitted);
    }

    /**
     * Starts a terminal.
     *
     * @param terminalId DE 41, 8 characters
     * @param merchantId DE 42, 15 characters
     * @return a builder: registered, all transaction types permitted, no keys
     */
    public static Builder builder(String terminalId, String merchantId) {
        return new Builder(terminalId, merchantId);
    }

    /** @return DE 41 */
    public String terminalId() {
        return terminalId;
    }

    /** @return DE 42 */
    public String merchantId() {
        return merchantId;
    }

    /** @return false if the acquirer answers {@code 97} to everything from this terminal */
    public boolean registered() {
        return registered;
    }

    /** @return the transaction types this terminal may perform */
    public Set<TransactionType> permitted() {
        return permitted;
    }

    /** @return whether a TMK is configured */
    public boolean hasTmk() {
        return tmk != null;
    }

    /** @return whether a BDK is configured */
    public boolean hasBdk() {
        return bdk != null;
    }

    /** @return a copy of the TMK, for the simulator's key exchange */
    byte[] tmkCopy() {
        checkAlive();
        return tmk == null ? null : tmk.clone();
    }

    /** @return a copy of the BDK, for the simulator's DUKPT derivation */
    byte[] bdkCopy() {
        checkAlive();
        return bdk == null ? null : bdk.clone();
    }

    private void checkAlive() {
        if (destroyed) {
            throw new IllegalStateException("terminal keys destroyed");
        }
    }

    @Override
    public void destroy() {
        destroyed = true;
        if (tmk != null) {
            Arrays.fill(tmk, (byte) 0);
        }
        if (bdk != null) {
            Arrays.fill(bdk, (byte) 0);
        }
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "Terminal[" + terminalId + ", merchant " + merchantId + (registered ? "" : ", unregistered")
                + (tmk != null ? ", tmk" : "") + (bdk != null ? ", bdk" : "") + "]";
    }

    /** Builds a {@link Terminal}; setters check eagerly. */
    public static final class Builder {
        private final String terminalId;
        private final String merchantId;
        private boolean registered = true;
        private byte[] tmk;
        private byte[] bdk;
        private Set<TransactionType> permitted = EnumSet.allOf(TransactionType.class);

        private Builder(String terminalId, String merchantId) {
            Objects.requireNonNull(terminalId, "terminalId");
            Objects.requireNonNull(merchantId, "merchantId");
            if (terminalId.length() != 8 || !terminalId.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("terminalId: expected 8 printable characters");
            }
            if (merchantId.length() != 15 || !merchantId.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("merchantId: expected 15 printable characters");
            }
            this.terminalId = terminalId;
            this.merchantId = merchantId;
        }

        /**
         * @param registered false to have every request answered {@code 97}
         * @return this
         */
        public Builder registered(boolean registered) {
            this.registered = registered;
            return this;
        }

        /**
         * @param key double-length TDES terminal master key (16 bytes), copied
         * @return this
         */
        public Builder tmk(byte[] key) {
            this.tmk = checkTdes(key, "tmk");
            return this;
        }

        /**
         * @param key double-length TDES base derivation key (16 bytes), copied
         * @return this
         */
        public Builder bdk(byte[] key) {
            this.bdk = checkTdes(key, "bdk");
            return this;
        }

        /**
         * @param types what the terminal may do; anything else is answered {@code 58}
         * @return this
         */
        public Builder permitted(Set<TransactionType> types) {
            Objects.requireNonNull(types, "types");
            this.permitted = types.isEmpty() ? EnumSet.noneOf(TransactionType.class) : EnumSet.copyOf(types);
            return this;
        }

        private static byte[] checkTdes(byte[] key, String name) {
            Objects.requireNonNull(key, name);
            if (key.length != 16) {
                throw new IllegalArgumentException(name + ": expected 16 bytes (double-length TDES), got " + key.length);
            }
            return key.clone();
        }

        /** @return the terminal */
        public Terminal build() {
            return new Terminal(this);
        }
    }
}
