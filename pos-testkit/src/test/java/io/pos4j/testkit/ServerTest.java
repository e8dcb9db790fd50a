package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TCP server and fault machinery, with a trivial text dialect and a real socket client. */
class ServerTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final String TID = "12345678";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T04:00:00Z"));
    private final TextProtocol protocol = new TextProtocol();
    private AcquirerSimulator sim;

    @BeforeEach
    void start() {
        sim = AcquirerSimulator.builder().clock(clock).scheduler(clock).terminalTimeout(Duration.ofSeconds(30))
                .maxFrameLength(512).protocol(book -> protocol).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private SimulatorClient client() throws IOException {
        return SimulatorClient.connect(sim.port());
    }

    @Test
    void start_portZero_bindsEphemeralLoopbackPort() {
        assertTrue(sim.port() > 0);
        assertTrue(sim.address().getAddress().isLoopbackAddress());
    }

    @Test
    void exchange_wellFormedRequest_answered() throws IOException {
        try (SimulatorClient c = client()) {
            assertEquals("0810 12345678 00MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0800", TID), WAIT)));
            assertEquals("0210 12345678 00MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0200", TID), WAIT)));
        }
    }

    @Test
    void garbageFrame_closesThatConnectionOnly_othersKeepWorking() throws IOException {
        try (SimulatorClient good = client(); SimulatorClient bad = client()) {
            assertEquals("0810 12345678 00MMMMMMMM", TextProtocol.text(good.exchange(TextProtocol.request("0800", TID), WAIT)));
            bad.send(new byte[] {1, 2, 3, 4, 5});
            assertThrows(EOFException.class, () -> bad.receive(WAIT));
            assertEquals("0210 12345678 00MMMMMMMM", TextProtocol.text(good.exchange(TextProtocol.request("0200", TID), WAIT)));
        }
    }

    @Test
    void oversizedLength_closesConnection_serverStillAccepts() throws IOException {
        try (SimulatorClient bad = client()) {
            bad.sendRaw(new byte[] {(byte) 0xFF, (byte) 0xFF, 1, 2, 3});
            assertTrue(bad.closedByPeer(WAIT));
        }
        try (SimulatorClient bad = client()) {
            bad.sendRaw(new byte[] {0, 0});
            assertTrue(bad.closedByPeer(WAIT), "length 0 closes");
        }
        try (SimulatorClient c = client()) {
            assertEquals("0210 12345678 00MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0200", TID), WAIT)));
        }
    }

    @Test
    void dropRule_nthMessage_processedButNotAnswered() throws IOException {
        long id = sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").nth(2).build());
        try (SimulatorClient c = client()) {
            assertEquals("0210 12345678 00MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0200", TID), WAIT)));
            assertEquals("0810 12345678 00MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0800", TID), WAIT)),
                    "other MTIs do not count");
            assertNull(c.exchange(TextProtocol.request("0200", TID), SHORT), "second 0200 dropped");
            assertEquals("0210 12345678 00MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0200", TID), WAIT)),
                    "third answered: nth fires once");
        }
        assertEquals(1, sim.faults().firedCount(id));
        assertEquals(4, protocol.processed.get(), "a dropped request is still processed");
    }

    @Test
    void delayRule_answersOnlyWhenClockAdvancesPastDelay() throws Exception {
        sim.faults().add(FaultRule.builder(FaultAction.DELAY).delay(Duration.ofSeconds(5)).build());
        try (SimulatorClient c = client()) {
            c.send(TextProtocol.request("0200", TID));
            assertTrue(clock.awaitPending(1, 5000));
            clock.advance(Duration.ofSeconds(4));
            assertEquals(1, clock.pending(), "not yet due after 4 s");
            clock.advance(Duration.ofSeconds(1));
            assertEquals(0, clock.pending());
            assertEquals("0210 12345678 00MMMMMMMM", TextProtocol.text(c.receive(WAIT)));
        }
    }

    @Test
    void respondLateRule_answersAfterTerminalTimeout() throws Exception {
        sim.faults().add(FaultRule.builder(FaultAction.RESPOND_LATE).build());
        try (SimulatorClient c = client()) {
            c.send(TextProtocol.request("0200", TID));
            assertTrue(clock.awaitPending(1, 5000));
            clock.advance(Duration.ofSeconds(30));
            assertEquals(1, clock.pending(), "still pending at exactly the terminal timeout");
            clock.advance(Duration.ofSeconds(1));
            assertEquals("0210 12345678 00MMMMMMMM", TextProtocol.text(c.receive(WAIT)));
        }
    }

    @Test
    void closeRule_closesConnectionInsteadOfAnswering() throws IOException {
        sim.faults().add(FaultRule.builder(FaultAction.CLOSE).mti("0200").build());
        try (SimulatorClient c = client()) {
            c.send(TextProtocol.request("0200", TID));
            assertThrows(EOFException.class, () -> c.receive(WAIT));
        }
        assertEquals(1, protocol.processed.get());
    }

    @Test
    void corruptRule_invertsChosenByte() throws IOException {
        sim.faults().add(FaultRule.builder(FaultAction.CORRUPT).corruptOffset(0).build());
        try (SimulatorClient c = client()) {
            byte[] answer = c.exchange(TextProtocol.request("0200", TID), WAIT);
            assertEquals((byte) ~'0', answer[0]);
            assertEquals(" 12345678 00MMMMMMMM", TextProtocol.text(answer).substring(4));
        }
    }

    @Test
    void wrongMacRule_invertsLastMacByte() throws IOException {
        sim.faults().add(FaultRule.builder(FaultAction.WRONG_MAC).build());
        try (SimulatorClient c = client()) {
            byte[] answer = c.exchange(TextProtocol.request("0200", TID), WAIT);
            assertEquals((byte) ~'M', answer[answer.length - 1]);
            assertEquals("0210 12345678 00MMMMMMM", TextProtocol.text(answer).substring(0, answer.length - 1));
        }
    }

    @Test
    void answerTwiceRule_sendsIdenticalAnswerTwice() throws IOException {
        sim.faults().add(FaultRule.builder(FaultAction.ANSWER_TWICE).build());
        try (SimulatorClient c = client()) {
            byte[] first = c.exchange(TextProtocol.request("0200", TID), WAIT);
            byte[] second = c.receive(WAIT);
            assertArrayEquals(first, second);
            assertEquals(1, protocol.processed.get());
        }
    }

    @Test
    void respondCodeRule_answersCodeWithoutProcessing() throws IOException {
        sim.faults().add(FaultRule.builder(FaultAction.RESPOND_CODE).responseCode(ResponseCode.ISSUER_UNAVAILABLE)
                .terminalId(TID).build());
        try (SimulatorClient c = client()) {
            assertEquals("0210 12345678 91MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0200", TID), WAIT)));
            assertEquals("0210 87654321 00MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0200", "87654321"), WAIT)),
                    "rule limited to one terminal");
        }
        assertEquals(1, protocol.processed.get());
    }

    @Test
    void rules_changedWhileRunning_takeEffectImmediately() throws IOException {
        try (SimulatorClient c = client()) {
            long id = sim.faults().add(FaultRule.builder(FaultAction.RESPOND_CODE).responseCode(ResponseCode.SYSTEM_ERROR).build());
            assertEquals("0210 12345678 96MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0200", TID), WAIT)));
            assertTrue(sim.faults().remove(id));
            assertEquals("0210 12345678 00MMMMMMMM", TextProtocol.text(c.exchange(TextProtocol.request("0200", TID), WAIT)));
        }
    }

    @Test
    void refuseConnections_refusesNewConnections_untilSwitchedBack() throws IOException {
        try (SimulatorClient existing = client()) {
            assertEquals("0810 12345678 00MMMMMMMM", TextProtocol.text(existing.exchange(TextProtocol.request("0800", TID), WAIT)),
                    "accepted before the host goes down");
            sim.faults().refuseConnections(true);
            assertThrows(ConnectException.class, this::client);
            assertEquals("0210 12345678 00MMMMMMMM", TextProtocol.text(existing.exchange(TextProtocol.request("0200", TID), WAIT)),
                    "existing connections keep working");
            sim.faults().refuseConnections(false);
            try (SimulatorClient again = client()) {
                assertEquals("0810 12345678 00MMMMMMMM", TextProtocol.text(again.exchange(TextProtocol.request("0800", TID), WAIT)));
            }
        }
    }

    @Test
    void concurrentClients_eachGetTheirOwnAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                String tid = String.format("T%07d", t);
                results.add(pool.submit((Callable<Integer>) () -> {
                    int ok = 0;
                    try (SimulatorClient c = client()) {
                        for (int i = 0; i < 50; i++) {
                            String answer = TextProtocol.text(c.exchange(TextProtocol.request("0200", tid), WAIT));
                            ok += ("0210 " + tid + " 00MMMMMMMM").equals(answer) ? 1 : 0;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(50, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(16 * 50, protocol.processed.get());
    }

    @Test
    void close_closesOpenConnections_andIsIdempotent() throws IOException {
        try (SimulatorClient c = client()) {
            assertNotEquals(null, c.exchange(TextProtocol.request("0800", TID), WAIT));
            sim.close();
            assertTrue(c.closedByPeer(WAIT));
            sim.close();
            assertThrows(ConnectException.class, this::client);
        }
        assertFalse(sim.faults().refusingConnections());
    }
}
