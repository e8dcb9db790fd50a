package io.pos4j.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code of pos-pin/README.md, kept compiling and passing. */
class ReadmeExampleTest {

    @Test
    void readme_masterSessionPinAndMac_roundTrip() {
        byte[] tmkBytes = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
        SecureRandom random = new SecureRandom();
        String pan = "6212345678901234";
        byte[] macBlock = "0200...fields...".getBytes(StandardCharsets.US_ASCII);

        // --- README: keys ---
        KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION,
                tmkBytes, InsecureKeyAccess.get());
        KeyHandle pik = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.PIN_ENCRYPTION, random);
        KeyHandle mak = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.MAC, random);
        String shown = pik.toString();                // KeyHandle[TDES-128, PIN_ENCRYPTION, kcv=...]
        byte[] kcv = pik.kcv();                        // 3 bytes, TDES encrypt-zeros
        // --- README: host wraps working keys (sign-in response, 0810 DE 62) ---
        WrappedKey wpik = KeyExchange.wrap(tmk, pik);  // encrypted under TMK + 4-byte check value
        WrappedKey wmak = KeyExchange.wrap(tmk, mak);
        // --- README: terminal installs them, all or nothing (KEY_CHECK_FAILED installs none) ---
        List<KeyHandle> installed = KeyExchange.unwrapAll(tmk, List.of(
                WrappedKey.of(KeyUsage.PIN_ENCRYPTION, KeyAlgorithm.TDES, wpik.encrypted(), wpik.checkValue()),
                WrappedKey.of(KeyUsage.MAC, KeyAlgorithm.TDES, wmak.encrypted(), wmak.checkValue())));
        KeyHandle termPik = installed.get(0);
        KeyHandle termMak = installed.get(1);
        // --- README: terminal builds a format 0 PIN block (DE 52) ---
        byte[] de52;
        try (Pin pin = Pin.parse("123456")) {
            de52 = PinBlocks.cipher(termPik, PinBlockFormat.ISO_0).encrypt(pin, pan);
        }
        // --- README: host checks it against the stored PIN, or decrypts it ---
        PinBlockCipher hostCipher = PinBlocks.cipher(pik, PinBlockFormat.ISO_0);
        boolean pinOk;
        try (Pin stored = Pin.parse("123456")) {
            pinOk = hostCipher.verify(de52, pan, stored);   // PinException INVALID_PIN_BLOCK if malformed
        }
        // --- README: UnionPay ECB MAC (DE 64 = 8 ASCII hex characters) ---
        byte[] de64 = Macs.create(termMak, MacAlgorithm.CUP_ECB).compute(macBlock);
        boolean macOk = Macs.create(mak, MacAlgorithm.CUP_ECB).verify(macBlock, de64); // constant time
        // --- README: X9.19 retail MAC, 4 bytes ---
        byte[] x919 = Macs.create(mak, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1).compute(macBlock, 4);
        // --- README: wipe ---
        for (KeyHandle k : List.of(tmk, pik, mak, termPik, termMak)) {
            k.close();
        }
        // --- README: end ---

        assertTrue(pinOk);
        assertTrue(macOk);
        assertEquals(3, kcv.length);
        assertTrue(shown.startsWith("KeyHandle[TDES-128, PIN_ENCRYPTION, kcv="), shown);
        assertEquals(8, de52.length);
        assertEquals(8, de64.length);
        assertEquals(4, x919.length);
        assertTrue(termMak.isDestroyed());
    }

    @Test
    void readme_dukptTerminalAndHost_agree() {
        byte[] bdkBytes = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
        String pan = "4012345678909";
        // --- README: DUKPT ---
        KeyHandle bdk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION, bdkBytes,
                InsecureKeyAccess.get());
        TdesDukptHost host = TdesDukptHost.of(bdk);
        Ksn initialKsn = Ksn.parse("FFFF9876543210E00000");
        DukptStateStore store = DukptStateStore.inMemory();     // use the device's secure storage
        try (KeyHandle ipek = host.initialKey(initialKsn)) {     // key injection
            DukptTerminal.loadTdes(ipek, initialKsn, store);
        }
        DukptTerminal terminal = DukptTerminal.restore(store);  // after every restart
        Ksn ksn;
        byte[] block;
        try (DukptTransaction tx = terminal.nextTransaction();  // state saved before the key is used
                KeyHandle pek = tx.tdesKey(TdesDukptUsage.PIN);
                Pin pin = Pin.parse("1234")) {
            ksn = tx.ksn();
            block = PinBlocks.cipher(pek, PinBlockFormat.ISO_0).encrypt(pin, pan);
        }
        // host: same key from BDK + KSN
        try (KeyHandle pek = host.workingKey(ksn, TdesDukptUsage.PIN);
                Pin pin = PinBlocks.cipher(pek, PinBlockFormat.ISO_0).decrypt(block, pan)) {
            // ... compare with pin.matches(stored)
            assertEquals(4, pin.length());
        }
        // --- README: end DUKPT ---
        assertEquals("FFFF9876543210E00001", ksn.toString());
        assertEquals("1B9C1845EB993A7A", HexFormat.of().withUpperCase().formatHex(block));
        bdk.close();
    }
}
