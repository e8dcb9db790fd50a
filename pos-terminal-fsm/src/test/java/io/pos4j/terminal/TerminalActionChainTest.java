package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.terminal.spi.JournalRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Stateful property test: random sequences of purchases (good and wrong PINs), host faults, link
 * outages, restarts and settlements against the in-memory host, with the terminal's invariants
 * checked after every step.
 */
class TerminalActionChainTest {

    /** The system under test plus what the invariants need to remember. */
    static final class Model {
        final Path dir;
        final FakeCupHost host;
        TerminalFixture fx;
        final List<TransactionResult> results = new ArrayList<>();
        boolean cardLocked;
        int financialAtLock;
        /** every record the journal ever held (settlement compacts it): sequence:type -> record */
        final java.util.Map<String, JournalRecord> history = new java.util.LinkedHashMap<>();

        List<JournalRecord> absorb() {
            for (JournalRecord r : fx.journal.records()) {
                history.put(r.sequence() + ":" + r.type(), r);
            }
            return new ArrayList<>(history.values());
        }

        Model(boolean dukpt) {
            host = new FakeCupHost(dukpt);
            try {
                dir = Files.createTempDirectory("pos4j-chain");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fx = new TerminalFixture(dir, host);
        }

        void purchase(String pin, FakeCupHost.Fault fault) {
            host.faults.clear();
            if (fault != FakeCupHost.Fault.NONE) {
                host.faults.add(fault);
            }
            TransactionResult r = fx.purchase(100, pin);
            host.faults.clear();
            results.add(r);
            if (!cardLocked && fx.terminal.lockoutState().cards().values().stream().anyMatch(c -> c.locked())) {
                cardLocked = true;
                financialAtLock = host.financialRequests;
            }
        }

        void restart() {
            fx.close();
            fx = new TerminalFixture(dir, host);
            fx.terminal.recover();
        }

        void close() {
            fx.close();
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "Model[" + results.size() + " results]";
        }
    }

