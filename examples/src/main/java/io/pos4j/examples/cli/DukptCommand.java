package io.pos4j.examples.cli;

import io.pos4j.pin.AesDukptHost;
import io.pos4j.pin.AesDukptKeyType;
import io.pos4j.pin.AesDukptUsage;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.PinFill;
import io.pos4j.pin.TdesDukptHost;
import io.pos4j.pin.TdesDukptUsage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pos4j dukpt ipek|key|pin}: host-side TDES (X9.24-1) and AES (X9.24-3) DUKPT. */
@Command(name = "dukpt", mixinStandardHelpOptions = true,
        description = "DUKPT keys (ANSI X9.24-1 TDES, X9.24-3 AES): initial key, working keys, PIN blocks.",
        subcommands = {DukptCommand.Ipek.class, DukptCommand.Key.class, DukptCommand.PinBlock.class})
public final class DukptCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug = new DebugOption();

    @Override
    public Integer call() {
        throw new CliException("dukpt: missing subcommand (expected ipek, key or pin)");
    }

    /** Options every dukpt subcommand takes. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--bdk", required = true, description = "base derivation key (hex): 16-byte TDES, or AES-128/192/256 with --aes")
        String bdk;

        @Option(names = "--ksn", required = true, description = "key serial number (hex): 10 bytes TDES, 12 bytes AES")
        String ksn;

        @Mixin
        OutputOptions output = new OutputOptions();

        Ksn ksn(boolean aes) {
            byte[] b = HexInput.parse("--ksn", ksn);
            if (b.length != (aes ? 12 : 10)) {
                throw new CliException("--ksn: " + b.length + " bytes (expected " + (aes ? 12 : 10)
                        + " for " + (aes ? "AES" : "TDES") + " DUKPT" + (aes ? "" : "; use --aes for AES DUKPT") + ")");
            }
            return Ksn.of(b);
        }

        KeyHandle bdk(boolean aes) {
            byte[] raw = HexInput.parse("--bdk", bdk);
            if (!aes && raw.length != 16) {
                throw new CliException("--bdk: " + raw.length + " bytes (expected 16 for a TDES BDK)");
            }
            return PinCommand.key(aes ? KeyAlgorithm.AES : KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION, raw, "--bdk");
        }

        void print(String name, byte[] value) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(name, HexInput.format(value));
            output.print(spec, m);
        }
    }

    /** {@code dukpt ipek --bdk K --ksn S}. */
    @Command(name = "ipek", mixinStandardHelpOptions = true, description = "TDES initial key (IPEK), X9.24-1.")
    static final class Ipek extends Base {
        @Override
        public Integer call() {
            Ksn k = ksn(false);
            try (KeyHandle b = bdk(false); KeyHandle ipek = TdesDukptHost.of(b).initialKey(k)) {
                print("ipek", PinCommand.raw(ipek));
            }
            return 0;
        }
    }

    /** {@code dukpt key --bdk K --ksn S --usage U [--aes T]}. */
    @Command(name = "key", mixinStandardHelpOptions = true, description = "A working key. TDES usages: transaction, pin, "
            + "mac, mac-response, data, data-response. AES (--aes aes128|aes192|aes256|tdes2|tdes3) usages: initial, "
            + "transaction, pin, mac-gen, mac-verify, mac-both, data-encrypt, data-decrypt, data-both.")
    static final class Key extends Base {
        @Option(names = "--usage", required = true, description = "key usage (see above)")
        String usage;

        @Option(names = "--aes", description = "AES DUKPT with this working key type: aes128, aes192, aes256, tdes2, tdes3")
        String aes;

        @Override
        public Integer call() {
            boolean isAes = aes != null;
            Ksn k = ksn(isAes);
            try (KeyHandle b = bdk(isAes)) {
                byte[] out = isAes ? aesKey(b, k, aesType(aes)) : tdesKey(b, k);
                print("key", out);
            }
            return 0;
        }

        private byte[] tdesKey(KeyHandle b, Ksn k) {
            TdesDukptHost host = TdesDukptHost.of(b);
            if (usage.equals("transaction")) {
                try (KeyHandle t = PinCommand.guard("--ksn", () -> host.transactionKey(k))) {
                    return PinCommand.raw(t);
                }
            }
            TdesDukptUsage u = switch (usage) {
                case "pin" -> TdesDukptUsage.PIN;
                case "mac" -> TdesDukptUsage.MAC_REQUEST;
                case "mac-response" -> TdesDukptUsage.MAC_RESPONSE;
                case "data" -> TdesDukptUsage.DATA_REQUEST;
                case "data-response" -> TdesDukptUsage.DATA_RESPONSE;
                default -> throw new CliException("--usage: '" + usage + "' is not a TDES DUKPT usage (expected "
                        + "transaction, pin, mac, mac-response, data or data-response)");
            };
            try (KeyHandle w = PinCommand.guard("--ksn", () -> host.workingKey(k, u))) {
                return PinCommand.raw(w);
            }
        }

        private byte[] aesKey(KeyHandle b, Ksn k, AesDukptKeyType type) {
            AesDukptHost host = AesDukptHost.of(b);
            if (usage.equals("initial")) {
                try (KeyHandle ik = host.initialKey(k)) {
                    return PinCommand.raw(ik);
                }
            }
            if (usage.equals("transaction")) {
                try (KeyHandle t = PinCommand.guard("--ksn", () -> host.transactionKey(k))) {
                    return PinCommand.raw(t);
                }
            }
            AesDukptUsage u = switch (usage) {
                case "pin" -> AesDukptUsage.PIN;
                case "mac-gen" -> AesDukptUsage.MAC_GENERATION;
                case "mac-verify" -> AesDukptUsage.MAC_VERIFICATION;
                case "mac-both" -> AesDukptUsage.MAC_BOTH;
                case "data-encrypt" -> AesDukptUsage.DATA_ENCRYPT;
                case "data-decrypt" -> AesDukptUsage.DATA_DECRYPT;
                case "data-both" -> AesDukptUsage.DATA_BOTH;
                default -> throw new CliException("--usage: '" + usage + "' is not an AES DUKPT usage (expected "
                        + "initial, transaction, pin, mac-gen, mac-verify, mac-both, data-encrypt, data-decrypt or data-both)");
            };
            try (KeyHandle w = PinCommand.guard("--aes", () -> host.workingKey(k, u, type))) {
                return PinCommand.raw(w);
            }
        }
    }

    /** {@code dukpt pin --bdk K --ksn S --pin P --pan N [--aes T] [--fill X]}. */
    @Command(name = "pin", mixinStandardHelpOptions = true,
            description = "Encrypted PIN block under the DUKPT PIN key: format 0 (TDES), format 4 (AES key types).")
    static final class PinBlock extends Base {
        @Option(names = "--pin", required = true, description = "4 to 12 digits")
        String pin;

        @Option(names = "--pan", required = true, description = "primary account number")
        String pan;

        @Option(names = "--aes", description = "AES DUKPT working key type: aes128, aes192, aes256 (format 4), tdes2, tdes3 (format 0)")
        String aes;

        @Option(names = "--fill", description = "fixed random half for format 4 (16 hex digits): test vectors only")
        String fill;

        @Override
        public Integer call() {
            boolean isAes = aes != null;
            Ksn k = ksn(isAes);
            AesDukptKeyType type = isAes ? aesType(aes) : null;
            PinBlockFormat f = type == null || type.algorithm() == KeyAlgorithm.TDES ? PinBlockFormat.ISO_0 : PinBlockFormat.ISO_4;
            if (fill != null && f != PinBlockFormat.ISO_4) {
                throw new CliException("--fill: applies to format 4 (AES key types) only");
            }
            PinFill pinFill = fill == null ? PinFill.random() : PinCommand.guard("--fill", () -> PinFill.fixedForTesting(fill));
            String p = PinCommand.pan(f, pan);
            try (KeyHandle b = bdk(isAes);
                    KeyHandle pek = isAes
                            ? PinCommand.guard("--aes", () -> AesDukptHost.of(b).workingKey(k, AesDukptUsage.PIN, type))
                            : PinCommand.guard("--ksn", () -> TdesDukptHost.of(b).workingKey(k, TdesDukptUsage.PIN));
                    Pin thePin = PinCommand.guard("--pin", () -> Pin.parse(pin))) {
                print("encrypted_pin_block", PinBlocks.cipher(pek, f, pinFill).encrypt(thePin, p));
            }
            return 0;
        }
    }

    static AesDukptKeyType aesType(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "aes128" -> AesDukptKeyType.AES128;
            case "aes192" -> AesDukptKeyType.AES192;
            case "aes256" -> AesDukptKeyType.AES256;
            case "tdes2" -> AesDukptKeyType.TDES2;
            case "tdes3" -> AesDukptKeyType.TDES3;
            default -> throw new CliException("--aes: '" + name + "' is not a key type (expected aes128, aes192, aes256, tdes2 or tdes3)");
        };
    }
}
