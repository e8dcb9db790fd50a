package io.pos4j.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyHandleTest {

    static final byte[] TDES = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");

    static KeyHandle tdes(KeyUsage usage) {
        return KeyHandle.importRaw(KeyAlgorithm.TDES, usage, TDES, InsecureKeyAccess.get());
    }

    @Test
    void toString_showsTypeUsageAndKcv_only() {
        try (KeyHandle k = tdes(KeyUsage.PIN_ENCRYPTION)) {
            assertEquals("KeyHandle[TDES-128, PIN_ENCRYPTION, kcv=08D7B4]", k.toString());
        }
    }

    @Test
    void close_wipesAndRefusesFurtherUse() {
        KeyHandle k = tdes(KeyUsage.MAC);
        MacCalculator mac = Macs.create(k, MacAlgorithm.ISO9797_1_ALG3);
        k.close();
        assertTrue(k.isDestroyed());
        assertEquals("KeyHandle[TDES-128, MAC, destroyed]", k.toString());
        PinException e = assertThrows(PinException.class, () -> k.exportRaw(InsecureKeyAccess.get()));
        assertEquals(PinException.Reason.KEY_DESTROYED, e.reason());
        assertEquals(PinException.Reason.KEY_DESTROYED,
                assertThrows(PinException.class, () -> mac.compute(new byte[8])).reason());
        assertTrue(k.wiped(), "material overwritten with zeros");
    }

    @Test
    void importRaw_copiesTheCallersArray() {
        byte[] raw = TDES.clone();
        try (KeyHandle k = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.MAC, raw, InsecureKeyAccess.get())) {
            raw[0] ^= 1;
            assertArrayEquals(TDES, k.exportRaw(InsecureKeyAccess.get()));
        }
    }

    @Test
    void importRaw_wrongLength_isRefusedWithLengths() {
        PinException e = assertThrows(PinException.class, () -> KeyHandle.importRaw(KeyAlgorithm.AES,
                KeyUsage.MAC, new byte[15], InsecureKeyAccess.get()));
        assertEquals(PinException.Reason.INVALID_KEY_LENGTH, e.reason());
        assertEquals("AES key: 15 bytes (expected 16, 24 or 32)", e.getMessage());
    }

    @Test
    void operations_wrongUsage_refusedAtCreation() {
        try (KeyHandle mak = tdes(KeyUsage.MAC); KeyHandle pik = tdes(KeyUsage.PIN_ENCRYPTION)) {
            assertEquals(PinException.Reason.KEY_USAGE, assertThrows(PinException.class,
                    () -> PinBlocks.cipher(mak, PinBlockFormat.ISO_0)).reason());
            assertEquals(PinException.Reason.KEY_USAGE, assertThrows(PinException.class,
                    () -> Macs.create(pik, MacAlgorithm.CUP_ECB)).reason());
            assertEquals(PinException.Reason.KEY_USAGE, assertThrows(PinException.class,
                    () -> PinBlocks.cipher(pik, PinBlockFormat.ISO_4)).reason(), "format 4 needs AES");
            assertEquals(PinException.Reason.KEY_USAGE, assertThrows(PinException.class,
                    () -> KeyExchange.wrap(pik, mak)).reason(), "a PIK is not a KEK");
        }
    }

    @Test
    void masterSession_wrapThenUnwrapAll_installsEveryKey() {
        java.security.SecureRandom rnd = new java.security.SecureRandom();
        try (KeyHandle tmk = tdes(KeyUsage.KEY_ENCRYPTION);
                KeyHandle pik = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.PIN_ENCRYPTION, rnd);
                KeyHandle mak = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.MAC, rnd)) {
            WrappedKey wp = KeyExchange.wrap(tmk, pik);
            WrappedKey wm = KeyExchange.wrap(tmk, mak);
            assertEquals(4, wm.checkValue().length);
            List<KeyHandle> keys = KeyExchange.unwrapAll(tmk, List.of(wp, wm));
            assertEquals(KeyUsage.PIN_ENCRYPTION, keys.get(0).usage());
            assertArrayEquals(pik.exportRaw(InsecureKeyAccess.get()), keys.get(0).exportRaw(InsecureKeyAccess.get()));
            assertArrayEquals(mak.exportRaw(InsecureKeyAccess.get()), keys.get(1).exportRaw(InsecureKeyAccess.get()));
        }
    }

    @Test
    void masterSession_oneBadCheckValue_installsNothing() {
        java.security.SecureRandom rnd = new java.security.SecureRandom();
        try (KeyHandle tmk = tdes(KeyUsage.KEY_ENCRYPTION);
                KeyHandle pik = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.PIN_ENCRYPTION, rnd);
                KeyHandle mak = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.MAC, rnd)) {
            WrappedKey wp = KeyExchange.wrap(tmk, pik);
            WrappedKey wm = KeyExchange.wrap(tmk, mak);
            byte[] badCheck = wm.checkValue();
            badCheck[3] ^= 1;
            WrappedKey bad = WrappedKey.of(KeyUsage.MAC, KeyAlgorithm.TDES, wm.encrypted(), badCheck);
            PinException e = assertThrows(PinException.class, () -> KeyExchange.unwrapAll(tmk, List.of(wp, bad)));
            assertEquals(PinException.Reason.KEY_CHECK_FAILED, e.reason());
            assertEquals("working key 2 (MAC): check value does not match", e.getMessage());
        }
    }

    @Test
    void mac_verify_rejectsShortAndWrongMacs() {
        try (KeyHandle mak = tdes(KeyUsage.MAC)) {
            MacCalculator mac = Macs.create(mak, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_2);
            byte[] data = "0200 message".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] m = mac.compute(data);
            assertTrue(mac.verify(data, m));
            assertFalse(mac.verify(data, java.util.Arrays.copyOf(m, 3)), "fewer than 4 bytes never verify");
            assertFalse(mac.verify(data, new byte[8]));
        }
    }
}
