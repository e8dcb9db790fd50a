package io.pos4j.examples.cli;

import io.pos4j.pin.KcvMethod;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pos4j kcv --key K --alg tdes|aes|sm4 [--method M] [--length N]}. */
@Command(name = "kcv", mixinStandardHelpOptions = true,
        description = "Key check value. Defaults: tdes encrypt-zeros, aes cmac-zeros (X9.24-1:2017 A.3), "
                + "sm4 encrypt-zeros; 3 bytes. encrypt-ones is the GlobalPlatform AES convention.")
public final class KcvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--key", required = true, description = "the key (hex); an 8-byte tdes key is single DES")
    String key;

    @Option(names = "--alg", required = true, description = "tdes, aes or sm4")
    String alg;

    @Option(names = "--method", description = "encrypt-zeros, cmac-zeros or encrypt-ones")
    String method;

    @Option(names = "--length", defaultValue = "3", description = "bytes to keep (default: ${DEFAULT-VALUE})")
    int length;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        byte[] raw = HexInput.parse("--key", key);
        KeyAlgorithm ka = switch (alg) {
            case "tdes" -> raw.length == 8 ? KeyAlgorithm.DES : KeyAlgorithm.TDES;
            case "aes" -> KeyAlgorithm.AES;
            case "sm4" -> KeyAlgorithm.SM4;
            default -> throw new CliException("--alg: '" + alg + "' (expected tdes, aes or sm4)");
        };
        KcvMethod km = method == null ? KcvMethod.defaultFor(ka) : switch (method) {
            case "encrypt-zeros" -> KcvMethod.ENCRYPT_ZEROS;
            case "cmac-zeros" -> KcvMethod.CMAC_ZEROS;
            case "encrypt-ones" -> KcvMethod.ENCRYPT_ONES;
            default -> throw new CliException("--method: '" + method
                    + "' (expected encrypt-zeros, cmac-zeros or encrypt-ones)");
        };
        Map<String, Object> m = new LinkedHashMap<>();
        try (KeyHandle k = PinCommand.key(ka, KeyUsage.DATA_ENCRYPTION, raw, "--key")) {
            m.put("kcv", HexInput.format(PinCommand.guard(method == null ? "--length" : "--method",
                    () -> k.checkValue(km, length))));
        }
        output.print(spec, m);
        return 0;
    }
}
