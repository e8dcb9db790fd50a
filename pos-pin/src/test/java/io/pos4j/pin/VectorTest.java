package io.pos4j.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.Vectors.Vector;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vector of pin-crypto.json through the public API. One handler per algorithm; a vector
 * whose algorithm has no handler fails, every expected field must be asserted, reject vectors
 * must be rejected.
 */
class VectorTest {

    static final HexFormat HEX = HexFormat.of().withUpperCase();

    static final Map<String, Consumer<Vector>> HANDLERS = new HashMap<>();

    static {
        for (String f : List.of("0", "1", "2", "3")) {
            HANDLERS.put("ISO9564-1/F" + f, VectorTest::pinBlock);
        }
        HANDLERS.put("ISO9564-1/F4", VectorTest::pinBlock4);
        HANDLERS.put("CUP-SM4-PINBLOCK", VectorTest::cupSm4PinBlock);
        HANDLERS.put("ISO9797-1/MAC1", VectorTest::mac1);
        HANDLERS.put("ISO9797-1/MAC3", VectorTest::mac3);
        HANDLERS.put("CMAC", VectorTest::cmac);
        HANDLERS.put("CUP-ECB-MAC", VectorTest::cupMac);
        HANDLERS.put("KCV", VectorTest::kcv);
        HANDLERS.put("SM4-ECB", VectorTest::sm4);
        HANDLERS.put("TDES-DUKPT", DukptVectors::tdes);
        HANDLERS.put("AES-DUKPT", DukptVectors::aes);
    }

    @TestFactory
    Stream<DynamicTest> vector_eachPublishedVector_matchesOrIsRejected() {
        return Vectors.all().stream().map(v -> DynamicTest.dynamicTest(v.id(), () -> {
            run(v);
        }));
    }

    @Test
    void vectors_everyVectorOfEveryKnownAlgorithm_isCheckedOnEveryExpectedField() {
        for (Vector v : Vectors.all()) {
            run(v);
            if (!v.expectError()) {
                assertEquals(v.expected().keySet(), v.consumed(),
                        v.id() + ": every expected field is asserted");
            }
        }
        assertEquals(Vectors.declaredCount(), Vectors.all().size(), "file count field");
        assertEquals(169, Vectors.all().size());
    }

    static void run(Vector v) {
        Consumer<Vector> h = HANDLERS.get(v.algorithm());
        assertNotNull(h, v.id() + ": no handler for algorithm " + v.algorithm());
        if (v.expectError()) {
            assertEquals("reject", v.expected().get("error"));
            PinException e = assertThrows(PinException.class, () -> h.accept(v), v.id());
            assertNotNull(e.reason());
        } else {
            h.accept(v);
        }
    }

    static KeyHandle key(KeyAlgorithm alg, KeyUsage usage, String hex) {
        return KeyHandle.importRaw(alg, usage, HexFormat.of().parseHex(hex), InsecureKeyAccess.get());
    }

    static KeyAlgorithm desOrTdes(String hex) {
        return hex.length() == 16 ? KeyAlgorithm.DES : KeyAlgorithm.TDES;
    }

    static void assertHex(String expected, byte[] actual, String what) {
        assertEquals(expected, HEX.formatHex(actual), what);
    }

    static String pinText(Pin pin) {
        return new String(pin.toCharArray());
    }

    // ---- PIN blocks ----

