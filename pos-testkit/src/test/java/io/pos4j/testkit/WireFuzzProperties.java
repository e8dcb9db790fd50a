package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any bytes on the wire: decoded or refused with the dialect's own exception; the server survives. */
class WireFuzzProperties {
    static AcquirerSimulator sim;
    static byte[] validPurchase;

    @BeforeContainer
    static void start() throws IOException {
        sim = AcquirerSimulator.builder()
                .terminal(Terminal.builder(CupSimulatorTest.TID, CupSimulatorTest.MID).tmk(CupSimulatorTest.TMK).build())
                .account(Account.builder(CupSimulatorTest.PAN).pin("123456").balance(1_000_000_00).build())
                .start();
        try (CupTestTerminal t = CupTestTerminal.connect(sim.port(), CupSimulatorTest.TID, CupSimulatorTest.MID,
                CupSimulatorTest.TMK)) {
            t.signIn();
            validPurchase = CupProtocol.CODEC.pack(t.purchaseRequest(CupSimulatorTest.PAN, 1, "123456"));
        }
    }

    @AfterContainer
    static void stop() {
        sim.close();
    }

    @Provide
    Arbitrary<byte[]> mutatedPurchases() {
        return Arbitraries.integers().between(0, 400).list().ofMinSize(1).ofMaxSize(6).map(positions -> {
            byte[] b = validPurchase.clone();
            for (int p : positions) {
                b[p % b.length] ^= (byte) (1 + p % 255);
            }
            int cut = positions.get(0) % 7 == 0 ? 1 + positions.get(0) % b.length : b.length;
            return Arrays.copyOf(b, cut);
        });
    }

    @Property(tries = 3000)
    void cupDecode_anyBytes_messageOrBadFrame(@ForAll byte[] frame) {
        decodeOrBadFrame(new CupProtocol(null, new Sessions(), Clock.systemUTC(), new SecureRandom()), frame);
        decodeOrBadFrame(new DukptProtocol(null, new Sessions(), Clock.systemUTC()), frame);
    }

    @Property(tries = 3000)
    void cupDecode_mutatedPurchase_messageOrBadFrame(@ForAll("mutatedPurchases") byte[] frame) {
        decodeOrBadFrame(new CupProtocol(null, new Sessions(), Clock.systemUTC(), new SecureRandom()), frame);
    }

    private static void decodeOrBadFrame(HostProtocol p, byte[] frame) {
        try {
            HostProtocol.Inbound in = p.decode(frame);
            assertEquals(4, in.mti().length());
            assertFalse(in.summary().contains(CupSimulatorTest.PAN), "PAN masked in the log line");
        } catch (HostProtocol.BadFrameException e) {
            assertFalse(e.getMessage().contains(CupSimulatorTest.PAN));
        }
    }

    @Property(tries = 150)
    void server_mutatedFramesOverTheWire_answersOrClosesThatConnection_keepsServing(
            @ForAll("mutatedPurchases") byte[] frame) throws IOException {
        try (SimulatorClient c = SimulatorClient.connect(sim.port())) {
            c.send(frame);
            try {
                byte[] answer = c.receive(Duration.ofSeconds(5));
                assertTrue(answer != null && answer.length > 11, "an answer (e.g. A0, 94, 96) or a close");
            } catch (java.io.EOFException | java.net.SocketException closed) {
                // refused as undecodable: that connection only
            }
        }
        try (SimulatorClient c = SimulatorClient.connect(sim.port())) {
            c.send(TextProtocolProbe.ECHO);
            byte[] echo = c.receive(Duration.ofSeconds(5));
            assertEquals("0830", CupProtocol.CODEC.unpack(echo).mti().toString(), "still serving");
        }
    }

    /** A valid 0820 echo from the test terminal. */
    static final class TextProtocolProbe {
        static final byte[] ECHO = CupProtocol.CODEC.pack(CupProtocol.CODEC.builder("0820")
                .tpdu(io.pos4j.iso8583.Tpdu.of("6000030000")).header(java.util.HexFormat.of().parseHex("603100310100"))
                .set(11, "000001").set(41, CupSimulatorTest.TID).set(42, CupSimulatorTest.MID)
                .subfields(60, "00", "000001", "301").build());
    }
}
