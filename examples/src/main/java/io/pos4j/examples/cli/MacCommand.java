package io.pos4j.examples.cli;

import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.MacAlgorithm;
import io.pos4j.pin.MacPadding;
import io.pos4j.pin.Macs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pos4j mac --alg A --key K --data D [--padding 1|2]}. */
@Command(name = "mac", mixinStandardHelpOptions = true,
        description = "Compute a MAC: iso9797-1-alg1 (DES or TDES by key length), iso9797-1-alg3 (ANSI X9.19), "
                + "cmac-aes, cmac-tdes, cup-ecb-des, cup-ecb-tdes, cup-ecb-sm4 (the 8 bytes carried in DE 64).")
public final class MacCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--alg", required = true, description = "MAC algorithm (see above)")
    String alg;

    @Option(names = "--key", required = true, description = "MAC key (hex)")
    String key;

    @Option(names = "--data", required = true, description = "data (hex)")
    String data;

    @Option(names = "--padding", description = "ISO 9797-1 padding method 1 or 2 (algorithms 1 and 3; default 1)")
    Integer padding;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        byte[] raw = HexInput.parse("--key", key);
        byte[] bytes = HexInput.parse("--data", data);
        MacAlgorithm a;
        KeyAlgorithm ka;
        switch (alg) {
            case "iso9797-1-alg1" -> {
                a = MacAlgorithm.ISO9797_1_ALG1;
                ka = raw.length == 8 ? KeyAlgorithm.DES : KeyAlgorithm.TDES;
            }
            case "iso9797-1-alg3" -> {
                a = MacAlgorithm.ISO9797_1_ALG3;
                ka = KeyAlgorithm.TDES;
                if (raw.length != 16) {
                    throw new CliException("--key: " + raw.length + " bytes (expected 16 for iso9797-1-alg3)");
                }
            }
            case "cmac-aes" -> {
                a = MacAlgorithm.CMAC;
                ka = KeyAlgorithm.AES;
            }
            case "cmac-tdes" -> {
                a = MacAlgorithm.CMAC;
                ka = KeyAlgorithm.TDES;
            }
            case "cup-ecb-des" -> {
                a = MacAlgorithm.CUP_ECB;
                ka = KeyAlgorithm.DES;
            }
            case "cup-ecb-tdes" -> {
                a = MacAlgorithm.CUP_ECB;
                ka = KeyAlgorithm.TDES;
            }
            case "cup-ecb-sm4" -> {
                a = MacAlgorithm.CUP_ECB;
                ka = KeyAlgorithm.SM4;
            }
            default -> throw new CliException("--alg: '" + alg + "' is not a MAC algorithm (expected iso9797-1-alg1, "
                    + "iso9797-1-alg3, cmac-aes, cmac-tdes, cup-ecb-des, cup-ecb-tdes or cup-ecb-sm4)");
        }
        MacPadding pad = MacPadding.METHOD_1;
        if (padding != null) {
            if (padding != 1 && padding != 2) {
                throw new CliException("--padding: " + padding + " (expected 1 or 2)");
            }
            if (padding == 2 && a != MacAlgorithm.ISO9797_1_ALG1 && a != MacAlgorithm.ISO9797_1_ALG3) {
                throw new CliException("--padding: method 2 applies to iso9797-1-alg1 and iso9797-1-alg3 only");
            }
            pad = padding == 2 ? MacPadding.METHOD_2 : MacPadding.METHOD_1;
        }
        MacPadding p = pad;
        Map<String, Object> m = new LinkedHashMap<>();
        try (KeyHandle k = PinCommand.key(ka, KeyUsage.MAC, raw, "--key")) {
            m.put("mac", HexInput.format(PinCommand.guard("--key", () -> Macs.create(k, a, p)).compute(bytes)));
        }
        output.print(spec, m);
        return 0;
    }
}
