package io.pos4j.terminal.it;

import io.pos4j.pin.DukptStateStore;
import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.TdesDukptHost;
import io.pos4j.terminal.AcquirerProfile;
import io.pos4j.terminal.TerminalEvent;
import io.pos4j.terminal.TerminalListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * ISO 87 / TDES DUKPT test material: the ANSI X9.24-1:2009 Annex A test BDK
 * {@code 0123456789ABCDEFFEDCBA9876543210} and initial KSN {@code FFFF9876543210E00000}, whose
 * published IPEK is {@code 6AC292FAA1315B4D858AB3A3D7D5933A}. The "key injection" derives the IPEK
 * from the BDK here, as a key-injection facility would; the terminal only ever gets the IPEK.
 */
final class Iso87Rig {
    static final byte[] BDK = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
    static final Ksn INITIAL_KSN = Ksn.parse("FFFF9876543210E00000");
    static final String PUBLISHED_IPEK = "6AC292FAA1315B4D858AB3A3D7D5933A";

    private Iso87Rig() {
    }

    /** Injects the IPEK into {@code store} (checked against the published vector) and returns the device. */
    static DukptTerminal inject(DukptStateStore store) {
        try (KeyHandle bdk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION, BDK,
                InsecureKeyAccess.get());
             KeyHandle ipek = TdesDukptHost.of(bdk).initialKey(INITIAL_KSN)) {
            byte[] raw = ipek.exportRaw(InsecureKeyAccess.get());
            try {
                if (!HexFormat.of().withUpperCase().formatHex(raw).equals(PUBLISHED_IPEK)) {
                    throw new AssertionError("IPEK differs from ANSI X9.24-1 Annex A");
                }
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
            return DukptTerminal.loadTdes(ipek, INITIAL_KSN, store);
        }
    }

    /** @return the profile of a device restarted from {@code store} */
    static AcquirerProfile restarted(DukptStateStore store) {
        return AcquirerProfile.iso87Dukpt(DukptTerminal.restore(store));
    }

    /** Records the KSN of every outbound message (from the masked trace: a KSN is not secret). */
    static final class KsnRecorder implements TerminalListener {
        final List<String> ksns = new ArrayList<>();
        final List<String> outbound = new ArrayList<>();

        @Override
        public void onEvent(TerminalEvent e) {
            if (e instanceof TerminalEvent.Message m && m.outbound()) {
                outbound.add(m.description());
                int i = m.description().indexOf(" ksn=");
                if (i >= 0) {
                    ksns.add(m.description().substring(i + 5, i + 25));
                }
            }
        }
    }
}
