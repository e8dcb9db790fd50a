package io.pos4j.testkit;

import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.MacAlgorithm;
import io.pos4j.pin.MacCalculator;
import io.pos4j.pin.MacPadding;
import io.pos4j.pin.Macs;
import io.pos4j.pin.PinBlockCipher;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.TdesDukptHost;
import io.pos4j.pin.TdesDukptUsage;

/**
 * The per-request TDES DUKPT keys of one KSN (X9.24-1:2009): PIN key, MAC request key (verify),
 * MAC response key (answer). Wiped by {@link #close()} when the answer is packed.
 */
final class DukptKeys implements AutoCloseable {
    private final KeyHandle pinKey;
    private final KeyHandle macRequest;
    private final KeyHandle macResponse;
    final PinBlockCipher pin;
    final MacCalculator verify;
    final MacCalculator sign;

    DukptKeys(TdesDukptHost host, io.pos4j.pin.Ksn ksn) {
        try (KeyHandle transaction = host.transactionKey(ksn)) {
            this.pinKey = TdesDukptHost.workingKey(transaction, TdesDukptUsage.PIN);
            this.macRequest = TdesDukptHost.workingKey(transaction, TdesDukptUsage.MAC_REQUEST);
            this.macResponse = TdesDukptHost.workingKey(transaction, TdesDukptUsage.MAC_RESPONSE);
        }
        this.pin = PinBlocks.cipher(pinKey, PinBlockFormat.ISO_0);
        this.verify = Macs.create(macRequest, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1);
        this.sign = Macs.create(macResponse, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1);
    }

    @Override
    public void close() {
        pinKey.close();
        macRequest.close();
        macResponse.close();
    }

    @Override
    public String toString() {
        return "DukptKeys[" + pinKey + "]";
    }
}