    static void pinBlock(Vector v) {
        PinBlockFormat f = PinBlockFormat.fromCode(v.algorithm().substring("ISO9564-1/F".length()));
        String pan = v.has("pan") ? v.in("pan") : null;
        if (v.direction().equals("encode")) {
            PinFill fill = PinFill.fixedForTesting(v.has("fill") ? v.in("fill") : "");
            try (Pin pin = Pin.parse(v.in("pin"))) {
                byte[] clear = PinBlocks.encodeClear(f, pin, pan, fill);
                assertHex(v.out("clear_pin_block"), clear, v.id() + " clear block");
                if (v.expects("pan_field")) {
                    byte[] panField = PinBlocks.panField(f, pan);
                    assertHex(v.out("pan_field"), panField, v.id() + " PAN field");
                    assertHex(v.out("pin_field"), PinBlocks.xor(clear.clone(), panField), v.id());
                }
                if (v.has("key")) {
                    try (KeyHandle k = key(desOrTdes(v.in("key")), KeyUsage.PIN_ENCRYPTION, v.in("key"))) {
                        PinBlockCipher c = PinBlocks.cipher(k, f, fill);
                        byte[] enc = c.encrypt(pin, pan);
                        assertHex(v.out("encrypted_pin_block"), enc, v.id() + " encrypted");
                        try (Pin back = c.decrypt(enc, pan)) {
                            assertTrue(back.matches(pin), v.id() + " round trip");
                        }
                    }
                }
            }
            return;
        }
        byte[] clear;
        if (v.has("key")) {
            try (KeyHandle k = key(desOrTdes(v.in("key")), KeyUsage.PIN_ENCRYPTION, v.in("key"))) {
                PinBlockCipher c = PinBlocks.cipher(k, f);
                clear = c.decryptToClearBlock(v.inHex("encrypted_pin_block"), pan);
                try (Pin pin = c.decrypt(v.inHex("encrypted_pin_block"), pan)) {
                    assertEquals(v.out("pin"), pinText(pin), v.id());
                }
            }
            assertHex(v.out("clear_pin_block"), clear, v.id() + " clear block");
        } else {
            clear = v.inHex("clear_pin_block");
        }
        try (Pin pin = PinBlocks.decodeClear(f, clear, pan)) {
            assertEquals(v.out("pin"), pinText(pin), v.id());
            if (v.expects("fill")) {
                byte[] field = f.usesPan() ? PinBlocks.xor(clear.clone(), PinBlocks.panField(f, pan)) : clear;
                String hex = HEX.formatHex(field);
                assertEquals(v.out("fill"), hex.substring(2 + pin.length()), v.id() + " fill");
            }
        }
    }

    static void pinBlock4(Vector v) {
        String pan = v.in("pan");
        try (KeyHandle k = key(KeyAlgorithm.AES, KeyUsage.PIN_ENCRYPTION, v.in("key"))) {
            if (v.direction().equals("encode")) {
                PinFill fill = PinFill.fixedForTesting(v.in("random"));
                try (Pin pin = Pin.parse(v.in("pin"))) {
                    byte[] pinField = PinBlocks.encodeClear(PinBlockFormat.ISO_4, pin, pan, fill);
                    assertHex(v.out("pin_field"), pinField, v.id() + " PIN field");
                    byte[] panField = PinBlocks.panField(PinBlockFormat.ISO_4, pan);
                    assertHex(v.out("pan_field"), panField, v.id() + " PAN field");
                    byte[] a = io.pos4j.pin.internal.Blocks.ecb(io.pos4j.pin.internal.Blocks.Kind.AES,
                            v.inHex("key"), true, pinField);
                    assertHex(v.out("intermediate_block_a"), a, v.id() + " block A");
                    assertHex(v.out("intermediate_block_b"), PinBlocks.xor(a, panField), v.id() + " block B");
                    PinBlockCipher c = PinBlocks.cipher(k, PinBlockFormat.ISO_4, fill);
                    byte[] enc = c.encrypt(pin, pan);
                    assertHex(v.out("encrypted_pin_block"), enc, v.id() + " encrypted");
                    assertTrue(c.verify(enc, pan, pin), v.id() + " round trip");
                }
                return;
            }
            PinBlockCipher c = PinBlocks.cipher(k, PinBlockFormat.ISO_4);
            byte[] block = v.inHex("encrypted_pin_block");
            try (Pin pin = c.decrypt(block, pan)) {
                assertEquals(v.out("pin"), pinText(pin), v.id());
            }
            assertHex(v.out("pin_field"), c.decryptToClearBlock(block, pan), v.id() + " PIN field");
        }
    }

