package io.pos4j.terminal;

import io.pos4j.terminal.LinkEvent.Broken;
import io.pos4j.terminal.LinkEvent.Closed;
import io.pos4j.terminal.LinkEvent.ConnectFailed;
import io.pos4j.terminal.LinkEvent.ConnectRequested;
import io.pos4j.terminal.LinkEvent.Connected;
import io.pos4j.terminal.LinkState.Connecting;
import io.pos4j.terminal.LinkState.Down;
import io.pos4j.terminal.LinkState.Ready;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The three transition tables of the terminal: link, session and transaction. The transaction
 * table takes the names of vendor steps ({@link TransactionStep}) to run, in order, between PIN
 * entry and journaling; each adds a {@code Step[name]} state.
 */
public final class Machines {

    private static final String SIGNED_OFF = "SignedOff";
    private static final String SIGNING_IN = "SigningIn";
    private static final String READY = "Ready";
    private static final String KEY_ERROR = "KeyError";
    private static final String LOCKED = "Locked";
    private static final String SETTLING = "Settling";

    private Machines() {
    }

    /** @return the link table */
    public static TransitionTable<LinkState, LinkEvent> link() {
        return TransitionTable.<LinkState, LinkEvent>builder("link")
                .on("Down", "ConnectRequested", "Connecting", (s, e) -> new Connecting())
                .on("Connecting", "Connected", "Ready", (s, e) -> new Ready())
                .on("Connecting", "ConnectFailed", "Down", (s, e) -> new Down())
                .on("Ready", "Broken", "Down", (s, e) -> new Down())
                .on("Ready", "Closed", "Down", (s, e) -> new Down())
                .on("Down", "Closed", "Down", (s, e) -> new Down())
                .on("Connecting", "Closed", "Down", (s, e) -> new Down())
                .build();
    }

    /** @return the session table */
    public static TransitionTable<SessionState, SessionEvent> session() {
        TransitionTable.Builder<SessionState, SessionEvent> b = TransitionTable.builder("session");
        for (String from : List.of(SIGNED_OFF, READY, KEY_ERROR)) {
            b.on(from, "SignInStarted", SIGNING_IN, (s, e) -> new SessionState.SigningIn());
        }
        b.on(SIGNING_IN, "SignInSucceeded", READY, (s, e) -> new SessionState.Ready(
                ((SessionEvent.SignInSucceeded) e).batch(), ((SessionEvent.SignInSucceeded) e).keyGeneration()));
        b.on(SIGNING_IN, "SignInFailed", KEY_ERROR,
                (s, e) -> new SessionState.KeyError(((SessionEvent.SignInFailed) e).diagnosis()));
        b.on(READY, "KeysInvalidated", KEY_ERROR,
                (s, e) -> new SessionState.KeyError(((SessionEvent.KeysInvalidated) e).diagnosis()));
        b.on(READY, "SignedOff", SIGNED_OFF, (s, e) -> new SessionState.SignedOff());
        b.on(KEY_ERROR, "SignedOff", SIGNED_OFF, (s, e) -> new SessionState.SignedOff());
        b.on(READY, "SettlementStarted", SETTLING, (s, e) -> {
            SessionState.Ready r = (SessionState.Ready) s;
            return new SessionState.Settling(r.batch(), r.keyGeneration());
        });
        b.on(SETTLING, "SettlementDone", READY, (s, e) -> new SessionState.Ready(
                ((SessionEvent.SettlementDone) e).nextBatch(), ((SessionState.Settling) s).keyGeneration()));
        b.on(SETTLING, "SettlementFailed", READY, (s, e) -> {
            SessionState.Settling st = (SessionState.Settling) s;
            return new SessionState.Ready(st.batch(), st.keyGeneration());
        });
        for (String from : List.of(SIGNED_OFF, SIGNING_IN, READY, KEY_ERROR, SETTLING, LOCKED)) {
            b.on(from, "Lock", LOCKED, (s, e) -> new SessionState.Locked());
        }
        b.on(LOCKED, "Unlock", SIGNED_OFF, (s, e) -> new SessionState.SignedOff());
        return b.build();
    }

