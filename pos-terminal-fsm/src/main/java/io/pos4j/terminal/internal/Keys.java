package io.pos4j.terminal.internal;

import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.MacAlgorithm;
import io.pos4j.pin.MacCalculator;
import io.pos4j.pin.Macs;
import io.pos4j.pin.PinBlockCipher;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.Pin;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The installed working keys (PIK, MAK). Replaced as a whole; the old handles are destroyed.
 * Keys are held in memory only: after a restart the terminal signs in again.
 */
final class Keys implements MessageKeys, AutoCloseable {

    private final KeyHandle pik;
    private final KeyHandle mak;
    private final int generation;
    private final MacCalculator mac;
    private final PinBlockCipher pinCipher;

    Keys(KeyHandle pik, KeyHandle mak, int generation) {
        this.pik = pik;
        this.mak = mak;
        this.generation = generation;
        this.mac = Macs.create(mak, MacAlgorithm.CUP_ECB);
        this.pinCipher = PinBlocks.cipher(pik, PinBlockFormat.ISO_0);
    }

    int generation() {
        return generation;
    }

    @Override
    public void putPin(Map<Integer, Object> fields, Pin pin, String pan) {
        fields.put(52, pinCipher.encrypt(pin, pan));
        fields.put(53, "2600000000000000");
    }

    @Override
    public Optional<String> ksn() {
        return Optional.empty();
    }

    @Override
    public void release() {
        // session keys live until the next sign-in
    }

    @Override
    public void sign(byte[] frame, int from) {
        byte[] m = mac.compute(Arrays.copyOfRange(frame, from, frame.length - 8));
        System.arraycopy(m, 0, frame, frame.length - 8, 8);
    }

    @Override
    public boolean verify(byte[] frame, int from) {
        if (frame.length - 8 < from) {
            return false;
        }
        return mac.verify(Arrays.copyOfRange(frame, from, frame.length - 8),
                Arrays.copyOfRange(frame, frame.length - 8, frame.length));
    }

    @Override
    public void close() {
        pik.close();
        mak.close();
    }

    @Override
    public String toString() {
        return "Keys[generation " + generation + "]";
    }
}
