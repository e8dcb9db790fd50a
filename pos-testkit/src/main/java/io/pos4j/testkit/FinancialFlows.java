package io.pos4j.testkit;

import io.pos4j.iso8583.IsoMessage;
import io.pos4j.testkit.internal.Digits;

/**
 * The financial flows shared by the dialects (0200 purchase / balance / void, 0220 refund,
 * 0400/0420 reversal, 0500 settlement, 0320 batch upload): terminal registration, the dialect's
 * gate (merchant, keys, request MAC), PIN, then the book's decision, in the order PROTOCOL.md
 * lists.
 */
final class FinancialFlows {

    /** What a dialect contributes: its security gate, batch number, PIN and answer packing. */
    interface Ops {
        /**
         * Merchant, key and request-MAC checks.
         *
         * @return the keys to answer with, or a denial
         */
        Gate gate(IsoMessage m, Terminal t);

        String batch(IsoMessage m);

        /** @return the dialect's message type code (cup 60.1), empty if it has none */
        default String messageType(IsoMessage m) {
            return "";
        }

        /** @return the clear PIN digits (empty for an undecodable block) */
        char[] pin(Object keys, IsoMessage m, String pan);

        IsoMessage.Builder base(IsoMessage m, ResponseCode code);

        HostProtocol.Outbound finish(IsoMessage.Builder r, ResponseCode code, Object keys);
    }

    /**
     * @param denial null to proceed, else the code to answer
     * @param keys   keys for PIN and answer MAC (null: answer without MAC)
     */
    record Gate(ResponseCode denial, Object keys) {
    }

    HostProtocol.Outbound handle(IsoMessage m) {
        Gate[] opened = new Gate[1];
        try {
            return handle(m, opened);
        } finally {
            // per-request keys (DUKPT) are wiped once the answer is packed
            if (opened[0] != null && opened[0].keys() instanceof DukptKeys perRequest) {
                perRequest.close();
            }
        }
    }

    private final Ops protocol;
    private final HostBook book;

    FinancialFlows(Ops protocol, HostBook book) {
        this.protocol = protocol;
        this.book = book;
    }

    private HostProtocol.Outbound deny(IsoMessage m, ResponseCode code, Object keys) {
        return protocol.finish(protocol.base(m, code), code, keys);
    }

    private HostProtocol.Outbound handle(IsoMessage m, Gate[] opened) {
        String tid = m.has(41) ? m.text(41) : null;
        Terminal t = book.terminal(tid);
        if (t == null || !t.registered()) {
            return deny(m, ResponseCode.TERMINAL_NOT_SIGNED_IN, null);
        }
        Gate gate = protocol.gate(m, t);
        opened[0] = gate;
        Object keys = gate.keys();
        if (gate.denial() != null) {
            return deny(m, gate.denial(), keys);
        }
        String mid = m.text(42);
        String batch = protocol.batch(m);
        String stan = m.has(11) ? m.text(11) : "000000";
        String mti = m.mti().toString();
        switch (mti) {
            case "0400", "0420" -> {
                HostBook.Decision d = book.reversal(tid, mid, batch, stan, pan(m), amount(m), currency(m),
                        m.has(39) ? m.text(39) : "");
                return deny(m, d.code(), keys);
            }
            case "0500" -> {
                return settlement(m, tid, mid, batch, stan, keys);
            }
            case "0320" -> {
                return deny(m, ResponseCode.APPROVED, keys);
            }
            default -> {
                return authorization(m, tid, mid, batch, stan, keys);
            }
        }
    }

    private HostProtocol.Outbound authorization(IsoMessage m, String tid, String mid, String batch, String stan,
            Object keys) {
        String pc = m.has(3) ? m.text(3) : "";
        String type60 = protocol.messageType(m);
        TransactionType type;
        if (m.mti().toString().equals("0220")) {
            type = TransactionType.REFUND;
        } else if (pc.equals("310000")) {
            type = TransactionType.BALANCE_INQUIRY;
        } else if (pc.equals("200000") || type60.equals("23")) {
            type = TransactionType.VOID;
        } else if (pc.equals("000000")) {
            type = TransactionType.PURCHASE;
        } else {
            return deny(m, ResponseCode.SYSTEM_ERROR, keys);
        }
        String pan = pan(m);
        char[] pin = null;
        if (m.has(52) && pan != null) {
            pin = protocol.pin(keys, m, pan);
        }
        String origBatch = null;
        String origStan = null;
        if (m.has(61)) {
            String f61 = m.text(61);
            if (f61.length() >= 12) {
                origBatch = f61.substring(0, 6);
                origStan = f61.substring(6, 12);
            }
        }
        HostBook.Decision d = book.financial(new HostBook.Request(type, tid, mid, batch, stan, pan, amount(m),
                currency(m), pin, origBatch, origStan, m.has(37) ? m.text(37) : null));
        IsoMessage.Builder r = protocol.base(m, d.code());
        if (!d.entry().rrn().isEmpty()) {
            r.set(37, d.entry().rrn());
        }
        if (!d.entry().authCode().isEmpty()) {
            r.set(38, d.entry().authCode());
        }
        if (type == TransactionType.BALANCE_INQUIRY && d.code().approved()) {
            r.set(54, "1002156C" + Digits.pad(d.balance(), 12));
        }
        if (type == TransactionType.VOID && d.code().approved() && !m.has(4)) {
            r.set(4, Digits.pad(d.entry().amount(), 12));
        }
        return protocol.finish(r, d.code(), keys);
    }

    private HostProtocol.Outbound settlement(IsoMessage m, String tid, String mid, String batch, String stan,
            Object keys) {
        String f48 = m.has(48) ? m.text(48) : "";
        if (f48.length() < 31) {
            return deny(m, ResponseCode.SYSTEM_ERROR, keys);
        }
        Ledger.BatchTotals claimed = new Ledger.BatchTotals(Integer.parseInt(f48.substring(0, 3)),
                Long.parseLong(f48.substring(3, 15)), Integer.parseInt(f48.substring(15, 18)),
                Long.parseLong(f48.substring(18, 30)));
        HostBook.Decision d = book.settlement(tid, mid, batch, stan, claimed);
        IsoMessage.Builder r = protocol.base(m, d.code());
        if (!d.entry().rrn().isEmpty()) {
            r.set(37, d.entry().rrn());
        }
        char result = d.entry().note().startsWith("agree") ? '1' : '2';
        StringBuilder echoed = new StringBuilder(f48);
        echoed.setCharAt(30, result);
        if (echoed.length() >= 62) {
            echoed.setCharAt(61, result);
        }
        r.set(48, echoed.toString());
        return protocol.finish(r, d.code(), keys);
    }

    private static String pan(IsoMessage m) {
        if (m.has(2)) {
            return m.text(2);
        }
        if (m.has(35)) {
            String t2 = m.text(35);
            int sep = t2.indexOf('=');
            return sep > 0 ? t2.substring(0, sep) : null;
        }
        return null;
    }

    private static long amount(IsoMessage m) {
        return m.has(4) ? Long.parseLong(m.text(4)) : 0;
    }

    private static String currency(IsoMessage m) {
        return m.has(49) ? m.text(49) : "";
    }
}