    /** @return the transaction table without vendor steps */
    public static TransitionTable<TransactionState, TransactionEvent> transaction() {
        return transaction(List.of());
    }

    /**
     * @param vendorSteps names of vendor steps, in the order they run after card read / PIN entry
     * @return the transaction table
     * @throws IllegalArgumentException for a blank or repeated name
     */
    public static TransitionTable<TransactionState, TransactionEvent> transaction(List<String> vendorSteps) {
        Objects.requireNonNull(vendorSteps, "vendorSteps");
        Set<String> seen = new HashSet<>();
        for (String n : vendorSteps) {
            if (n == null || n.isBlank() || !seen.add(n)) {
                throw new IllegalArgumentException("vendor step names must be non-blank and distinct");
            }
        }
        TransitionTable.Builder<TransactionState, TransactionEvent> b = TransitionTable.builder("transaction");
        b.on("Created", "CardAccepted", "CardRead", (s, e) -> new TransactionState.CardRead());
        b.on("CardRead", "PinEntered", "PinEntry", (s, e) -> new TransactionState.PinEntry());
        List<String> before = new ArrayList<>(List.of("CardRead", "PinEntry"));
        for (String step : vendorSteps) {
            String to = new TransactionState.Step(step).label();
            String ev = new TransactionEvent.EnterStep(step).label();
            for (String from : before) {
                b.on(from, ev, to, (s, e) -> new TransactionState.Step(step));
            }
            before = List.of(to);
        }
        List<String> preSend = new ArrayList<>(List.of("Created", "CardRead", "PinEntry"));
        for (String step : vendorSteps) {
            preSend.add(new TransactionState.Step(step).label());
        }
        for (String from : before) {
            b.on(from, "JournalWritten", "Journaled", (s, e) -> new TransactionState.Journaled());
        }
        preSend.add("Journaled");
        for (String from : preSend) {
            b.on(from, "Aborted", "Declined",
                    (s, e) -> new TransactionState.Declined(((TransactionEvent.Aborted) e).cause().id()));
        }
        for (String step : vendorSteps) {
            b.on(new TransactionState.Step(step).label(), "StepDeclined", "Declined",
                    (s, e) -> new TransactionState.Declined(((TransactionEvent.StepDeclined) e).code()));
        }
        b.on("Sent", "Abandoned", "Declined",
                (s, e) -> new TransactionState.Declined(((TransactionEvent.Abandoned) e).code()));
        b.on("Journaled", "RequestSent", "Sent", (s, e) -> new TransactionState.Sent());
        b.on("Sent", "Approved", "HostApproved", (s, e) -> new TransactionState.HostApproved());
        b.on("Sent", "HostDeclined", "Declined",
                (s, e) -> new TransactionState.Declined(((TransactionEvent.HostDeclined) e).code()));
        b.on("Sent", "TimedOut", "ReversalPending", (s, e) -> new TransactionState.ReversalPending("98"));
        b.on("Sent", "ResponseRejected", "ReversalPending",
                (s, e) -> new TransactionState.ReversalPending(((TransactionEvent.ResponseRejected) e).reason()));
        b.on("HostApproved", "Confirmed", "Completed", (s, e) -> new TransactionState.Completed());
        b.on("HostApproved", "CompletionFailed", "ReversalPending",
                (s, e) -> new TransactionState.ReversalPending(((TransactionEvent.CompletionFailed) e).reason()));
        b.on("ReversalPending", "LateResponse", "ReversalPending", (s, e) -> s);
        b.on("ReversalPending", "ReversalAcknowledged", "Reversed", (s, e) -> new TransactionState.Reversed());
        return b.build();
    }
}
