package io.pos4j.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PinBlockPropertiesTest {

    static final SecureRandom RANDOM = new SecureRandom();

    @Provide
    Arbitrary<String> pins() {
        return Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> pans() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(19);
    }

    static KeyHandle keyFor(PinBlockFormat f, byte[] seed) {
        KeyAlgorithm alg = switch (f) {
            case ISO_4 -> KeyAlgorithm.AES;
            case CUP_SM4 -> KeyAlgorithm.SM4;
            default -> KeyAlgorithm.TDES;
        };
        return KeyHandle.importRaw(alg, KeyUsage.PIN_ENCRYPTION, Arrays.copyOf(seed, 16), InsecureKeyAccess.get());
    }

    @Property(tries = 3000)
    void pinBlock_encryptThenDecrypt_returnsThePin_forEveryFormatPinAndPanLength(
            @ForAll PinBlockFormat format, @ForAll("pins") String pinText, @ForAll("pans") String pan,
            @ForAll @Size(16) byte[] keySeed) {
        try (KeyHandle key = keyFor(format, keySeed); Pin pin = Pin.parse(pinText)) {
            PinBlockCipher c = PinBlocks.cipher(key, format, PinFill.random(RANDOM));
            byte[] block = c.encrypt(pin, pan);
            assertEquals(format.blockLength(), block.length);
            try (Pin back = c.decrypt(block, pan)) {
                assertEquals(pinText, new String(back.toCharArray()));
            }
            byte[] clear = PinBlocks.encodeClear(format, pin, pan, PinFill.random(RANDOM));
            try (Pin back = PinBlocks.decodeClear(format, clear, pan)) {
                assertTrue(back.matches(pin));
            }
        }
    }

    @Property(tries = 2000)
    void decodeClear_anyBytes_returnsPinOrThrowsPinException(@ForAll PinBlockFormat format,
            @ForAll @Size(max = 40) byte[] bytes, @ForAll("pans") String pan) {
        try (Pin pin = PinBlocks.decodeClear(format, bytes, pan)) {
            assertTrue(pin.length() >= 4 && pin.length() <= 12);
        } catch (PinException e) {
            assertTrue(e.reason() == PinException.Reason.INVALID_PIN_BLOCK, e.reason().name());
        }
    }

    @Property(tries = 1000)
    void decrypt_anyBlock_returnsPinOrThrowsPinException(@ForAll PinBlockFormat format,
            @ForAll @Size(max = 40) byte[] block, @ForAll("pans") String pan, @ForAll @Size(16) byte[] keySeed) {
        try (KeyHandle key = keyFor(format, keySeed)) {
            try (Pin pin = PinBlocks.cipher(key, format).decrypt(block, pan)) {
                assertTrue(pin.length() >= 4);
            } catch (PinException e) {
                assertEquals(PinException.Reason.INVALID_PIN_BLOCK, e.reason());
            }
        }
    }

    @Property(tries = 500)
    void translate_format0ToFormat4_keepsThePin(@ForAll("pins") String pinText, @ForAll("pans") String pan,
            @ForAll @Size(16) byte[] seed) {
        try (KeyHandle zpk = keyFor(PinBlockFormat.ISO_0, seed);
                KeyHandle aes = keyFor(PinBlockFormat.ISO_4, seed);
                Pin pin = Pin.parse(pinText)) {
            PinBlockCipher from = PinBlocks.cipher(zpk, PinBlockFormat.ISO_0);
            PinBlockCipher to = PinBlocks.cipher(aes, PinBlockFormat.ISO_4);
            byte[] out = PinBlocks.translate(from, from.encrypt(pin, pan), pan, to, pan);
            assertTrue(to.verify(out, pan, pin));
        }
    }

    @Property(tries = 1000)
    void macVerify_anyFlippedBit_isRejected(@ForAll MacAlgorithm alg, @ForAll @Size(max = 64) byte[] data,
            @ForAll @IntRange(min = 0, max = 10_000) int flip, @ForAll @Size(32) byte[] seed) {
        KeyAlgorithm ka = switch (alg) {
            case CMAC -> KeyAlgorithm.AES;
            case HMAC_SHA256 -> KeyAlgorithm.HMAC_SHA256;
            case CUP_ECB, CUP_ECB_FIRST_8_BYTES -> KeyAlgorithm.SM4;
            default -> KeyAlgorithm.TDES;
        };
        try (KeyHandle k = KeyHandle.importRaw(ka, KeyUsage.MAC, Arrays.copyOf(seed, 16), InsecureKeyAccess.get())) {
            MacCalculator mac = Macs.create(k, alg);
            byte[] m = mac.compute(data);
            assertTrue(mac.verify(data, m));
            byte[] badMac = m.clone();
            int bit = flip % (badMac.length * 8);
            badMac[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(mac.verify(data, badMac), "flipped MAC bit " + bit);
            if (data.length > 0) {
                byte[] badData = data.clone();
                int dbit = flip % (badData.length * 8);
                badData[dbit / 8] ^= (byte) (1 << (dbit % 8));
                // CUP ECB and zero-padding MACs collide only on trailing-zero changes; a flipped bit never is one
                assertFalse(mac.verify(badData, m), "flipped data bit " + dbit);
            }
        }
    }
}
