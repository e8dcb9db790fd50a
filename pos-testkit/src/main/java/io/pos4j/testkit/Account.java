package io.pos4j.testkit;

import io.pos4j.testkit.internal.Pans;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/**
 * The configuration of one card account at the simulated issuer: PAN, PIN, opening balance,
 * expiry, status and an optional per-transaction limit. Immutable; the running balance and the
 * wrong-PIN counter live in {@link Accounts}. {@code toString()} masks the PAN and never shows the
 * PIN.
 */
public final class Account {
    private final String pan;
    private final char[] pin;
    private final long openingBalance;
    private final YearMonth expiry;
    private final AccountStatus status;
    private final long perTransactionLimit;

    private Account(Builder b) {
        this.pan = b.pan;
        this.pin = b.pin.clone();
        this.openingBalance = b.balance;
        this.expiry = b.expiry;
        this.status = b.status;
        this.perTransactionLimit = b.limit;
    }

    /**
     * Starts an account.
     *
     * @param pan 12 to 19 digits
     * @return a builder (the PIN must be set; defaults: balance 0, expiry 2049-12, status active,
     *     no limit)
     * @throws IllegalArgumentException if the PAN is not 12 to 19 digits
     */
    public static Builder builder(String pan) {
        return new Builder(pan);
    }

    /** @return the PAN (configuration data the test supplied) */
    public String pan() {
        return pan;
    }

    /** @return the PAN masked first6/last4 */
    public String maskedPan() {
        return Pans.mask(pan);
    }

    /**
     * Compares a PIN in constant time with respect to the digits.
     *
     * @param candidate the PIN entered
     * @return true if equal
     */
    public boolean pinMatches(CharSequence candidate) {
        if (candidate == null) {
            return false;
        }
        int diff = candidate.length() ^ pin.length;
        for (int i = 0; i < pin.length; i++) {
            char c = i < candidate.length() ? candidate.charAt(i) : 0;
            diff |= c ^ pin[i];
        }
        return diff == 0;
    }

    /** @return the PIN as a copy; for writing an accounts file only */
    char[] pinCopy() {
        return pin.clone();
    }

    /** @return the opening balance in minor units (fen) */
    public long openingBalance() {
        return openingBalance;
    }

    /** @return the expiry month; the card is expired after its last day */
    public YearMonth expiry() {
        return expiry;
    }

    /** @return the initial status */
    public AccountStatus status() {
        return status;
    }

    /** @return the per-transaction limit in minor units, {@link Long#MAX_VALUE} if none */
    public long perTransactionLimit() {
        return perTransactionLimit;
    }

    @Override
    public String toString() {
        return "Account[" + maskedPan() + ", balance=" + openingBalance + ", expiry=" + expiry
                + ", " + status + "]";
    }

    /** Builds an {@link Account}; setters check eagerly. */
    public static final class Builder {
        private final String pan;
        private char[] pin;
        private long balance;
        private YearMonth expiry = YearMonth.of(2049, 12);
        private AccountStatus status = AccountStatus.ACTIVE;
        private long limit = Long.MAX_VALUE;

        private Builder(String pan) {
            Objects.requireNonNull(pan, "pan");
            if (!Pans.isValid(pan)) {
                throw new IllegalArgumentException("pan: expected 12 to 19 digits");
            }
            this.pan = pan;
        }

        /**
         * @param pin 4 to 12 digits
         * @return this
         */
        public Builder pin(CharSequence pin) {
            Objects.requireNonNull(pin, "pin");
            if (pin.length() < 4 || pin.length() > 12 || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("pin: expected 4 to 12 digits");
            }
            char[] p = new char[pin.length()];
            for (int i = 0; i < p.length; i++) {
                p[i] = pin.charAt(i);
            }
            if (this.pin != null) {
                Arrays.fill(this.pin, '\0');
            }
            this.pin = p;
            return this;
        }

        /**
         * @param minorUnits opening balance, not negative
         * @return this
         */
        public Builder balance(long minorUnits) {
            if (minorUnits < 0) {
                throw new IllegalArgumentException("balance: must not be negative");
            }
            this.balance = minorUnits;
            return this;
        }

        /**
         * @param expiry last valid month
         * @return this
         */
        public Builder expiry(YearMonth expiry) {
            this.expiry = Objects.requireNonNull(expiry, "expiry");
            return this;
        }

        /**
         * @param status initial status
         * @return this
         */
        public Builder status(AccountStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param minorUnits largest amount one purchase may have; above it the answer is {@code 61}
         * @return this
         */
        public Builder perTransactionLimit(long minorUnits) {
            if (minorUnits <= 0) {
                throw new IllegalArgumentException("perTransactionLimit: must be positive");
            }
            this.limit = minorUnits;
            return this;
        }

        /**
         * @return the account
         * @throws IllegalStateException if no PIN was set
         */
        public Account build() {
            if (pin == null) {
                throw new IllegalStateException("pin: not set");
            }
            return new Account(this);
        }
    }
}
