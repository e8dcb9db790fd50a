package io.pos4j.terminal.internal;

import io.pos4j.pin.DukptTransaction;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.MacAlgorithm;
import io.pos4j.pin.MacCalculator;
import io.pos4j.pin.MacPadding;
import io.pos4j.pin.Macs;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.TdesDukptUsage;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * One TDES DUKPT message (ANSI X9.24-1:2009): the PIN key, MAC request key and MAC response key of
 * one KSN. The transaction key is destroyed as soon as the three variants are derived; the
 * variants are destroyed by {@link #release()}. MAC: ISO 9797-1 algorithm 3 (ANSI X9.19), padding
 * method 1, full 8 bytes in DE 64; the request is signed with the request key, the answer verified
 * (constant time) with the response key.
 */
final class DukptMessageKeys implements MessageKeys {

    private final String ksn;
    private final KeyHandle pinKey;
    private final KeyHandle macRequest;
    private final KeyHandle macResponse;

    DukptMessageKeys(DukptTransaction tx) {
        try (tx) {
            this.ksn = tx.ksn().toString();
            this.pinKey = tx.tdesKey(TdesDukptUsage.PIN);
            this.macRequest = tx.tdesKey(TdesDukptUsage.MAC_REQUEST);
            this.macResponse = tx.tdesKey(TdesDukptUsage.MAC_RESPONSE);
        }
    }

    @Override
    public void putPin(Map<Integer, Object> fields, Pin pin, String pan) {
        fields.put(52, PinBlocks.cipher(pinKey, PinBlockFormat.ISO_0).encrypt(pin, pan));
    }

    @Override
    public Optional<String> ksn() {
        return Optional.of(ksn);
    }

    @Override
    public void sign(byte[] frame, int from) {
        MacCalculator mac = Macs.create(macRequest, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1);
        byte[] m = mac.compute(Arrays.copyOfRange(frame, from, frame.length - 8));
        System.arraycopy(m, 0, frame, frame.length - 8, 8);
    }

    @Override
    public boolean verify(byte[] frame, int from) {
        if (frame.length - 8 < from) {
            return false;
        }
        MacCalculator mac = Macs.create(macResponse, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1);
        return mac.verify(Arrays.copyOfRange(frame, from, frame.length - 8),
                Arrays.copyOfRange(frame, frame.length - 8, frame.length));
    }

    @Override
    public void release() {
        pinKey.destroy();
        macRequest.destroy();
        macResponse.destroy();
    }

    @Override
    public String toString() {
        return "DukptMessageKeys[ksn " + ksn + "]";
    }
}
