package io.pos4j.terminal.internal;

import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.DukptTransaction;
import io.pos4j.pin.PinException;
import io.pos4j.terminal.LocalCause;
import io.pos4j.terminal.MessageTemplate;
import io.pos4j.terminal.ResponseCodeTable;
import io.pos4j.terminal.TransactionType;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The ISO 8583:1987 binary profile for TDES DUKPT terminals (pos-testkit PROTOCOL.md, dialect
 * {@code iso87-binary}): no TPDU, no key exchange; "sign-in" is a 0800 DE 70 {@code 001} sign-on,
 * echo {@code 301}, sign-off {@code 002}; every PIN- or MAC-protected message takes the next DUKPT
 * counter (KSN as 20 hex characters in DE 62), PIN format 0 under the PIN key, X9.19 MAC with the
 * MAC request key, the answer verified with the MAC response key of the same KSN. The terminal
 * holds only the {@link DukptTerminal} (future keys derived from the IPEK; never the BDK).
 */
public final class DukptAcquirer extends Acquirer {

    private static final WireCodec CODEC = new Iso87WireCodec();

    private final DukptTerminal dukpt;
    private boolean signedOn;

    /** @param dukpt the device's DUKPT state (TDES; the caller owns its store) */
    public DukptAcquirer(DukptTerminal dukpt) {
        this.dukpt = Objects.requireNonNull(dukpt, "dukpt");
    }

    @Override
    public String name() {
        return "iso87-binary";
    }

    @Override
    public ResponseCodeTable responseCodes() {
        return ResponseCodeTable.iso87();
    }

    @Override
    public MessageTemplate template(TransactionType type) {
        return MessageTemplate.iso87(type);
    }

    @Override
    WireCodec codec() {
        return CODEC;
    }

    @Override
    String de60(MessageTemplate t, String batch6) {
        return batch6;
    }

    @Override
    String adminDe60(String batch6, String code) {
        return batch6 + code;
    }

    @Override
    boolean hasKeys() {
        return signedOn && !dukpt.exhausted();
    }

    @Override
    MessageKeys keys() {
        DukptTransaction tx;
        try {
            tx = dukpt.nextTransaction();
        } catch (PinException e) {
            if (e.reason() == PinException.Reason.DUKPT_STATE) {
                throw new KeysUnavailableException(LocalCause.JOURNAL_FAILURE, "DUKPT state could not be saved");
            }
            throw new KeysUnavailableException(LocalCause.KEYS_EXHAUSTED, "DUKPT keys exhausted");
        } catch (IllegalStateException e) {
            throw new KeysUnavailableException(LocalCause.KEYS_EXHAUSTED, "DUKPT future keys unusable");
        }
        return new DukptMessageKeys(tx);
    }

    @Override
    void invalidate() {
        signedOn = false;
    }

    @Override
    LocalCause signInBlocked() {
        return dukpt.exhausted() ? LocalCause.KEYS_EXHAUSTED : null;
    }

    @Override
    WireMessage signInRequest(int stan, Settings s, String batch6) {
        return networkRequest(stan, s, batch6, "001");
    }

    @Override
    SignIn install(WireMessage response, long batch, int generation) {
        signedOn = true;
        return new SignIn(null, batch);
    }

    @Override
    WireMessage networkRequest(int stan, Settings s, String batch6, String code) {
        Map<Integer, Object> f = new TreeMap<>();
        f.put(11, String.format("%06d", stan));
        f.put(41, s.terminalId());
        f.put(42, s.merchantId());
        f.put(60, batch6);
        f.put(70, code);
        return new WireMessage("0800", f);
    }

    @Override
    void afterJournalReplay(long maxUsedCounter, Consumer<String> notes) {
        long skipped = 0;
        while (!dukpt.exhausted() && dukpt.nextKsn().counter() <= maxUsedCounter) {
            // the key state is behind the journal (restored from an old copy?): never reuse a counter
            dukpt.nextTransaction().close();
            skipped++;
        }
        if (skipped > 0) {
            notes.accept("DUKPT key state was behind the journal: " + skipped + " counter(s) skipped");
        }
    }

    @Override
    void close() {
        signedOn = false;
    }

    @Override
    public String toString() {
        return "DukptAcquirer[next KSN " + dukpt.nextKsn() + (signedOn ? ", signed on" : "") + "]";
    }
}