    static void cupSm4PinBlock(Vector v) {
        try (KeyHandle tmk = key(KeyAlgorithm.SM4, KeyUsage.KEY_ENCRYPTION, v.in("tmk"));
                KeyHandle pik = KeyExchange.unwrap(tmk, WrappedKey.of(KeyUsage.PIN_ENCRYPTION,
                        KeyAlgorithm.SM4, v.inHex("pik_under_tmk"), v.outHex("pik_check_value")));
                Pin pin = Pin.parse(v.in("pin"))) {
            v.out("pik_check_value");
            assertHex(v.out("pik"), pik.exportRaw(InsecureKeyAccess.get()), v.id() + " PIK");
            assertHex(v.out("clear_pin_block"), PinBlocks.encodeClear(PinBlockFormat.CUP_SM4, pin,
                    v.in("pan"), PinFill.random()), v.id() + " clear block");
            PinBlockCipher c = PinBlocks.cipher(pik, PinBlockFormat.CUP_SM4);
            byte[] enc = c.encrypt(pin, v.in("pan"));
            assertHex(v.out("encrypted_pin_block"), enc, v.id() + " encrypted");
            assertTrue(c.verify(enc, v.in("pan"), pin));
        }
    }

    // ---- MACs ----

    static MacPadding padding(Vector v) {
        Object p = v.param("padding");
        return p != null && ((Number) p).intValue() == 2 ? MacPadding.METHOD_2 : MacPadding.METHOD_1;
    }

    static void checkMac(Vector v, KeyAlgorithm alg, MacAlgorithm macAlg, MacPadding padding) {
        try (KeyHandle k = key(alg, KeyUsage.MAC, v.in("key"))) {
            MacCalculator mac = Macs.create(k, macAlg, padding);
            byte[] data = v.inHex("data");
            byte[] m = mac.compute(data);
            assertHex(v.out("mac"), m, v.id() + " MAC");
            assertTrue(mac.verify(data, m), v.id() + " verify");
            assertTrue(mac.verify(data, mac.compute(data, 4)), v.id() + " verify truncated");
        }
    }

    static void mac1(Vector v) {
        checkMac(v, "DES".equals(v.param("cipher")) ? KeyAlgorithm.DES : KeyAlgorithm.TDES,
                MacAlgorithm.ISO9797_1_ALG1, padding(v));
    }

    static void mac3(Vector v) {
        checkMac(v, KeyAlgorithm.TDES, MacAlgorithm.ISO9797_1_ALG3, padding(v));
    }

    static void cmac(Vector v) {
        checkMac(v, "AES".equals(v.param("cipher")) ? KeyAlgorithm.AES : KeyAlgorithm.TDES,
                MacAlgorithm.CMAC, MacPadding.METHOD_1);
    }

