package io.pos4j.testkit;

import io.pos4j.testkit.internal.Pans;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The issuer's card accounts while the simulator runs: balances, statuses and wrong-PIN counters.
 * Thread-safe; changes take effect for the next request.
 */
public final class Accounts {
    private final Map<String, State> byPan = new HashMap<>();
    private final Map<String, State> byMasked = new HashMap<>();
    private final int maxPinTries;

    Accounts(int maxPinTries) {
        this.maxPinTries = maxPinTries;
    }

    /**
     * Adds an account.
     *
     * @param account the account
     * @throws IllegalArgumentException if an account with the same PAN, or the same masked PAN
     *     (first6/last4: the ledger file identifies cards by it), exists
     */
    public synchronized void add(Account account) {
        Objects.requireNonNull(account, "account");
        if (byPan.containsKey(account.pan()) || byMasked.containsKey(account.maskedPan())) {
            throw new IllegalArgumentException("account " + account.maskedPan() + ": already present (PANs must differ in first6/last4)");
        }
        State s = new State(account);
        byPan.put(account.pan(), s);
        byMasked.put(account.maskedPan(), s);
    }

    /** @return the configured accounts */
    public synchronized List<Account> list() {
        return byPan.values().stream().map(s -> s.account).toList();
    }

    /**
     * @param pan the PAN
     * @return true if the issuer knows the card
     */
    public synchronized boolean contains(String pan) {
        return byPan.containsKey(pan);
    }

    /**
     * @param pan a known PAN
     * @return the current balance in minor units
     */
    public synchronized long balance(String pan) {
        return state(pan).balance;
    }

    /**
     * @param pan     a known PAN
     * @param balance the new balance, not negative
     */
    public synchronized void setBalance(String pan, long balance) {
        if (balance < 0) {
            throw new IllegalArgumentException("balance: must not be negative");
        }
        state(pan).balance = balance;
    }

    /**
     * @param pan a known PAN
     * @return the current status
     */
    public synchronized AccountStatus status(String pan) {
        return state(pan).status;
    }

    /**
     * @param pan    a known PAN
     * @param status the new status
     */
    public synchronized void setStatus(String pan, AccountStatus status) {
        state(pan).status = Objects.requireNonNull(status, "status");
    }

    /**
     * @param pan a known PAN
     * @return consecutive wrong PINs so far
     */
    public synchronized int wrongPinCount(String pan) {
        return state(pan).wrongPins;
    }

    /** @return after this many consecutive wrong PINs the card answers {@code 75} */
    public int maxPinTries() {
        return maxPinTries;
    }

    /**
     * Unlocks a card locked by wrong PINs.
     *
     * @param pan a known PAN
     */
    public synchronized void resetPinTries(String pan) {
        state(pan).wrongPins = 0;
    }

    private State state(String pan) {
        State s = byPan.get(Objects.requireNonNull(pan, "pan"));
        if (s == null) {
            throw new IllegalArgumentException("unknown account " + Pans.mask(pan));
        }
        return s;
    }

    // ---- for the book, under its lock ----

    synchronized State find(String pan) {
        return pan == null ? null : byPan.get(pan);
    }

    synchronized State findMasked(String maskedPan) {
        return byMasked.get(maskedPan);
    }

    /** Runtime state of one account; guarded by the {@link Accounts} monitor. */
    static final class State {
        final Account account;
        long balance;
        AccountStatus status;
        int wrongPins;

        State(Account account) {
            this.account = account;
            this.balance = account.openingBalance();
            this.status = account.status();
        }
    }
}
