package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.pin.DukptStateStore;
import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.MacAlgorithm;
import io.pos4j.pin.MacPadding;
import io.pos4j.pin.Macs;
import io.pos4j.pin.Pin;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.InMemoryHostLink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ISO 87 / DUKPT profile on the wire against the published ANSI X9.24-1:2009 Annex A.4.2 vectors
 * (IPEK {@code 6AC292FAA1315B4D858AB3A3D7D5933A} from BDK {@code 0123456789ABCDEFFEDCBA9876543210} and
 * KSN {@code FFFF9876543210E00000}; PIN 1234, PAN 4012345678909): a scripted host checks DE 52 and DE 62
 * byte for byte and the request MAC with the published MAC request key, and answers with the
 * published MAC response key of the same KSN.
 */
class Iso87DukptVectorTest {

    static final IsoCodec CODEC = IsoCodec.of(Dialects.ISO87_BINARY);
    static final HexFormat HEX = HexFormat.of().withUpperCase();
    static final String PAN = "4012345678909";
    /** counter -> (PIN block, MAC request key, MAC response key), from the published vectors */
    static final Map<String, String[]> VECTORS = Map.of(
            "FFFF9876543210E00001", new String[] {"1B9C1845EB993A7A", "042666B4918430A368DE9628D03984C9",
                "042666B46E84CFA368DE96282F397BC9"},
            "FFFF9876543210E00002", new String[] {"10A01C8D02C69107", "C46551CEF9FDDBB0AA9AD834130DC4C7",
                "C46551CE06FD24B0AA9AD834EC0D3BC7"});

    @TempDir
    Path dir;

    static byte[] mac(String keyHex, byte[] data) {
        try (KeyHandle k = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.MAC, HEX.parseHex(keyHex),
                InsecureKeyAccess.get())) {
            return Macs.create(k, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1).compute(data);
        }
    }

    static byte[] macInput(byte[] frame) {
        return java.util.Arrays.copyOf(frame, frame.length - 8);
    }

    @Test
    void purchases_pinBlockKsnAndMacs_matchPublishedVectors_badResponseMacReversed() {
        List<String> seen = new ArrayList<>();
        boolean[] answerWithWrongKey = {false};
        InMemoryHostLink link = new InMemoryHostLink(frame -> {
            IsoMessage m = CODEC.unpack(frame);
            String mti = m.mti().toString();
            seen.add(mti + (m.has(62) ? " " + m.text(62) : "") + (m.has(39) ? " rc=" + m.text(39) : ""));
            if (mti.equals("0800")) {
                return List.of(CODEC.pack(m.responseBuilder(11, 41, 42, 70).set(39, "00").build()));
            }
            String[] v = VECTORS.get(m.text(62));
            if (v == null) {
                return List.of(); // no vector for this counter: no answer
            }
            assertTrue(m.has(52) || !mti.equals("0200"), "PIN block present");
            if (mti.equals("0200")) {
                assertEquals(v[0], HEX.formatHex(m.bytes(52)), "encrypted PIN block of " + m.text(62));
            }
            assertEquals(HEX.formatHex(mac(v[1], macInput(frame))), HEX.formatHex(m.bytes(64)),
                    "request MAC under the published MAC request key");
            IsoMessage r = m.responseBuilder(2, 3, 4, 11, 41, 42, 49, 60, 62).set(37, "000000000001")
                    .set(38, "123456").set(39, "00").set(64, new byte[8]).build();
            byte[] out = CODEC.pack(r);
            String key = answerWithWrongKey[0] ? v[1] : v[2]; // the request key is the wrong key for an answer
            System.arraycopy(mac(key, macInput(out)), 0, out, out.length - 8, 8);
            return List.of(out);
        });
        DukptStateStore store = DukptStateStore.inMemory();
        try (KeyHandle ipek = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION,
                HEX.parseHex("6AC292FAA1315B4D858AB3A3D7D5933A"), InsecureKeyAccess.get())) {
            DukptTerminal.loadTdes(ipek, Ksn.parse("FFFF9876543210E00000"), store);
        }
        try (FileJournal journal = FileJournal.open(dir);
             Terminal t = Terminal.builder().terminalId("87654321").merchantId("123456789012345")
                     .acquirer(AcquirerProfile.iso87Dukpt(DukptTerminal.restore(store)))
                     .link(link).journal(journal).sleeper(d -> { }).build();
             Pin pin = Pin.parse("1234")) {
            TransactionResult ok = t.purchase(CardInput.manual(PAN, "4912"), 10_00, pin);
            assertTrue(ok.approved(), ok.toString());
            answerWithWrongKey[0] = true;
            TransactionResult bad = t.purchase(CardInput.manual(PAN, "4912"), 10_00, pin);
            assertEquals("response-mac-wrong", bad.diagnosis().orElseThrow().code());
            assertEquals(1, t.pendingReversals(), "no vector for counter 3: the reversal stays pending");
        }
        assertEquals(List.of("0800", "0200 FFFF9876543210E00001", "0200 FFFF9876543210E00002", "0800",
                "0400 FFFF9876543210E00003 rc=A0"), seen.subList(0, 5));
    }
}