    static final class PurchaseAction implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            Arbitrary<FakeCupHost.Fault> faults = Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(6, FakeCupHost.Fault.NONE),
                    net.jqwik.api.Tuple.of(1, FakeCupHost.Fault.DROP),
                    net.jqwik.api.Tuple.of(1, FakeCupHost.Fault.LOST),
                    net.jqwik.api.Tuple.of(1, FakeCupHost.Fault.LATE),
                    net.jqwik.api.Tuple.of(1, FakeCupHost.Fault.BAD_MAC),
                    net.jqwik.api.Tuple.of(1, FakeCupHost.Fault.GARBAGE),
                    net.jqwik.api.Tuple.of(1, FakeCupHost.Fault.CODE_A0),
                    net.jqwik.api.Tuple.of(1, FakeCupHost.Fault.CODE_91));
            Arbitrary<String> pins = Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(4, FakeCupHost.PIN), net.jqwik.api.Tuple.of(1, "000000"));
            return net.jqwik.api.Combinators.combine(pins, faults)
                    .as((pin, fault) -> Transformer.mutate("purchase pin=" + (pin.equals(FakeCupHost.PIN) ? "ok" : "wrong")
                            + " fault=" + fault, m -> m.purchase(pin, fault)));
        }
    }

    static final class LinkDownAction implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            return Arbitraries.just(Transformer.mutate("purchase with link down", m -> {
                m.fx.link.setDown(true);
                m.results.add(m.fx.purchase(100, FakeCupHost.PIN));
                m.fx.link.setDown(false);
            }));
        }
    }

    static final class RestartAction implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            return Arbitraries.just(Transformer.mutate("restart", Model::restart));
        }
    }

    static final class SettleAction implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            return Arbitraries.just(Transformer.mutate("settle", m -> m.fx.terminal.settle()));
        }
    }

    @Provide
    Arbitrary<ActionChain<Model>> chains() {
        return chains(false);
    }

    @Provide
    Arbitrary<ActionChain<Model>> iso87Chains() {
        return chains(true);
    }

    private static Arbitrary<ActionChain<Model>> chains(boolean dukpt) {
        return ActionChain.<Model>startWith(() -> new Model(dukpt))
                .withAction(6, new PurchaseAction())
                .withAction(1, new LinkDownAction())
                .withAction(1, new RestartAction())
                .withAction(1, new SettleAction())
                .withMaxTransformations(20);
    }

    @Property(tries = 30)
    void terminal_underRandomFaults_keepsItsInvariants(@ForAll("chains") ActionChain<Model> chain) {
        ActionChain<Model> checked = chain.withInvariant("invariants", TerminalActionChainTest::invariants);
        Model m = checked.run();
        m.close();
    }

    /** The same chains and invariants with the ISO 87 binary / TDES DUKPT profile (plus: no KSN twice). */
    @Property(tries = 20)
    void iso87Terminal_underRandomFaults_keepsItsInvariants(@ForAll("iso87Chains") ActionChain<Model> chain) {
        ActionChain<Model> checked = chain.withInvariant("invariants", TerminalActionChainTest::invariants);
        Model m = checked.run();
        m.close();
    }

    static void invariants(Model m) {
        // 0. (DUKPT) a key serial number is never sent twice
        assertEquals(0, m.host.ksnRepeats, "host saw a KSN twice");
        // 1. never approved without a host approval that carried a valid MAC
        for (TransactionResult r : m.results) {
            String id = "12345678-" + String.format("%06d", r.batch()) + "-" + String.format("%06d", r.stan());
            if (r.approved()) {
                assertTrue(m.host.everApproved.contains(id), "approved only if the host approved " + id);
                assertFalse(m.host.badMacIds.contains(id), "approved despite a bad response MAC " + id);
            }
        }
        List<JournalRecord> recs = m.absorb();
        Set<String> reversalArmed = new HashSet<>();
        Set<String> completed = new HashSet<>();
        Set<String> declined = new HashSet<>();
        Set<String> stans = new HashSet<>();
        for (JournalRecord r : recs) {
            switch (r.type()) {
                case "txn" -> assertTrue(stans.add(r.get("batch") + "/" + r.get("stan")), "STAN repeated: " + r);
                case "reversal-pending" -> reversalArmed.add(r.get("id"));
                case "completed" -> completed.add(r.get("id"));
                case "declined" -> declined.add(r.get("id"));
                default -> {
                }
            }
        }
        // 1b. compaction never drops a transaction whose outcome is still open (armed or reversal pending)
        Set<String> present = new HashSet<>();
        java.util.Map<String, String> last = new java.util.HashMap<>();
        for (JournalRecord r : m.fx.journal.records()) {
            if (r.type().equals("txn")) {
                present.add(r.get("id"));
            }
        }
        for (JournalRecord r : recs) {
            if (r.get("id") != null && !r.type().equals("reversal-attempt")) {
                last.put(r.get("id"), r.type());
            }
        }
        last.forEach((id, type) -> {
            if (type.equals("txn") || type.equals("reversal-pending") || type.equals("reversal-expired")) {
                assertTrue(present.contains(id), "unresolved transaction compacted away: " + id);
            }
        });
        // 2. STAN never repeats: nor does the host ever see a duplicate
        assertEquals(0, m.host.answered94, "host saw a repeated STAN");
        // 3. a request the host processed but the terminal got no verified answer for is reversed or pending
        for (String hostId : m.host.everApproved) {
            String id = terminalId(hostId);
            if (!completed.contains(id)) {
                assertTrue(reversalArmed.contains(id), "approved at host, not completed, must be reversed: " + id);
            }
        }
        // 4. a locked card never reaches the host again
        if (m.cardLocked) {
            assertEquals(m.financialAtLock, m.host.financialRequests, "locked card was sent to the host");
        }
        // 5. with no reversal pending, the host's live approvals are exactly the terminal's completed purchases
        if (m.fx.terminal.pendingReversals() == 0) {
            Set<String> hostLive = new HashSet<>();
            m.host.approved.keySet().forEach(k -> hostLive.add(terminalId(k)));
            Set<String> terminalLive = new HashSet<>(completed);
            terminalLive.removeAll(reversalArmed);
            assertEquals(hostLive, terminalLive, "ledger and journal disagree");
        }
    }

    private static String terminalId(String hostId) {
        String[] p = hostId.split("-");
        return Long.parseLong(p[1]) + "-" + Integer.parseInt(p[2]);
    }
}
