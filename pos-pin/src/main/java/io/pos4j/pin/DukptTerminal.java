package io.pos4j.pin;

import io.pos4j.pin.internal.AesDukptCore;
import io.pos4j.pin.internal.FutureKeys;
import io.pos4j.pin.internal.TdesDukptCore;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Originator (terminal / PIN pad) side of DUKPT: TDES per ANSI X9.24-1:2009 (21 future key
 * registers, counters with more than 10 one bits skipped, end of life after counter 0x1FF800) and
 * AES per ANSI X9.24-3:2017 (32 intermediate derivation key registers, more than 16 one bits
 * skipped). The state lives in a {@link DukptStateStore} and is saved before each transaction key
 * is handed out, so a restart never reuses a counter. Thread-safe.
 *
 * <pre>{@code
 * DukptTerminal t = DukptTerminal.loadTdes(ipek, ksn, store);   // once, at key injection
 * DukptTerminal t = DukptTerminal.restore(store);               // after a restart
 * try (DukptTransaction tx = t.nextTransaction(); KeyHandle pek = tx.tdesKey(TdesDukptUsage.PIN)) {
 *     byte[] block = PinBlocks.cipher(pek, PinBlockFormat.ISO_0).encrypt(pin, pan);
 *     send(tx.ksn(), block);
 * }
 * }</pre>
 */
public final class DukptTerminal {

    private static final int VERSION = 1;

    private final boolean aes;
    private final Ksn baseKsn;
    private final int keyLength;
    private final FutureKeys keys;
    private final DukptStateStore store;

    private DukptTerminal(boolean aes, Ksn baseKsn, int keyLength, FutureKeys keys,
            DukptStateStore store) {
        this.aes = aes;
        this.baseKsn = baseKsn;
        this.keyLength = keyLength;
        this.keys = keys;
        this.store = store;
    }

    /**
     * Injects a TDES initial key (IPEK) and saves the initial state.
     *
     * @param ipek a 16-byte TDES {@link KeyUsage#DUKPT_DERIVATION} key (not kept: copied into the registers)
     * @param ksn  the initial KSN (its counter is ignored; the first transaction uses counter 1)
     */
    public static DukptTerminal loadTdes(KeyHandle ipek, Ksn ksn, DukptStateStore store) {
        Objects.requireNonNull(ipek, "ipek");
        TdesDukptHost.requireTdes(ksn);
        ipek.requireUsage("TDES DUKPT terminal", KeyUsage.DUKPT_DERIVATION);
        ipek.requireAlgorithm("TDES DUKPT terminal", KeyAlgorithm.TDES);
        if (ipek.length() != 16) {
            throw new PinException(PinException.Reason.KEY_USAGE, "TDES DUKPT terminal: needs a 16-byte IPEK");
        }
        Ksn base = ksn.withCounter(0);
        FutureKeys fk = FutureKeys.load(21, 10, ipek.material(), derivation(false, base));
        DukptTerminal t = new DukptTerminal(false, base, 16, fk, Objects.requireNonNull(store, "store"));
        t.save();
        return t;
    }

    /**
     * Injects an AES initial key (IK) and saves the initial state.
     *
     * @param initialKey an AES {@link KeyUsage#DUKPT_DERIVATION} key
     * @param ksn        the 12-byte KSN holding the initial key ID (its counter is ignored)
     */
    public static DukptTerminal loadAes(KeyHandle initialKey, Ksn ksn, DukptStateStore store) {
        Objects.requireNonNull(initialKey, "initialKey");
        AesDukptHost.requireAes(ksn);
        initialKey.requireUsage("AES DUKPT terminal", KeyUsage.DUKPT_DERIVATION);
        initialKey.requireAlgorithm("AES DUKPT terminal", KeyAlgorithm.AES);
        Ksn base = ksn.withCounter(0);
        FutureKeys fk = FutureKeys.load(32, 16, initialKey.material(), derivation(true, base));
        DukptTerminal t = new DukptTerminal(true, base, initialKey.length(), fk,
                Objects.requireNonNull(store, "store"));
        t.save();
        return t;
    }

    /**
     * Continues from the saved state.
     *
     * @throws PinException {@link PinException.Reason#DUKPT_STATE} when the store is empty or the
     *                      state is corrupt
     */
    public static DukptTerminal restore(DukptStateStore store) {
        Objects.requireNonNull(store, "store");
        byte[] s = store.load().orElseThrow(() -> new PinException(
                PinException.Reason.DUKPT_STATE, "DUKPT state store is empty (load a key first)"));
        try {
            return decode(s, store);
        } finally {
            Arrays.fill(s, (byte) 0);
        }
    }

