package io.pos4j.terminal.internal;

import io.pos4j.terminal.LocalCause;
import io.pos4j.terminal.MessageTemplate;
import io.pos4j.terminal.ResponseCodeTable;
import io.pos4j.terminal.TransactionType;
import java.util.function.Consumer;

/**
 * One acquirer profile at run time: its dialect codec, message table, response codes and security
 * scheme (CUP master/session keys with a sign-in key exchange, or TDES DUKPT with a plain sign-on
 * and per-message keys). The flows are the same for every profile; everything that differs on the
 * wire is here. Created per terminal by {@code AcquirerProfile}; not thread-safe.
 */
public abstract class Acquirer {

    /** What a sign-in answer did. @param failure null when installed @param batch the batch to use now */
    record SignIn(LocalCause failure, long batch) {
    }

    Acquirer() {
    }

    /** @return the profile name ({@code cup}, {@code iso87-binary}) */
    public abstract String name();

    /** @return the profile's default response-code table */
    public abstract ResponseCodeTable responseCodes();

    /**
     * @param type a transaction type
     * @return its row of the profile's message table
     */
    public abstract MessageTemplate template(TransactionType type);

    abstract WireCodec codec();

    /** @return DE 60 of a financial request */
    abstract String de60(MessageTemplate t, String batch6);

    /** @return DE 60 of a settlement (0500) or batch upload (0320) with the network code ({@code 201}, {@code 207}) */
    abstract String adminDe60(String batch6, String code);

    /** @return whether a message can be protected now (keys installed / signed on and not exhausted) */
    abstract boolean hasKeys();

    /**
     * @return the keys for the next message (for DUKPT: advances and saves the counter first)
     * @throws KeysUnavailableException when none can be given (nothing is sent then)
     */
    abstract MessageKeys keys();

    /** Drops the keys (CUP) or the sign-on (DUKPT): the next message needs a new sign-in. */
    abstract void invalidate();

    /** @return why a sign-in cannot even be attempted (e.g. DUKPT exhausted), or null */
    LocalCause signInBlocked() {
        return null;
    }

    /** @return the sign-in (CUP 0800 {@code 003} key exchange; DUKPT 0800 DE 70 {@code 001}) */
    abstract WireMessage signInRequest(int stan, Settings s, String batch6);

    /**
     * Installs what an approved sign-in answer carries (all or nothing).
     *
     * @param response the 0810 with DE 39 {@code 00}
     * @param batch    the terminal's batch now
     * @param generation the key generation to install as
     * @return failure or the batch to continue with
     */
    abstract SignIn install(WireMessage response, long batch, int generation);

    /**
     * @param code {@code 301} echo or {@code 002} sign-off
     * @return the network-management request
     */
    abstract WireMessage networkRequest(int stan, Settings s, String batch6, String code);

    /**
     * Called once after the journal is replayed with the highest DUKPT counter the journal saw on
     * the wire; a profile with counters moves past it so a counter is never used twice.
     *
     * @param maxUsedCounter highest counter journaled, -1 for none
     * @param notes          receives a note when counters were skipped
     */
    void afterJournalReplay(long maxUsedCounter, Consumer<String> notes) {
    }

    /** Destroys whatever keys the profile holds for this terminal. */
    abstract void close();
}
