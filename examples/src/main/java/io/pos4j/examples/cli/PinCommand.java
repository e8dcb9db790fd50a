package io.pos4j.examples.cli;

import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinBlockCipher;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.PinException;
import io.pos4j.pin.PinFill;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pos4j pin encode|decode}: ISO 9564-1 PIN blocks (formats 0-4) and the UnionPay SM4 block.
 * Also holds the helpers the other pos-pin commands share (key parsing, output, error wording).
 */
@Command(name = "pin", mixinStandardHelpOptions = true,
        description = "Encode or decode ISO 9564 PIN blocks (formats 0-4, cup-sm4).",
        subcommands = {PinCommand.Encode.class, PinCommand.Decode.class})
public final class PinCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug = new DebugOption();

    @Override
    public Integer call() {
        throw new CliException("pin: missing subcommand (expected encode or decode)");
    }

    /** {@code pin encode --format F --pin P [--pan N] [--key K] [--fill X]}. */
    @Command(name = "encode", mixinStandardHelpOptions = true,
            description = "Build a PIN block: clear, or encrypted with --key.")
    static final class Encode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", required = true, description = "0, 1, 2, 3, 4 or cup-sm4")
        String format;

        @Option(names = "--pin", required = true, description = "4 to 12 digits")
        String pin;

        @Option(names = "--pan", description = "primary account number (formats 0, 3, 4, cup-sm4)")
        String pan;

        @Option(names = "--key", description = "PIN encryption key (hex): DES/TDES for 0-3, AES for 4, SM4 for cup-sm4")
        String key;

        @Option(names = "--fill", description = "fixed fill nibbles (hex) for formats 1, 3, 4: test vectors only")
        String fill;

        @Mixin
        OutputOptions output = new OutputOptions();

        @Override
        public Integer call() {
            PinBlockFormat f = format(format);
            if (fill != null && f != PinBlockFormat.ISO_1 && f != PinBlockFormat.ISO_3
                    && f != PinBlockFormat.ISO_4) {
                throw new CliException("--fill: applies to formats 1, 3 and 4 only");
            }
            PinFill pinFill = fill == null ? PinFill.random()
                    : guard("--fill", () -> PinFill.fixedForTesting(fill.replace(" ", "")));
            String p = pan(f, pan);
            Map<String, Object> m = new LinkedHashMap<>();
            PinFill used = pinFill;
            try (Pin thePin = guard("--pin", () -> Pin.parse(pin))) {
                byte[] clear;
                byte[] encrypted = null;
                if (key != null) {
                    try (KeyHandle k = pinKey(f, key)) {
                        PinBlockCipher c = guard("--key", () -> PinBlocks.cipher(k, f, used));
                        byte[] enc = guard("--pan", () -> c.encrypt(thePin, p));
                        encrypted = enc;
                        // the clear block that went into this very encryption (same random fill)
                        clear = c.decryptToClearBlock(enc, p);
                    }
                } else {
                    clear = guard("--pan", () -> PinBlocks.encodeClear(f, thePin, p, used));
                }
                if (f == PinBlockFormat.ISO_4) {
                    m.put("pin_field", HexInput.format(clear));
                    m.put("pan_field", HexInput.format(PinBlocks.panField(f, p)));
                } else {
                    m.put("clear_pin_block", HexInput.format(clear));
                }
                if (encrypted != null) {
                    m.put("encrypted_pin_block", HexInput.format(encrypted));
                }
            }
            output.print(spec, m);
            return 0;
        }
    }

    /** {@code pin decode --format F --block B [--pan N] [--key K]}. */
    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = "Read the PIN from a block: clear, or encrypted with --key.")
    static final class Decode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", required = true, description = "0, 1, 2, 3, 4 or cup-sm4")
        String format;

        @Option(names = "--block", required = true, description = "the PIN block (hex); for format 4 without --key the clear PIN field")
        String block;

        @Option(names = "--pan", description = "primary account number (formats 0, 3, 4, cup-sm4)")
        String pan;

        @Option(names = "--key", description = "PIN encryption key (hex)")
        String key;

        @Mixin
        OutputOptions output = new OutputOptions();

        @Override
        public Integer call() {
            PinBlockFormat f = format(format);
            byte[] b = HexInput.parse("--block", block);
            String p = pan(f, pan);
            Map<String, Object> m = new LinkedHashMap<>();
            byte[] clear;
            if (key != null) {
                try (KeyHandle k = pinKey(f, key)) {
                    PinBlockCipher c = guard("--key", () -> PinBlocks.cipher(k, f));
                    clear = guard("--block", () -> c.decryptToClearBlock(b, p));
                }
            } else {
                clear = b;
            }
            try (Pin thePin = guard("--block", () -> PinBlocks.decodeClear(f, clear, p))) {
                char[] digits = thePin.toCharArray();
                m.put("pin", new String(digits));
                Arrays.fill(digits, '\0');
            }
            if (key != null) {
                m.put(f == PinBlockFormat.ISO_4 ? "pin_field" : "clear_pin_block", HexInput.format(clear));
            }
            output.print(spec, m);
            return 0;
        }
    }

    // ---- helpers shared by the pos-pin commands ----

    /**
     * A call that may throw the module's exception, reworded with the option it concerns (by the
     * exception's reason where that names the input, else {@code option}).
     */
    interface Action<T> {
        T run();
    }

    static <T> T guard(String option, Action<T> action) {
        try {
            return action.run();
        } catch (PinException e) {
            String named = switch (e.reason()) {
                case INVALID_FILL -> "--fill";
                case INVALID_PIN -> "--pin";
                case INVALID_PAN -> "--pan";
                default -> option;
            };
            throw new CliException(named + ": " + e.getMessage(), e);
        }
    }

    static PinBlockFormat format(String code) {
        try {
            return PinBlockFormat.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new CliException("--format: " + e.getMessage(), e);
        }
    }

    static String pan(PinBlockFormat f, String pan) {
        if (pan == null) {
            if (f.usesPan()) {
                throw new CliException("--pan: required for format " + f.code());
            }
            return null;
        }
        String p = pan.replace(" ", "");
        guard("--pan", () -> PinBlocks.panField(PinBlockFormat.ISO_4, p));
        return p;
    }

    static KeyHandle pinKey(PinBlockFormat f, String hex) {
        byte[] raw = HexInput.parse("--key", hex);
        KeyAlgorithm alg = switch (f) {
            case ISO_4 -> KeyAlgorithm.AES;
            case CUP_SM4 -> KeyAlgorithm.SM4;
            default -> raw.length == 8 ? KeyAlgorithm.DES : KeyAlgorithm.TDES;
        };
        return key(alg, KeyUsage.PIN_ENCRYPTION, raw, "--key");
    }

    /** Wraps raw key bytes (wiped afterwards) in a handle; a wrong length is a CLI error. */
    static KeyHandle key(KeyAlgorithm alg, KeyUsage usage, byte[] raw, String option) {
        try {
            return guard(option, () -> KeyHandle.importRaw(alg, usage, raw, InsecureKeyAccess.get()));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    static byte[] raw(KeyHandle k) {
        return k.exportRaw(InsecureKeyAccess.get());
    }
}
