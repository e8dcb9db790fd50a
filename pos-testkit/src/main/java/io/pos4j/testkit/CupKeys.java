package io.pos4j.testkit;

import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.MacAlgorithm;
import io.pos4j.pin.MacCalculator;
import io.pos4j.pin.Macs;
import io.pos4j.pin.PinBlockCipher;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;

/** A signed-in {@code cup} terminal's working keys and the operations made from them. */
final class CupKeys implements AutoCloseable {
    private final KeyHandle pik;
    private final KeyHandle mak;
    private final KeyHandle tdk;
    final PinBlockCipher pin;
    final MacCalculator mac;

    CupKeys(KeyHandle pik, KeyHandle mak, KeyHandle tdk) {
        this.pik = pik;
        this.mak = mak;
        this.tdk = tdk;
        this.pin = PinBlocks.cipher(pik, PinBlockFormat.ISO_0);
        this.mac = Macs.create(mak, MacAlgorithm.CUP_ECB);
    }

    @Override
    public void close() {
        pik.close();
        mak.close();
        if (tdk != null) {
            tdk.close();
        }
    }

    @Override
    public String toString() {
        return "CupKeys[" + pik + ", " + mak + (tdk == null ? "" : ", " + tdk) + "]";
    }
}
