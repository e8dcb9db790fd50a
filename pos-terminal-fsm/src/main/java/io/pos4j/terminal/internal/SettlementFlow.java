package io.pos4j.terminal.internal;

import io.pos4j.terminal.Diagnosis;
import io.pos4j.terminal.LocalCause;
import io.pos4j.terminal.MessageKind;
import io.pos4j.terminal.SessionEvent;
import io.pos4j.terminal.SettlementResult;
import io.pos4j.terminal.TransactionType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Settlement (0500 with totals in DE 48) and, when the host's totals disagree, batch upload (0320). */
final class SettlementFlow {

    private final Core c;
    private final SessionFlows session;
    private final ReversalFlows reversals;

    SettlementFlow(Core c, SessionFlows session, ReversalFlows reversals) {
        this.c = c;
        this.session = session;
        this.reversals = reversals;
    }

    SettlementResult settle() {
        long batch = c.book.batch();
        Diagnosis notReady = session.ensureSignedIn();
        if (notReady != null) {
            return new SettlementResult(false, batch, 0, 0, 0, 0, false, 0, Optional.of(notReady));
        }
        reversals.flush();
        if (!c.book.pendingReversals().isEmpty()) {
            Diagnosis d = Diagnosis.ofCause(LocalCause.NO_CONNECTION);
            c.diagnosed(d);
            return new SettlementResult(false, batch, 0, 0, 0, 0, false, 0, Optional.of(d));
        }
        batch = c.book.batch();
        List<TxnEntry> settled = c.book.transactions().stream()
                .filter(t -> t.batch == c.book.batch() && t.status == TxnEntry.Status.COMPLETED && !t.voided
                        && (t.type == TransactionType.PURCHASE || t.type == TransactionType.REFUND))
                .toList();
        int dc = 0;
        int cc = 0;
        long da = 0;
        long ca = 0;
        for (TxnEntry t : settled) {
            if (t.type == TransactionType.PURCHASE) {
                dc++;
                da += t.amount;
            } else {
                cc++;
                ca += t.amount;
            }
        }
        String totals = totals(dc, da, cc, ca);
        c.session.fire(new SessionEvent.SettlementStarted());
        SessionFlows.Admin a = session.adminExchange(MessageKind.SETTLEMENT, stan -> {
            Map<Integer, Object> f = base(stan, "201");
            f.put(48, totals);
            f.put(49, c.s.currency());
            f.put(63, c.s.operator());
            f.put(64, new byte[8]);
            return new WireMessage("0500", f);
        }, true);
        if (a.diagnosis() != null) {
            c.session.fire(new SessionEvent.SettlementFailed());
            c.diagnosed(a.diagnosis());
            return new SettlementResult(false, batch, dc, da, cc, ca, false, 0, Optional.of(a.diagnosis()));
        }
        String rc = String.valueOf(a.response().text(39));
        if (!"00".equals(rc)) {
            Diagnosis d = Diagnosis.ofResponse(c.s.responseCodes(), rc.length() == 2 ? rc : "96");
            c.session.fire(new SessionEvent.SettlementFailed());
            c.diagnosed(d);
            return new SettlementResult(false, batch, dc, da, cc, ca, false, 0, Optional.of(d));
        }
        String echoed = a.response().text(48);
        boolean agreed = echoed == null || echoed.length() < 31 || echoed.charAt(30) != '2';
        int uploaded = 0;
        if (!agreed) {
            for (TxnEntry t : settled) {
                if (upload(t)) {
                    uploaded++;
                }
            }
            final int count = uploaded;
            session.adminExchange(MessageKind.ADVICE, stan -> {
                Map<Integer, Object> f = base(stan, "207");
                f.put(48, String.format("%04d", count));
                f.put(64, new byte[8]);
                return new WireMessage("0320", f);
            }, true);
        }
        c.book.settled(batch, totals, agreed);
        long next = batch >= 999_999 ? 1 : batch + 1;
        c.book.setBatch(next);
        c.session.fire(new SessionEvent.SettlementDone(next));
        if (c.s.compactAfterSettlement()) {
            try {
                int dropped = c.book.compact();
                if (dropped > 0) {
                    c.emit(new io.pos4j.terminal.TerminalEvent.Note("journal compacted: " + dropped
                            + " record(s) of settled batches dropped"));
                }
            } catch (io.pos4j.terminal.spi.JournalException e) {
                c.emit(new io.pos4j.terminal.TerminalEvent.Note("journal not compacted: " + e.getMessage()));
            }
        }
        return new SettlementResult(true, batch, dc, da, cc, ca, agreed, uploaded, Optional.empty());
    }

    private boolean upload(TxnEntry t) {
        SessionFlows.Admin a = session.adminExchange(MessageKind.ADVICE, stan -> {
            Map<Integer, Object> f = base(stan, "201");
            f.put(2, t.request.get("pan"));
            f.put(3, t.request.get("de3"));
            f.put(4, String.format("%012d", t.amount));
            f.put(22, t.request.get("de22"));
            f.put(25, t.request.get("de25"));
            if (!t.rrn.isEmpty()) {
                f.put(37, t.rrn);
            }
            f.put(49, c.s.currency());
            f.put(61, String.format("%06d%06d", t.batch % 1_000_000, t.stan));
            f.put(64, new byte[8]);
            return new WireMessage("0320", f);
        }, true);
        return a.diagnosis() == null;
    }

    private Map<Integer, Object> base(int stan, String code) {
        Map<Integer, Object> f = new TreeMap<>();
        f.put(11, String.format("%06d", stan));
        f.put(41, c.s.terminalId());
        f.put(42, c.s.merchantId());
        f.put(60, c.acq.adminDe60(c.batch6(), code));
        return f;
    }

    /** DE 48 per the CUP profile: debit count n3, debit amount n12, credit count n3, credit amount n12, result n1,
     *  then the same 31 digits for foreign cards (zero here). */
    static String totals(int dc, long da, int cc, long ca) {
        return String.format("%03d%012d%03d%012d0", dc % 1000, da, cc % 1000, ca)
                + "000" + "0".repeat(12) + "000" + "0".repeat(12) + "0";
    }
}
