package io.pos4j.examples.tutorial;

import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.TdesDukptHost;
import io.pos4j.pin.TdesDukptUsage;
import java.util.HexFormat;

/** Tutorial 4: TDES DUKPT step by step with the ANSI X9.24-1:2009 Annex A.4 vectors. */
public final class DukptTutorial {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private DukptTutorial() {
    }

    /** Derives IPEK, transaction keys and variants for the first transactions of the Annex A device. */
    public static void main(String[] args) {
        // [snippet:ksn]
        Ksn ksn = Ksn.parse("FFFF9876543210E00001");
        System.out.printf("KSN %s: counter %d%n", ksn, ksn.counter());
        // [end:ksn]
        // [snippet:host]
        try (KeyHandle bdk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION,
                HEX.parseHex("0123456789ABCDEFFEDCBA9876543210"), InsecureKeyAccess.get())) {
            TdesDukptHost host = TdesDukptHost.of(bdk);
            System.out.println("IPEK           " + hex(host.initialKey(ksn)));
            for (int counter = 1; counter <= 3; counter++) {
                Ksn k = ksn.withCounter(counter);
                System.out.println("KSN " + k);
                System.out.println("  transaction  " + hex(host.transactionKey(k)));
                System.out.println("  PIN variant  " + hex(host.workingKey(k, TdesDukptUsage.PIN)));
                System.out.println("  MAC request  " + hex(host.workingKey(k, TdesDukptUsage.MAC_REQUEST)));
                System.out.println("  data request " + hex(host.workingKey(k, TdesDukptUsage.DATA_REQUEST)));
            }
        }
        // [end:host]
    }

    private static String hex(KeyHandle key) {
        try (key) {
            return HEX.formatHex(key.exportRaw(InsecureKeyAccess.get())); // tutorial only: never print keys
        }
    }
}
