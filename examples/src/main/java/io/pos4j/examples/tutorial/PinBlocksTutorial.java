package io.pos4j.examples.tutorial;

import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.PinFill;
import java.util.HexFormat;

/** Tutorial 3: PIN blocks, formats 0 and 4, with published vectors (pin-crypto.json). */
public final class PinBlocksTutorial {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private PinBlocksTutorial() {
    }

    /** Encodes vectors PB-F0-006 and PB-F4-004 step by step. */
    public static void main(String[] args) throws Exception {
        // [snippet:format0]
        String pan = "5555555551234567";
        try (Pin pin = Pin.parse("1234");
                KeyHandle key = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.PIN_ENCRYPTION,
                        HEX.parseHex("0123456789ABCDEFFEDCBA9876543210"), InsecureKeyAccess.get())) {
            byte[] clear = PinBlocks.encodeClear(PinBlockFormat.ISO_0, pin, pan, PinFill.random());
            byte[] panField = PinBlocks.panField(PinBlockFormat.ISO_0, pan);
            byte[] enc = PinBlocks.cipher(key, PinBlockFormat.ISO_0).encrypt(pin, pan);
            System.out.println("format 0 PAN field  " + HEX.formatHex(panField));
            System.out.println("format 0 clear      " + HEX.formatHex(clear));
            System.out.println("format 0 encrypted  " + HEX.formatHex(enc));
        }
        // [end:format0]

        // [snippet:format4]
        String pan4 = "4111111111111111";
        try (Pin pin = Pin.parse("1234");
                KeyHandle aes = KeyHandle.importRaw(KeyAlgorithm.AES, KeyUsage.PIN_ENCRYPTION,
                        HEX.parseHex("AF8CB133A78F8DC2D1359F18527593FB"), InsecureKeyAccess.get())) {
            PinFill fill = PinFill.fixedForTesting("2F69ADDE2E9E7ACE"); // vectors only: real fill is random
            byte[] panField = PinBlocks.panField(PinBlockFormat.ISO_4, pan4);
            byte[] clear = PinBlocks.encodeClear(PinBlockFormat.ISO_4, pin, pan4, fill);
            byte[] enc = PinBlocks.cipher(aes, PinBlockFormat.ISO_4, fill).encrypt(pin, pan4);
            System.out.println("format 4 PIN field  " + HEX.formatHex(clear));
            System.out.println("format 4 PAN field  " + HEX.formatHex(panField));
            System.out.println("format 4 encrypted  " + HEX.formatHex(enc));
        }
        // [end:format4]
    }
}
