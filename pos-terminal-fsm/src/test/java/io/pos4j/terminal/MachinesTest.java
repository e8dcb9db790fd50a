package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachinesTest {

    @Test
    void transactionTable_listsTheIssueStates() {
        List<String> labels = new ArrayList<>();
        Machines.transaction().transitions().forEach(t -> {
            labels.add(t.from());
            labels.add(t.to());
        });
        for (String s : List.of("Created", "CardRead", "PinEntry", "Journaled", "Sent", "HostApproved", "Completed",
                "Declined", "ReversalPending", "Reversed")) {
            assertTrue(labels.contains(s), s);
        }
    }

    @Test
    void approvedPath_runsToCompleted() {
        StateMachine<TransactionState, TransactionEvent> m = new StateMachine<>(Machines.transaction(),
                new TransactionState.Created(), (a, e, b) -> { });
        m.fire(new TransactionEvent.CardAccepted());
        m.fire(new TransactionEvent.PinEntered());
        m.fire(new TransactionEvent.JournalWritten());
        m.fire(new TransactionEvent.RequestSent());
        m.fire(new TransactionEvent.Approved());
        assertInstanceOf(TransactionState.Completed.class, m.fire(new TransactionEvent.Confirmed()));
    }

    @Test
    void lateApproval_afterTimeout_neverLeavesReversalPending() {
        StateMachine<TransactionState, TransactionEvent> m = new StateMachine<>(Machines.transaction(),
                new TransactionState.Journaled(), (a, e, b) -> { });
        m.fire(new TransactionEvent.RequestSent());
        assertEquals(new TransactionState.ReversalPending("98"), m.fire(new TransactionEvent.TimedOut()));
        assertFalse(m.allows(new TransactionEvent.Approved()));
        assertThrows(IllegalTransitionException.class, () -> m.fire(new TransactionEvent.Approved()));
        assertEquals(new TransactionState.ReversalPending("98"), m.fire(new TransactionEvent.LateResponse()));
        assertInstanceOf(TransactionState.Reversed.class, m.fire(new TransactionEvent.ReversalAcknowledged()));
    }

    @Test
    void nothingSent_beforeJournal() {
        StateMachine<TransactionState, TransactionEvent> m = new StateMachine<>(Machines.transaction(),
                new TransactionState.CardRead(), (a, e, b) -> { });
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> m.fire(new TransactionEvent.RequestSent()));
        assertEquals("CardRead", e.state());
        assertEquals("RequestSent", e.event());
    }

    @Test
    void vendorSteps_areInsertedBetweenPinAndJournal() {
        TransitionTable<TransactionState, TransactionEvent> t = Machines.transaction(List.of("loyalty", "tip"));
        assertTrue(t.transitions().contains(new Transition("PinEntry", "EnterStep[loyalty]", "Step[loyalty]")));
        assertTrue(t.transitions().contains(new Transition("Step[loyalty]", "EnterStep[tip]", "Step[tip]")));
        assertTrue(t.transitions().contains(new Transition("Step[tip]", "JournalWritten", "Journaled")));
        assertFalse(t.transitions().contains(new Transition("PinEntry", "JournalWritten", "Journaled")));
        List<String> seen = new ArrayList<>();
        StateMachine<TransactionState, TransactionEvent> m = new StateMachine<>(t, new TransactionState.Created(),
                (a, e, b) -> seen.add(b.label()));
        m.fire(new TransactionEvent.CardAccepted());
        m.fire(new TransactionEvent.EnterStep("loyalty"));
        m.fire(new TransactionEvent.EnterStep("tip"));
        m.fire(new TransactionEvent.JournalWritten());
        assertEquals(List.of("CardRead", "Step[loyalty]", "Step[tip]", "Journaled"), seen);
        assertThrows(IllegalArgumentException.class, () -> Machines.transaction(List.of("a", "a")));
    }

    @Test
    void sessionMachine_lockedOnlyLeavesByUnlock() {
        StateMachine<SessionState, SessionEvent> m = new StateMachine<>(Machines.session(),
                new SessionState.SignedOff(), (a, e, b) -> { });
        m.fire(new SessionEvent.SignInStarted());
        assertEquals(new SessionState.Ready(7, 1), m.fire(new SessionEvent.SignInSucceeded(7, 1)));
        m.fire(new SessionEvent.SettlementStarted());
        assertEquals(new SessionState.Ready(8, 1), m.fire(new SessionEvent.SettlementDone(8)));
        m.fire(new SessionEvent.Lock());
        assertThrows(IllegalTransitionException.class, () -> m.fire(new SessionEvent.SignInStarted()));
        assertInstanceOf(SessionState.SignedOff.class, m.fire(new SessionEvent.Unlock()));
    }

    @Test
    void linkMachine_reconnectsAfterBreak() {
        StateMachine<LinkState, LinkEvent> m = new StateMachine<>(Machines.link(), new LinkState.Down(), (a, e, b) -> { });
        m.fire(new LinkEvent.ConnectRequested());
        m.fire(new LinkEvent.Connected());
        m.fire(new LinkEvent.Broken());
        m.fire(new LinkEvent.ConnectRequested());
        assertInstanceOf(LinkState.Down.class, m.fire(new LinkEvent.ConnectFailed()));
        assertEquals(7, m.transitions().size());
    }

    @Test
    void tableBuilder_rowMustProduceDeclaredState() {
        TransitionTable<LinkState, LinkEvent> bad = Machines.link().toBuilder()
                .on("Down", "ConnectRequested", "Connecting", (s, e) -> new LinkState.Ready()).build();
        assertThrows(IllegalStateException.class, () -> bad.next(new LinkState.Down(), new LinkEvent.ConnectRequested()));
    }
}