    static void cupMac(Vector v) {
        String cipher = (String) v.param("cipher");
        KeyAlgorithm alg = switch (cipher) {
            case "DES" -> KeyAlgorithm.DES;
            case "TDES" -> KeyAlgorithm.TDES;
            default -> KeyAlgorithm.SM4;
        };
        byte[] data = v.inHex("data");
        KeyHandle mak;
        if (v.has("tmk")) {
            byte[] clearMak = v.outHex("mak");
            byte[] check;
            try (KeyHandle probe = KeyHandle.importRaw(alg, KeyUsage.MAC, clearMak, InsecureKeyAccess.get())) {
                check = probe.checkValue(KcvMethod.ENCRYPT_ZEROS, 4);
            }
            try (KeyHandle tmk = key(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, v.in("tmk"))) {
                mak = KeyExchange.unwrap(tmk, WrappedKey.of(KeyUsage.MAC, alg, v.inHex("mak_under_tmk"), check));
            }
            assertHex(v.out("mak"), mak.exportRaw(InsecureKeyAccess.get()), v.id() + " MAK");
        } else {
            mak = key(alg, KeyUsage.MAC, v.in("key"));
        }
        try (mak) {
            byte[] keyBytes = mak.exportRaw(InsecureKeyAccess.get());
            io.pos4j.pin.internal.Blocks.Kind kind = io.pos4j.pin.internal.Blocks.Kind.valueOf(alg.name());
            int n = alg.blockSize();
            byte[] x = new byte[n];
            byte[] padded = io.pos4j.pin.internal.Blocks.zeroPad(data, n);
            for (int i = 0; i < padded.length; i++) {
                x[i % n] ^= padded[i];
            }
            assertHex(v.out("xor_block"), x, v.id() + " XOR");
            byte[] hex = HEX.formatHex(x).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertHex(v.out("hex_expanded"), hex, v.id() + " hex");
            byte[] enc1 = io.pos4j.pin.internal.Blocks.ecb(kind, keyBytes, true, java.util.Arrays.copyOf(hex, n));
            assertHex(v.out("enc1"), enc1, v.id() + " enc1");
            byte[] xor2 = enc1.clone();
            for (int i = 0; i < n; i++) {
                xor2[i] ^= hex[n + i];
            }
            assertHex(v.out("xor2"), xor2, v.id() + " xor2");
            byte[] enc2 = io.pos4j.pin.internal.Blocks.ecb(kind, keyBytes, true, xor2);
            assertHex(v.out("enc2"), enc2, v.id() + " enc2");

            MacCalculator mac = Macs.create(mak, MacAlgorithm.CUP_ECB);
            byte[] m = mac.compute(data);
            assertHex(v.out("mac_ascii_hex"), m, v.id() + " DE 64");
            assertEquals(v.out("mac_8_hex_chars"), new String(m, java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(mac.verify(data, m));
            byte[] first8 = Macs.create(mak, MacAlgorithm.CUP_ECB_FIRST_8_BYTES).compute(data);
            assertHex(HEX.formatHex(enc2).substring(0, 16), first8, v.id() + " first 8 bytes");
            if (v.expects("mac_first_8_bytes")) {
                assertHex(v.out("mac_first_8_bytes"), first8, v.id() + " first 8 bytes reading");
            }
        }
    }

    // ---- KCV, SM4 ----

    static void kcv(Vector v) {
        KeyAlgorithm alg = "AES".equals(v.param("cipher")) ? KeyAlgorithm.AES : desOrTdes(v.in("key"));
        try (KeyHandle k = key(alg, KeyUsage.DATA_ENCRYPTION, v.in("key"))) {
            assertHex(v.out("kcv_encrypt_zeros_3"), k.checkValue(KcvMethod.ENCRYPT_ZEROS, 3), v.id());
            assertHex(v.out("kcv_cmac_zeros_5"), k.checkValue(KcvMethod.CMAC_ZEROS, 5), v.id());
            if (v.expects("kcv_encrypt_ones_3")) {
                assertHex(v.out("kcv_encrypt_ones_3"), k.checkValue(KcvMethod.ENCRYPT_ONES, 3), v.id());
            }
            byte[] dflt = alg == KeyAlgorithm.AES ? k.checkValue(KcvMethod.CMAC_ZEROS, 3)
                    : k.checkValue(KcvMethod.ENCRYPT_ZEROS, 3);
            assertArrayEquals(dflt, k.kcv(), v.id() + " default KCV");
        }
    }

    static void sm4(Vector v) {
        Object it = v.param("iterations");
        int n = it == null ? 1 : ((Number) it).intValue();
        org.bouncycastle.crypto.BlockCipher e = io.pos4j.pin.internal.Blocks.engine(
                io.pos4j.pin.internal.Blocks.Kind.SM4, v.inHex("key"), true);
        byte[] b = v.inHex("plaintext");
        for (int i = 0; i < n; i++) {
            e.processBlock(b, 0, b, 0);
        }
        assertHex(v.out("ciphertext"), b, v.id());
        try (KeyHandle k = key(KeyAlgorithm.SM4, KeyUsage.DATA_ENCRYPTION, v.in("key"))) {
            assertArrayEquals(java.util.Arrays.copyOf(io.pos4j.pin.internal.Blocks.ecb(
                    io.pos4j.pin.internal.Blocks.Kind.SM4, v.inHex("key"), true, new byte[16]), 3), k.kcv());
        }
    }
}
