package io.pos4j.pin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs a canary PIN, PAN and keys through every API path and checks that none of them appears in
 * any toString, exception message (with causes) or anything written to stdout/stderr. The module
 * has no logger at all (ModuleTest pins that it requires no logging module), so stdout and stderr
 * are the only places it could write to.
 */
class CanaryTest {

    static final String PIN = "97531864";
    static final String PAN = "4000123456789017";
    static final String KEY = "C0FFEE1122334455DEADBEEF66778899";
    static final String AES_KEY = "B16B00B5CAFED00D0BADF00D12345678";

    final List<String> seen = new ArrayList<>();

    void see(Object o) {
        seen.add(String.valueOf(o));
    }

    void expectFailure(Runnable r) {
        try {
            r.run();
            seen.add("no exception");
        } catch (RuntimeException e) {
            assertTrue(e instanceof PinException, e.getClass().getName());
            for (Throwable t = e; t != null; t = t.getCause()) {
                see(t.getMessage());
                see(t);
            }
        }
    }

    static KeyHandle key(KeyAlgorithm a, KeyUsage u, String hex) {
        return KeyHandle.importRaw(a, u, HexFormat.of().parseHex(hex), InsecureKeyAccess.get());
    }

    @Test
    void canaries_neverAppearInToStringMessagesOrLogs() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exercise();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        seen.add(captured.toString(StandardCharsets.UTF_8));
        String all = String.join("\n", seen);
        for (String canary : List.of(PIN, PAN, PAN.substring(6, 12), KEY, AES_KEY, KEY.substring(0, 8),
                AES_KEY.substring(8, 16))) {
            assertFalse(all.contains(canary), "canary leaked: " + canary.length() + " chars");
            assertFalse(all.contains(canary.toLowerCase(Locale.ROOT)), "canary leaked (lower case)");
        }
        assertTrue(seen.size() > 40, "paths exercised: " + seen.size());
    }

    private void exercise() {
        try (KeyHandle pik = key(KeyAlgorithm.TDES, KeyUsage.PIN_ENCRYPTION, KEY);
                KeyHandle aesPik = key(KeyAlgorithm.AES, KeyUsage.PIN_ENCRYPTION, AES_KEY);
                KeyHandle mak = key(KeyAlgorithm.TDES, KeyUsage.MAC, KEY);
                KeyHandle tmk = key(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, KEY);
                KeyHandle bdk = key(KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION, KEY);
                KeyHandle aesBdk = key(KeyAlgorithm.AES, KeyUsage.BASE_DERIVATION, AES_KEY);
                Pin pin = Pin.parse(PIN)) {
            see(pik);
            see(aesPik);
            see(pin);
            for (PinBlockFormat f : PinBlockFormat.values()) {
                KeyHandle k = f == PinBlockFormat.ISO_4 ? aesPik : pik;
                if (f == PinBlockFormat.CUP_SM4) {
                    continue;
                }
                PinBlockCipher c = PinBlocks.cipher(k, f);
                see(c);
                byte[] block = c.encrypt(pin, PAN);
                see(HexFormat.of().formatHex(block)); // ciphertext is fine to show
                expectFailure(() -> c.decrypt(block, "4000123456789025"));
                expectFailure(() -> c.decrypt(java.util.Arrays.copyOf(block, 5), PAN));
                expectFailure(() -> c.encrypt(pin, PAN + "X"));
                expectFailure(() -> PinBlocks.cipher(mak, f));
                try (Pin p = c.decrypt(block, PAN)) {
                    see(p);
                }
            }
            expectFailure(() -> Pin.parse(PIN + "12345"));
            expectFailure(() -> Pin.parse("97a31864"));
            expectFailure(() -> PinBlocks.decodeClear(PinBlockFormat.ISO_0, HexFormat.of().parseHex("0897531864FFFFFF"), PAN));
            for (MacAlgorithm a : List.of(MacAlgorithm.ISO9797_1_ALG1, MacAlgorithm.ISO9797_1_ALG3,
                    MacAlgorithm.CMAC, MacAlgorithm.CUP_ECB)) {
                MacCalculator m = Macs.create(mak, a);
                see(m);
                m.verify(PIN.getBytes(StandardCharsets.US_ASCII), new byte[8]);
                expectFailure(() -> m.compute(new byte[1], 2));
            }
            WrappedKey w = KeyExchange.wrap(tmk, pik);
            see(w);
            expectFailure(() -> KeyExchange.unwrapAll(tmk, List.of(WrappedKey.of(KeyUsage.MAC,
                    KeyAlgorithm.TDES, w.encrypted(), new byte[4]))));
            expectFailure(() -> KeyHandle.importRaw(KeyAlgorithm.AES, KeyUsage.MAC,
                    HexFormat.of().parseHex(KEY.substring(0, 30)), InsecureKeyAccess.get()));
            TdesDukptHost host = TdesDukptHost.of(bdk);
            see(host);
            Ksn ksn = Ksn.parse("FFFF9876543210E00000");
            try (KeyHandle ipek = host.initialKey(ksn)) {
                DukptTerminal t = DukptTerminal.loadTdes(ipek, ksn, DukptStateStore.inMemory());
                see(t);
                try (DukptTransaction tx = t.nextTransaction(); KeyHandle pek = tx.tdesKey(TdesDukptUsage.PIN)) {
                    see(tx);
                    see(pek);
                    see(tx.tdesKey(TdesDukptUsage.DATA_REQUEST));
                    see(DataCiphers.cbc(tx.tdesKey(TdesDukptUsage.DATA_RESPONSE)));
                }
            }
            expectFailure(() -> host.transactionKey(ksn.withCounter(0x7FF)));
            AesDukptHost aesHost = AesDukptHost.of(aesBdk);
            see(aesHost);
            see(aesHost.workingKey(Ksn.parse("123456789012345600000001"), AesDukptUsage.PIN, AesDukptKeyType.AES128));
            expectFailure(() -> aesHost.workingKey(Ksn.parse("123456789012345600000001"), AesDukptUsage.PIN,
                    AesDukptKeyType.AES256));
            see(PinFill.fixedForTesting("ABCDEF"));
            pik.close();
            see(pik);
            expectFailure(() -> pik.kcv());
        }
    }
}
