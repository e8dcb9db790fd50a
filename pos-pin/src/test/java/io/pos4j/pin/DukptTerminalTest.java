package io.pos4j.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DukptTerminalTest {

    static final String TDES_BDK = "0123456789ABCDEFFEDCBA9876543210";
    static final Ksn TDES_KSN = Ksn.parse("FFFF9876543210E00000");
    static final String AES_BDK = "FEDCBA9876543210F1F1F1F1F1F1F1F1";
    static final Ksn AES_KSN = Ksn.parse("123456789012345600000000");

    static KeyHandle bdk(KeyAlgorithm alg, String hex) {
        return KeyHandle.importRaw(alg, KeyUsage.BASE_DERIVATION, HexFormat.of().parseHex(hex),
                InsecureKeyAccess.get());
    }

    static byte[] raw(KeyHandle k) {
        return k.exportRaw(InsecureKeyAccess.get());
    }

    /** A store that keeps nothing (for walking the whole life quickly). */
    static final class NullStore implements DukptStateStore {
        @Override
        public Optional<byte[]> load() {
            return Optional.empty();
        }

        @Override
        public void save(byte[] state) {
        }
    }

    @Property(tries = 30)
    void tdes_terminalAndHost_agreeAfterRandomSteps(@ForAll @IntRange(min = 1, max = 3000) int steps) {
        try (KeyHandle bdk = bdk(KeyAlgorithm.TDES, TDES_BDK)) {
            TdesDukptHost host = TdesDukptHost.of(bdk);
            DukptTerminal t;
            try (KeyHandle ipek = host.initialKey(TDES_KSN)) {
                t = DukptTerminal.loadTdes(ipek, TDES_KSN, new NullStore());
            }
            for (int i = 1; i < steps; i++) {
                t.nextTransaction().close();
            }
            try (DukptTransaction tx = t.nextTransaction();
                    KeyHandle hostKey = host.transactionKey(tx.ksn());
                    KeyHandle pek = tx.tdesKey(TdesDukptUsage.PIN);
                    KeyHandle hostPek = host.workingKey(tx.ksn(), TdesDukptUsage.PIN)) {
                assertTrue(Long.bitCount(tx.ksn().counter()) <= 10);
                assertArrayEquals(raw(hostKey), raw(tx.transactionKey()), "counter " + tx.ksn().counter());
                assertArrayEquals(raw(hostPek), raw(pek));
            }
        }
    }

    @Property(tries = 20)
    void aes_terminalAndHost_agreeAfterRandomSteps(@ForAll @IntRange(min = 1, max = 2000) int steps) {
        try (KeyHandle bdk = bdk(KeyAlgorithm.AES, AES_BDK)) {
            AesDukptHost host = AesDukptHost.of(bdk);
            DukptTerminal t;
            try (KeyHandle ik = host.initialKey(AES_KSN)) {
                t = DukptTerminal.loadAes(ik, AES_KSN, new NullStore());
            }
            for (int i = 1; i < steps; i++) {
                t.nextTransaction().close();
            }
            try (DukptTransaction tx = t.nextTransaction();
                    KeyHandle hostKey = host.transactionKey(tx.ksn());
                    KeyHandle pek = tx.aesKey(AesDukptUsage.PIN, AesDukptKeyType.AES128);
                    KeyHandle hostPek = host.workingKey(tx.ksn(), AesDukptUsage.PIN, AesDukptKeyType.AES128)) {
                assertEquals(steps, tx.ksn().counter(), "no skipping below 2^16");
                assertArrayEquals(raw(hostKey), raw(tx.transactionKey()));
                assertArrayEquals(raw(hostPek), raw(pek));
            }
        }
    }

    @Test
    void tdes_wholeLife_usesEveryCounterWithAtMost10OneBits_thenEnds() {
        try (KeyHandle bdk = bdk(KeyAlgorithm.TDES, TDES_BDK)) {
            TdesDukptHost host = TdesDukptHost.of(bdk);
            DukptTerminal t;
            try (KeyHandle ipek = host.initialKey(TDES_KSN)) {
                t = DukptTerminal.loadTdes(ipek, TDES_KSN, new NullStore());
            }
            SplittableRandom rnd = new SplittableRandom(7);
            long expected = 1;
            int used = 0;
            while (!t.exhausted()) {
                while (Long.bitCount(expected) > 10) {
                    expected++;
                }
                try (DukptTransaction tx = t.nextTransaction()) {
                    assertEquals(expected, tx.ksn().counter());
                    if (rnd.nextInt(20000) == 0 || expected == 0x1FF800) {
                        try (KeyHandle h = host.transactionKey(tx.ksn())) {
                            assertArrayEquals(raw(h), raw(tx.transactionKey()), "counter " + expected);
                        }
                    }
                }
                used++;
                expected++;
            }
            assertEquals(1_048_575, used, "sum of C(21,k) for k = 1..10");
            PinException e = assertThrows(PinException.class, t::nextTransaction);
            assertEquals(PinException.Reason.DUKPT_EXHAUSTED, e.reason());
        }
    }

    @Test
    void restart_continuesWithNextCounter_neverReusesOne() {
        DukptStateStore store = DukptStateStore.inMemory();
        try (KeyHandle bdk = bdk(KeyAlgorithm.TDES, TDES_BDK)) {
            TdesDukptHost host = TdesDukptHost.of(bdk);
            try (KeyHandle ipek = host.initialKey(TDES_KSN)) {
                DukptTerminal t = DukptTerminal.loadTdes(ipek, TDES_KSN, store);
                for (int i = 0; i < 5; i++) {
                    t.nextTransaction().close();
                }
            }
            DukptTerminal restarted = DukptTerminal.restore(store);
            try (DukptTransaction tx = restarted.nextTransaction(); KeyHandle h = host.transactionKey(tx.ksn())) {
                assertEquals(6, tx.ksn().counter());
                assertArrayEquals(raw(h), raw(tx.transactionKey()));
            }
            assertEquals(7, DukptTerminal.restore(store).nextKsn().counter());
        }
    }

    @Test
    void saveFailure_returnsNoKey_andCounterStaysAdvanced() {
        DukptStateStore inner = DukptStateStore.inMemory();
        boolean[] fail = {false};
        DukptStateStore flaky = new DukptStateStore() {
            @Override
            public Optional<byte[]> load() {
                return inner.load();
            }

            @Override
            public void save(byte[] state) {
                if (fail[0]) {
                    throw new IllegalStateException("disk full");
                }
                inner.save(state);
            }
        };
        try (KeyHandle bdk = bdk(KeyAlgorithm.AES, AES_BDK); KeyHandle ik = AesDukptHost.of(bdk).initialKey(AES_KSN)) {
            DukptTerminal t = DukptTerminal.loadAes(ik, AES_KSN, flaky);
            t.nextTransaction().close();
            fail[0] = true;
            PinException e = assertThrows(PinException.class, t::nextTransaction);
            assertEquals(PinException.Reason.DUKPT_STATE, e.reason());
            assertFalse(e.getMessage().contains("disk"), "cause kept out of the message");
            fail[0] = false;
            assertEquals(3, t.nextTransaction().ksn().counter(), "counter 2 is never handed out");
        }
    }

    @Test
    void restore_corruptState_isRefused() {
        DukptStateStore store = DukptStateStore.inMemory();
        try (KeyHandle bdk = bdk(KeyAlgorithm.TDES, TDES_BDK); KeyHandle ipek = TdesDukptHost.of(bdk).initialKey(TDES_KSN)) {
            DukptTerminal.loadTdes(ipek, TDES_KSN, store);
        }
        byte[] s = store.load().orElseThrow();
        s[20] ^= 1;
        DukptStateStore bad = new DukptStateStore() {
            @Override
            public Optional<byte[]> load() {
                return Optional.of(s.clone());
            }

            @Override
            public void save(byte[] state) {
            }
        };
        assertEquals(PinException.Reason.DUKPT_STATE,
                assertThrows(PinException.class, () -> DukptTerminal.restore(bad)).reason());
        assertEquals(PinException.Reason.DUKPT_STATE,
                assertThrows(PinException.class, () -> DukptTerminal.restore(DukptStateStore.inMemory())).reason());
    }

    @Property(tries = 2000)
    void restore_anyBytes_throwsOnlyDukptState(@ForAll @net.jqwik.api.constraints.Size(max = 900) byte[] state) {
        DukptStateStore s = new DukptStateStore() {
            @Override
            public Optional<byte[]> load() {
                return Optional.of(state.clone());
            }

            @Override
            public void save(byte[] st) {
            }
        };
        PinException e = assertThrows(PinException.class, () -> DukptTerminal.restore(s));
        assertEquals(PinException.Reason.DUKPT_STATE, e.reason());
    }

    @Property(tries = 2000)
    void ksnParse_anyText_returnsKsnOrInvalidKsn(@ForAll @net.jqwik.api.constraints.StringLength(max = 30) String text) {
        try {
            Ksn k = Ksn.parse(text);
            assertTrue(k.toString().equalsIgnoreCase(text));
        } catch (PinException e) {
            assertEquals(PinException.Reason.INVALID_KSN, e.reason());
        }
    }

    @Test
    void host_counterWithElevenOneBits_isRejected() {
        try (KeyHandle bdk = bdk(KeyAlgorithm.TDES, TDES_BDK)) {
            PinException e = assertThrows(PinException.class,
                    () -> TdesDukptHost.of(bdk).transactionKey(TDES_KSN.withCounter(0x7FF)));
            assertEquals(PinException.Reason.INVALID_KSN, e.reason());
            assertEquals("TDES KSN: counter with 11 one bits is never used by a device (expected 1 to 10 one bits)",
                    e.getMessage());
        }
    }
}
