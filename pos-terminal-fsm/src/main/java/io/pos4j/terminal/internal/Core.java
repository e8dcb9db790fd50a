package io.pos4j.terminal.internal;

import io.pos4j.terminal.Diagnosis;
import io.pos4j.terminal.LockoutEvent;
import io.pos4j.terminal.Machines;
import io.pos4j.terminal.SessionEvent;
import io.pos4j.terminal.SessionState;
import io.pos4j.terminal.StateMachine;
import io.pos4j.terminal.TerminalEvent;
import io.pos4j.terminal.TransactionEvent;
import io.pos4j.terminal.TransactionState;
import io.pos4j.terminal.TransitionTable;
import io.pos4j.terminal.TransactionStep;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** State shared by the flows: settings, journal book, keys, the session machine, the exchanger. */
final class Core {

    private static final Logger LOG = LoggerFactory.getLogger(Core.class);
    /** whatever a custom retry policy says, no exchange is tried more often than this in one go */
    static final int HARD_MAX_ATTEMPTS = 10;

    final Settings s;
    final JournalBook book;
    final Exchanger exchanger;
    final StateMachine<SessionState, SessionEvent> session;
    final TransitionTable<TransactionState, TransactionEvent> txnTable;
    final Acquirer acq;
    int keyGeneration;
    boolean recovered;

    Core(Settings s) {
        this.s = s;
        this.book = JournalBook.load(s.journal(), s.clock(), s.secureRandom(), s.journalDataKey());
        this.acq = s.acquirer();
        this.exchanger = new Exchanger(s.link(), acq.codec(), s.clock(), s.responseTimeout(), this::emit);
        this.txnTable = Machines.transaction(s.steps().stream().map(TransactionStep::name).toList());
        SessionState initial = s.lockout().terminalLocked(book.lockout()) ? new SessionState.Locked()
                : new SessionState.SignedOff();
        this.session = new StateMachine<>(Machines.session(), initial,
                (a, e, b) -> {
                    LOG.debug("session {} --{}--> {}", a.label(), e.label(), b.label());
                    emit(new TerminalEvent.StateChanged("session", a.label(), e.label(), b.label()));
                });
        acq.afterJournalReplay(book.maxKsnCounter(), note -> {
            LOG.warn("{}", note);
            emit(new TerminalEvent.Note(note));
        });
    }

    void emit(TerminalEvent e) {
        try {
            s.listener().onEvent(e);
        } catch (RuntimeException ex) {
            LOG.warn("terminal listener threw {}", ex.getClass().getSimpleName());
        }
    }

    void diagnosed(Diagnosis d) {
        emit(new TerminalEvent.Diagnosed(d));
    }

    StateMachine<TransactionState, TransactionEvent> newTransaction() {
        return new StateMachine<>(txnTable, new TransactionState.Created(), (a, e, b) -> {
            LOG.debug("transaction {} --{}--> {}", a.label(), e.label(), b.label());
            emit(new TerminalEvent.StateChanged("transaction", a.label(), e.label(), b.label()));
        });
    }

    /** Applies a lockout event, persists the state, and locks the session if it now says so. */
    void lockoutEvent(LockoutEvent e) {
        book.setLockout(s.lockout().apply(book.lockout(), e, s.clock().instant()));
        if (s.lockout().terminalLocked(book.lockout()) && !(session.state() instanceof SessionState.Locked)) {
            session.fire(new SessionEvent.Lock());
            dropKeys();
        }
    }

    boolean terminalLocked() {
        return s.lockout().terminalLocked(book.lockout());
    }

    boolean signedIn() {
        return acq.hasKeys() && session.state() instanceof SessionState.Ready;
    }

    /** Drops the CUP working keys / the DUKPT sign-on: the next message needs a sign-in. */
    void dropKeys() {
        acq.invalidate();
    }

    /**
     * The keys for one message; a DUKPT KSN is put in DE 62 of {@code fields}.
     *
     * @throws KeysUnavailableException when none can be given
     */
    MessageKeys keysFor(java.util.Map<Integer, Object> fields) {
        MessageKeys k = acq.keys();
        k.ksn().ifPresent(ksn -> fields.put(62, ksn));
        return k;
    }

    void sleep(Duration d) {
        try {
            s.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String batch6() {
        return String.format("%06d", book.batch() % 1_000_000);
    }
}
