package io.pos4j.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Terminal and host agree for random counters anywhere in the device life: the terminal state a
 * device would hold just before counter c is built from host-derived keys (register p = lowest
 * set bit of c holds key(c); a higher register j with bit j clear holds key(prefix above j | 2^j)
 * when that prefix still had room for another one bit; the rest are empty), restored through the
 * state store, and the next transactions are compared with the host.
 */
class DukptRandomCounterTest {

    static final HexFormat HEX = HexFormat.of();

    @Provide
    Arbitrary<Long> tdesCounters() {
        return Arbitraries.longs().between(1, 0x1FFFFF).filter(c -> Long.bitCount(c) <= 10);
    }

    @Provide
    Arbitrary<Long> aesCounters() {
        return Arbitraries.longs().between(1, 0xFFFFFFFFL).filter(c -> Long.bitCount(c) <= 16);
    }

    static byte[] state(boolean aes, Ksn base, long counter, KeyHandle bdk) {
        int bits = aes ? 32 : 21;
        int max = aes ? 16 : 10;
        int keyLength = bdk.length();
        byte[] ksn = base.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(3 + ksn.length + 8 + bits * (1 + keyLength) + 4);
        b.put((byte) 1).put((byte) (aes ? 'A' : 'T')).put(ksn).putLong(counter).put((byte) keyLength);
        int p = Long.numberOfTrailingZeros(counter);
        for (int j = 0; j < bits; j++) {
            long target = -1;
            if (j == p) {
                target = counter;
            } else if (j > p && (counter & (1L << j)) == 0) {
                long prefix = counter & ~((1L << (j + 1)) - 1);
                if (prefix == 0 || Long.bitCount(prefix) < max) {
                    target = prefix | (1L << j);
                }
            }
            if (target < 0) {
                b.put((byte) 0).put(new byte[keyLength]);
            } else {
                b.put((byte) 1).put(hostKey(aes, bdk, base.withCounter(target)));
            }
        }
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putInt((int) crc.getValue());
        return b.array();
    }

    static byte[] hostKey(boolean aes, KeyHandle bdk, Ksn ksn) {
        KeyHandle k = aes ? AesDukptHost.of(bdk).acceptingAnyCounter().transactionKey(ksn)
                : hostTdes(bdk, ksn);
        try (k) {
            return k.exportRaw(InsecureKeyAccess.get());
        }
    }

    static KeyHandle hostTdes(KeyHandle bdk, Ksn ksn) {
        return TdesDukptHost.of(bdk).transactionKey(ksn);
    }

    static DukptTerminal restored(byte[] state) {
        return DukptTerminal.restore(new DukptStateStore() {
            @Override
            public Optional<byte[]> load() {
                return Optional.of(state.clone());
            }

            @Override
            public void save(byte[] s) {
            }
        });
    }

    static void agreeFrom(boolean aes, String bdkHex, String ksnHex, long counter, int transactions) {
        KeyAlgorithm alg = aes ? KeyAlgorithm.AES : KeyAlgorithm.TDES;
        try (KeyHandle bdk = KeyHandle.importRaw(alg, KeyUsage.BASE_DERIVATION, HEX.parseHex(bdkHex),
                InsecureKeyAccess.get())) {
            Ksn base = Ksn.parse(ksnHex);
            DukptTerminal t = restored(state(aes, base, counter, bdk));
            long previous = counter - 1;
            for (int i = 0; i < transactions && !t.exhausted(); i++) {
                try (DukptTransaction tx = t.nextTransaction()) {
                    long c = tx.ksn().counter();
                    assertTrue(c > previous, "counters ascend");
                    assertTrue(Long.bitCount(c) <= (aes ? 16 : 10), "counter " + Long.toHexString(c));
                    for (long skipped = previous + 1; skipped < c; skipped++) {
                        assertTrue(Long.bitCount(skipped) > (aes ? 16 : 10), "only invalid counters skipped");
                    }
                    assertArrayEquals(hostKey(aes, bdk, tx.ksn()), tx.transactionKey().exportRaw(InsecureKeyAccess.get()),
                            "counter " + Long.toHexString(c));
                    previous = c;
                }
            }
        }
    }

    @Property(tries = 40)
    void tdes_terminalAndHost_agreeFromRandomCounters(@ForAll("tdesCounters") long counter) {
        agreeFrom(false, "0123456789ABCDEFFEDCBA9876543210", "FFFF9876543210E00000", counter, 40);
    }

    @Property(tries = 40)
    void aes_terminalAndHost_agreeFromRandomCounters(@ForAll("aesCounters") long counter) {
        agreeFrom(true, "FEDCBA9876543210F1F1F1F1F1F1F1F1", "123456789012345600000000", counter, 40);
    }

    @Test
    void aes_lastCounters_thenEndOfLife() {
        long start = 0xFFFE8000L; // 16 one bits: the device jumps to 0xFFFF0000, its last counter
        agreeFrom(true, "FEDCBA9876543210F1F1F1F1F1F1F1F1", "123456789012345600000000", start, 10);
        try (KeyHandle bdk = KeyHandle.importRaw(KeyAlgorithm.AES, KeyUsage.BASE_DERIVATION,
                HEX.parseHex("FEDCBA9876543210F1F1F1F1F1F1F1F1"), InsecureKeyAccess.get())) {
            DukptTerminal t = restored(state(true, Ksn.parse("123456789012345600000000"), start, bdk));
            assertEquals(0xFFFE8000L, t.nextTransaction().ksn().counter());
            assertEquals(0xFFFF0000L, t.nextTransaction().ksn().counter());
            assertTrue(t.exhausted());
            assertEquals(PinException.Reason.DUKPT_EXHAUSTED,
                    assertThrows(PinException.class, t::nextTransaction).reason());
        }
    }
}
