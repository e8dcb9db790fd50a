package io.pos4j.pin.internal;

import java.util.Arrays;

/**
 * The originator (terminal) side of DUKPT, shared by TDES (21 registers, at most 10 one bits) and
 * AES (32 registers, at most 16 one bits). Register j holds the key for the current counter's
 * prefix with bit j set; using the key for counter c erases it and, unless c already has the
 * maximum number of one bits, first fills the registers below c's lowest set bit. Counters with
 * too many one bits are skipped; the device ends its life when the counter leaves its width.
 * Not thread-safe (the public wrapper locks).
 */
public final class FutureKeys {

    /** Derives a register's key from its parent key and the child's counter. */
    @FunctionalInterface
    public interface ChildDerivation {
        /** @return the key for {@code childCounter} derived from {@code parent} */
        byte[] derive(byte[] parent, long childCounter);
    }

    private final int bits;
    private final int maxOnes;
    private final byte[][] registers;
    private long counter;

    private FutureKeys(int bits, int maxOnes, byte[][] registers, long counter) {
        this.bits = bits;
        this.maxOnes = maxOnes;
        this.registers = registers;
        this.counter = counter;
    }

    /** Loads an initial key: every register j gets the key for counter 1 &lt;&lt; j; the counter becomes 1. */
    public static FutureKeys load(int bits, int maxOnes, byte[] initialKey, ChildDerivation d) {
        byte[][] regs = new byte[bits][];
        for (int j = bits - 1; j >= 0; j--) {
            regs[j] = d.derive(initialKey, 1L << j);
        }
        return new FutureKeys(bits, maxOnes, regs, 1);
    }

    /** Restores from saved registers (null = erased) and counter; takes ownership. */
    public static FutureKeys restore(int bits, int maxOnes, byte[][] registers, long counter) {
        return new FutureKeys(bits, maxOnes, registers, counter);
    }

    /** @return the counter the next transaction will use (past the width when exhausted) */
    public long counter() {
        return counter;
    }

    /** @return whether no counter is left */
    public boolean exhausted() {
        return counter >= (1L << bits) || counter == 0;
    }

    /** @return the live registers (null = erased), for serialisation */
    public byte[][] registers() {
        return registers;
    }

    /**
     * Takes the key for the current counter and advances. The caller persists the new state before
     * using the key.
     *
     * @return the key for the counter that was current (owned by the caller)
     * @throws IllegalStateException when exhausted or a register is unexpectedly empty
     */
    public byte[] advance(ChildDerivation d) {
        if (exhausted()) {
            throw new IllegalStateException("exhausted");
        }
        int p = Long.numberOfTrailingZeros(counter);
        byte[] key = registers[p];
        if (key == null) {
            throw new IllegalStateException("register empty");
        }
        registers[p] = null;
        if (Long.bitCount(counter) < maxOnes) {
            for (int j = p - 1; j >= 0; j--) {
                if (registers[j] != null) {
                    Arrays.fill(registers[j], (byte) 0);
                }
                registers[j] = d.derive(key, counter | (1L << j));
            }
            counter += 1;
        } else {
            counter += 1L << p;
        }
        return key;
    }

    /** Overwrites every register. */
    public void wipe() {
        for (byte[] r : registers) {
            if (r != null) {
                Arrays.fill(r, (byte) 0);
            }
        }
    }
}
