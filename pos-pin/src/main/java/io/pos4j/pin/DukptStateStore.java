package io.pos4j.pin;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a {@link DukptTerminal} keeps its state (KSN, counter and future / intermediate derivation
 * keys) so that a restart continues with the next counter and never reuses one. The terminal saves
 * the advanced state BEFORE it hands out a transaction key; {@link #save} must therefore be durable
 * (written and synced) when it returns, and throw if it is not.
 *
 * <p>SENSITIVE: the state contains key material; keep it in the device's secure storage. The
 * bytes are self-checking (CRC-32) and versioned; treat them as opaque.
 */
public interface DukptStateStore {

    /** @return the last saved state, empty before the first {@link #save} */
    Optional<byte[]> load();

    /**
     * Replaces the saved state; durable when it returns.
     *
     * @throws RuntimeException when the state could not be saved (the terminal then fails the
     *                          transaction with {@link PinException.Reason#DUKPT_STATE})
     */
    void save(byte[] state);

    /**
     * A store in memory, for tests and for devices that persist elsewhere. It refuses a state whose
     * counter is lower than the one it holds.
     */
    static DukptStateStore inMemory() {
        return new DukptStateStore() {
            private byte[] state;

            @Override
            public synchronized Optional<byte[]> load() {
                return Optional.ofNullable(state).map(byte[]::clone);
            }

            @Override
            public synchronized void save(byte[] newState) {
                if (state != null && DukptTerminal.counterOf(newState) < DukptTerminal.counterOf(state)) {
                    throw new PinException(PinException.Reason.DUKPT_STATE,
                            "DUKPT state store: refusing to move the counter back");
                }
                if (state != null) {
                    Arrays.fill(state, (byte) 0);
                }
                state = newState.clone();
            }

            @Override
            public String toString() {
                return "DukptStateStore[in memory]";
            }
        };
    }
}
