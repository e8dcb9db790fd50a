package io.pos4j.testkit;

import io.pos4j.iso8583.IsoMessage;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinException;

/**
 * The {@code cup} financial flows (0200 purchase / balance / void, 0220 refund, 0400/0420
 * reversal, 0500 settlement, 0320 batch upload): terminal checks, request MAC, PIN, then the
 * book's decision, in the order PROTOCOL.md lists.
 */
final class CupFinancial {
    private final CupProtocol protocol;
    private final HostBook book;

    CupFinancial(CupProtocol protocol, HostBook book) {
        this.protocol = protocol;
        this.book = book;
    }

    HostProtocol.Outbound handle(IsoMessage m) {
        String tid = m.has(41) ? m.text(41) : null;
        Terminal t = book.terminal(tid);
        if (t == null || !t.registered()) {
            return protocol.answer(m, ResponseCode.TERMINAL_NOT_SIGNED_IN, null, null);
        }
        Sessions.Session session = protocol.sessions().get(tid);
        CupKeys keys = session == null ? null : (CupKeys) session.keys();
        if (!m.has(42) || !t.merchantId().equals(m.text(42))) {
            return protocol.answer(m, ResponseCode.UNKNOWN_MERCHANT, null, keys);
        }
        if (keys == null) {
            return protocol.answer(m, ResponseCode.TERMINAL_NOT_SIGNED_IN, null, null);
        }
        if (!m.has(64) || !keys.mac.verify(CupProtocol.CODEC.macInput(m), m.bytes(64))) {
            protocol.sessions().signOff(tid);
            return protocol.answer(m, ResponseCode.MAC_ERROR, null, null);
        }
        String mid = m.text(42);
        String batch = m.subfield(60, 2).orElse("000000");
        String stan = m.has(11) ? m.text(11) : "000000";
        String mti = m.mti().toString();
        switch (mti) {
            case "0400", "0420" -> {
                HostBook.Decision d = book.reversal(tid, mid, batch, stan, pan(m), amount(m), currency(m),
                        m.has(39) ? m.text(39) : "");
                return protocol.answer(m, d.code(), null, keys);
            }
            case "0500" -> {
                return settlement(m, tid, mid, batch, stan, keys);
            }
            case "0320" -> {
                return protocol.answer(m, ResponseCode.APPROVED, null, keys);
            }
            default -> {
                return authorization(m, tid, mid, batch, stan, keys);
            }
        }
    }

    private HostProtocol.Outbound authorization(IsoMessage m, String tid, String mid, String batch, String stan,
            CupKeys keys) {
        String pc = m.has(3) ? m.text(3) : "";
        String type60 = m.subfield(60, 1).orElse("");
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
            return protocol.answer(m, ResponseCode.SYSTEM_ERROR, null, keys);
        }
        String pan = pan(m);
        char[] pin = null;
        if (m.has(52) && pan != null) {
            try (Pin p = keys.pin.decrypt(m.bytes(52), pan)) {
                pin = p.toCharArray();
            } catch (PinException e) {
                pin = new char[0]; // undecodable block under this PIK: a wrong PIN
            }
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
            r.set(54, "1002156C" + String.format("%012d", d.balance()));
        }
        if (type == TransactionType.VOID && d.code().approved() && !m.has(4)) {
            r.set(4, String.format("%012d", d.entry().amount()));
        }
        return protocol.finish(r, d.code(), keys);
    }

    private HostProtocol.Outbound settlement(IsoMessage m, String tid, String mid, String batch, String stan,
            CupKeys keys) {
        String f48 = m.has(48) ? m.text(48) : "";
        if (f48.length() < 31) {
            return protocol.answer(m, ResponseCode.SYSTEM_ERROR, null, keys);
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
