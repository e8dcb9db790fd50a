package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.iso8583.IsoMessage;
import io.pos4j.pin.DukptStateStore;
import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.DukptTransaction;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.MacAlgorithm;
import io.pos4j.pin.MacPadding;
import io.pos4j.pin.Macs;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.TdesDukptHost;
import io.pos4j.pin.TdesDukptUsage;
import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The iso87-binary dialect with TDES DUKPT: the terminal side is pos-pin's {@link DukptTerminal}
 * (future-key registers), the simulator derives from the BDK: both must agree on every key.
 */
class DukptSimulatorTest {
    static final byte[] BDK = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");
    static final String TID = "DUKPT001";
    static final String MID = "123456789012345";
    static final String PAN = "4012345678909";
    static final Duration WAIT = Duration.ofSeconds(5);

    AcquirerSimulator sim;
    DukptTerminal device;
    SimulatorClient client;
    int stan;

    @BeforeEach
    void start() throws IOException {
        sim = AcquirerSimulator.builder().dialect(Dialect.ISO87_BINARY)
                .terminal(Terminal.builder(TID, MID).bdk(BDK).build())
                .account(Account.builder(PAN).pin("1234").balance(50_00).build())
                .start();
        Ksn initial = Ksn.parse("FFFF9876543210E00000");
        try (KeyHandle bdk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION, BDK, InsecureKeyAccess.get())) {
            device = DukptTerminal.loadTdes(TdesDukptHost.of(bdk).initialKey(initial), initial, DukptStateStore.inMemory());
        }
        client = SimulatorClient.connect(sim.port());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        sim.close();
    }

    record Result(IsoMessage request, IsoMessage response, boolean macValid) {
        String code() {
            return response.text(39);
        }
    }

    IsoMessage.Builder request(String mti) {
        stan++;
        return DukptProtocol.CODEC.builder(mti).set(11, String.format("%06d", stan)).set(41, TID).set(42, MID)
                .set(60, "000001");
    }

    Result financial(IsoMessage.Builder b, String pin, boolean tamperMac) throws IOException {
        try (DukptTransaction tx = device.nextTransaction();
                KeyHandle macReq = tx.tdesKey(TdesDukptUsage.MAC_REQUEST);
                KeyHandle macResp = tx.tdesKey(TdesDukptUsage.MAC_RESPONSE)) {
            b.set(62, tx.ksn().toString());
            if (pin != null) {
                try (KeyHandle pek = tx.tdesKey(TdesDukptUsage.PIN); Pin p = Pin.parse(pin)) {
                    b.set(52, PinBlocks.cipher(pek, PinBlockFormat.ISO_0).encrypt(p, PAN)).set(53, "2000000000000000");
                }
            }
            IsoMessage m = b.build();
            byte[] mac = Macs.create(macReq, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1)
                    .compute(DukptProtocol.CODEC.macInput(m));
            if (tamperMac) {
                mac[7] ^= 1;
            }
            m = m.toBuilder().set(64, mac).build();
            IsoMessage r = DukptProtocol.CODEC.unpack(client.exchange(DukptProtocol.CODEC.pack(m), WAIT));
            boolean valid = r.has(64) && Macs.create(macResp, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1)
                    .verify(DukptProtocol.CODEC.macInput(r), r.bytes(64));
            return new Result(m, r, valid);
        }
    }

    IsoMessage.Builder purchase(long amount) {
        return request("0200").set(2, PAN).set(3, "000000").set(4, String.format("%012d", amount))
                .set(22, "021").set(25, "00").set(49, "156");
    }

    @Test
    void signOnAndEcho_viaDe70() throws IOException {
        IsoMessage on = DukptProtocol.CODEC.unpack(client.exchange(DukptProtocol.CODEC.pack(
                request("0800").set(70, "001").build()), WAIT));
        assertEquals("0810", on.mti().toString());
        assertEquals("00", on.text(39));
        assertTrue(sim.isSignedIn(TID));
        IsoMessage echo = DukptProtocol.CODEC.unpack(client.exchange(DukptProtocol.CODEC.pack(
                request("0800").set(70, "301").build()), WAIT));
        assertEquals("301", echo.text(70));
        assertEquals("00", echo.text(39));
    }

    @Test
    void purchase_dukptPinAndMac_approved_answerMacUnderResponseKey() throws IOException {
        Result r = financial(purchase(12_00), "1234", false);
        assertEquals("00", r.code());
        assertTrue(r.macValid(), "host's MAC response key = device's");
        assertEquals(38_00, sim.accounts().balance(PAN));
        Result wrong = financial(purchase(1_00), "9999", false);
        assertEquals("55", wrong.code());
        assertTrue(wrong.macValid());
    }

    @Test
    void tamperedMac_A0_withoutMac_missingKsn_96() throws IOException {
        Result r = financial(purchase(1_00), null, true);
        assertEquals("A0", r.code());
        assertFalse(r.response().has(64));
        assertEquals(50_00, sim.accounts().balance(PAN));
        IsoMessage noKsn = purchase(1_00).set(64, new byte[8]).build();
        IsoMessage answer = DukptProtocol.CODEC.unpack(client.exchange(DukptProtocol.CODEC.pack(noKsn), WAIT));
        assertEquals("96", answer.text(39));
    }

    @Test
    void balanceAndReversal_overDukpt() throws IOException {
        Result sale = financial(purchase(20_00), "1234", false);
        assertEquals("00", sale.code());
        Result bal = financial(request("0200").set(2, PAN).set(3, "310000").set(22, "021").set(25, "00").set(49, "156"),
                "1234", false);
        assertEquals("1002156C000000003000", bal.response().text(54));
        IsoMessage.Builder rev = DukptProtocol.CODEC.builder("0400");
        for (int f : new int[] {2, 3, 4, 11, 22, 25, 41, 42, 49, 60}) {
            rev.set(f, sale.request().text(f));
        }
        Result reversal = financial(rev.set(39, "98"), null, false);
        assertEquals("0410", reversal.response().mti().toString());
        assertEquals("00", reversal.code());
        assertTrue(reversal.macValid());
        assertEquals(50_00, sim.accounts().balance(PAN));
    }
}