    /** @return the KSN the next transaction will use */
    public synchronized Ksn nextKsn() {
        return baseKsn.withCounter(Math.min(keys.counter(), aes ? 0xFFFFFFFFL : 0x1FFFFFL));
    }

    /** @return whether the device has used its last counter */
    public synchronized boolean exhausted() {
        return keys.exhausted();
    }

    /**
     * Takes the key for the next counter, advances (skipping counters with too many one bits), and
     * saves the new state before returning.
     *
     * @throws PinException {@link PinException.Reason#DUKPT_EXHAUSTED} at end of life;
     *                      {@link PinException.Reason#DUKPT_STATE} when the state could not be
     *                      saved (no key is returned and the counter stays advanced)
     */
    public synchronized DukptTransaction nextTransaction() {
        if (keys.exhausted()) {
            throw new PinException(PinException.Reason.DUKPT_EXHAUSTED,
                    "DUKPT device has used its last counter; a new initial key is needed");
        }
        long counter = keys.counter();
        byte[] key = keys.advance(derivation(aes, baseKsn));
        try {
            save();
        } catch (RuntimeException e) {
            Arrays.fill(key, (byte) 0);
            throw e;
        }
        return new DukptTransaction(baseKsn.withCounter(counter),
                KeyHandle.adopt(aes ? KeyAlgorithm.AES : KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION, key));
    }

    private static FutureKeys.ChildDerivation derivation(boolean aes, Ksn base) {
        byte[] ksn = base.raw();
        if (aes) {
            return (parent, child) -> AesDukptCore.child(parent, ksn, child);
        }
        return (parent, child) -> TdesDukptCore.nrkgp(parent, TdesDukptCore.ksnRegister(ksn, child));
    }

    private void save() {
        byte[] s = encode();
        try {
            store.save(s);
        } catch (PinException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PinException(PinException.Reason.DUKPT_STATE, "DUKPT state could not be saved", e);
        } finally {
            Arrays.fill(s, (byte) 0);
        }
    }

    // state: version, kind, KSN (10/12), counter (8), key length, registers (flag + key), CRC-32
    private byte[] encode() {
        byte[][] regs = keys.registers();
        byte[] ksn = baseKsn.raw();
        ByteBuffer b = ByteBuffer.allocate(3 + ksn.length + 8 + regs.length * (1 + keyLength) + 4);
        b.put((byte) VERSION).put((byte) (aes ? 'A' : 'T')).put(ksn).putLong(keys.counter())
                .put((byte) keyLength);
        for (byte[] r : regs) {
            b.put((byte) (r == null ? 0 : 1)).put(r == null ? new byte[keyLength] : r);
        }
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putInt((int) crc.getValue());
        return b.array();
    }

    private static DukptTerminal decode(byte[] s, DukptStateStore store) {
        try {
            CRC32 crc = new CRC32();
            crc.update(s, 0, s.length - 4);
            ByteBuffer b = ByteBuffer.wrap(s);
            if (b.getInt(s.length - 4) != (int) crc.getValue() || b.get() != VERSION) {
                throw corrupt();
            }
            byte kind = b.get();
            boolean aes = kind == 'A';
            if (!aes && kind != 'T') {
                throw corrupt();
            }
            byte[] ksn = new byte[aes ? 12 : 10];
            b.get(ksn);
            long counter = b.getLong();
            int keyLength = b.get();
            int bits = aes ? 32 : 21;
            byte[][] regs = new byte[bits][];
            for (int j = 0; j < bits; j++) {
                boolean present = b.get() == 1;
                byte[] k = new byte[keyLength];
                b.get(k);
                regs[j] = present ? k : null;
            }
            if (b.remaining() != 4) {
                throw corrupt();
            }
            return new DukptTerminal(aes, Ksn.of(ksn), keyLength,
                    FutureKeys.restore(bits, aes ? 16 : 10, regs, counter), store);
        } catch (RuntimeException e) {
            if (e instanceof PinException p) {
                throw p;
            }
            throw corrupt();
        }
    }

    /** The counter in a saved state (for stores that guard against moving back). */
    static long counterOf(byte[] state) {
        int ksnLength = state[1] == 'A' ? 12 : 10;
        return ByteBuffer.wrap(state).getLong(2 + ksnLength);
    }

    private static PinException corrupt() {
        return new PinException(PinException.Reason.DUKPT_STATE, "DUKPT state is corrupt or of an unknown version");
    }

    @Override
    public String toString() {
        return "DukptTerminal[" + (aes ? "AES" : "TDES") + ", next KSN " + nextKsn() + "]";
    }
}
