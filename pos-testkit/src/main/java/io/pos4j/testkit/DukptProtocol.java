package io.pos4j.testkit;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinException;
import io.pos4j.pin.TdesDukptHost;
import io.pos4j.testkit.internal.Digits;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code iso87-binary} dialect for TDES DUKPT terminals (PROTOCOL.md, second profile): KSN as
 * 20 hex characters in DE 62, PIN format 0 under the DUKPT PIN key, X9.19 MAC in DE 64 with the
 * MAC request key (answers: MAC response key); 0800 DE 70 {@code 001} sign-on, {@code 002}
 * sign-off, {@code 301} echo; batch in DE 60 (6 digits).
 */
final class DukptProtocol implements HostProtocol, FinancialFlows.Ops {
    static final IsoCodec CODEC = IsoCodec.of(Dialects.ISO87_BINARY);

    private final HostBook book;
    private final Sessions sessions;
    private final InstantSource clock;
    private final FinancialFlows financial;
    private final ConcurrentHashMap<String, TdesDukptHost> hosts = new ConcurrentHashMap<>();

    DukptProtocol(HostBook book, Sessions sessions, InstantSource clock) {
        this.book = book;
        this.sessions = sessions;
        this.clock = clock;
        this.financial = new FinancialFlows(this, book);
    }

    @Override
    public Inbound decode(byte[] frame) {
        IsoMessage m = HostProtocol.unpackRequest(CODEC, frame);
        return new Inbound(m.mti().toString(), m.has(41) ? m.text(41) : null, m, () -> describe(m));
    }

    private static String describe(IsoMessage m) {
        StringBuilder sb = new StringBuilder(96).append(m.mti());
        for (int f : new int[] {3, 70, 41, 11}) {
            if (m.has(f)) {
                sb.append(' ').append(f == 3 ? "pc" : f == 70 ? "net" : f == 41 ? "tid" : "stan").append('=').append(m.text(f));
            }
        }
        if (m.has(2)) {
            sb.append(" pan=").append(io.pos4j.testkit.internal.Pans.mask(m.text(2)));
        }
        if (m.has(4)) {
            sb.append(" amount=").append(m.text(4));
        }
        return sb.toString();
    }

    @Override
    public Outbound process(Inbound in) {
        IsoMessage m = (IsoMessage) in.message();
        return switch (in.mti()) {
            case "0800" -> network(m);
            case "0200", "0220", "0400", "0420", "0500", "0320" -> financial.handle(m);
            default -> finish(base(m, ResponseCode.SYSTEM_ERROR), ResponseCode.SYSTEM_ERROR, null);
        };
    }

    @Override
    public Outbound answerWith(Inbound in, ResponseCode code) {
        IsoMessage m = (IsoMessage) in.message();
        Terminal t = book.terminal(in.terminalId());
        DukptKeys keys = t == null ? null : keys(m, t);
        try {
            return finish(base(m, code), code, keys);
        } finally {
            if (keys != null) {
                keys.close();
            }
        }
    }

    private Outbound network(IsoMessage m) {
        String tid = m.has(41) ? m.text(41) : null;
        Terminal t = book.terminal(tid);
        ResponseCode code = t == null || !t.registered() ? ResponseCode.TERMINAL_NOT_SIGNED_IN : ResponseCode.APPROVED;
        if (code.approved()) {
            String net = m.has(70) ? m.text(70) : "";
            if (net.equals("001")) {
                sessions.signIn(tid, new Sessions.Session(batch(m), null));
            } else if (net.equals("002")) {
                sessions.signOff(tid);
            }
        }
        IsoMessage.Builder r = m.responseBuilder(11, 41, 42, 70);
        stamp(r);
        IsoMessage reply = r.set(39, code.code()).build();
        return new Outbound(CODEC.pack(reply), false, reply.mti() + " rc=" + code.code());
    }

    private DukptKeys keys(IsoMessage m, Terminal t) {
        if (!t.hasBdk() || !m.has(62)) {
            return null;
        }
        try {
            Ksn ksn = Ksn.parse(m.text(62).trim());
            return new DukptKeys(hosts.computeIfAbsent(t.terminalId(), id -> host(t)), ksn);
        } catch (PinException | IllegalArgumentException e) {
            return null;
        }
    }

    private static TdesDukptHost host(Terminal t) {
        byte[] raw = t.bdkCopy();
        try {
            return TdesDukptHost.of(KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION, raw,
                    InsecureKeyAccess.get()));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    @Override
    public FinancialFlows.Gate gate(IsoMessage m, Terminal t) {
        if (!t.hasBdk()) {
            return new FinancialFlows.Gate(ResponseCode.TERMINAL_NOT_SIGNED_IN, null);
        }
        DukptKeys keys = keys(m, t);
        if (!m.has(42) || !t.merchantId().equals(m.text(42))) {
            return new FinancialFlows.Gate(ResponseCode.UNKNOWN_MERCHANT, keys);
        }
        if (keys == null) {
            return new FinancialFlows.Gate(ResponseCode.SYSTEM_ERROR, null);
        }
        if (!m.has(64) || !keys.verify.verify(CODEC.macInput(m), m.bytes(64))) {
            return new FinancialFlows.Gate(ResponseCode.MAC_ERROR, keys); // closed by the flows; no MAC on A0
        }
        return new FinancialFlows.Gate(null, keys);
    }

    @Override
    public String batch(IsoMessage m) {
        if (m.has(60)) {
            String v = m.text(60).trim();
            if (v.length() >= 6 && v.substring(0, 6).chars().allMatch(Character::isDigit)) {
                return v.substring(0, 6);
            }
        }
        return "000000";
    }

    @Override
    public char[] pin(Object keys, IsoMessage m, String pan) {
        try (Pin p = ((DukptKeys) keys).pin.decrypt(m.bytes(52), pan)) {
            return p.toCharArray();
        } catch (PinException e) {
            return new char[0];
        }
    }

    @Override
    public IsoMessage.Builder base(IsoMessage m, ResponseCode code) {
        IsoMessage.Builder r = m.responseBuilder(2, 3, 4, 11, 41, 42, 49, 60, 62);
        stamp(r);
        return r.set(39, code.code());
    }

    private void stamp(IsoMessage.Builder r) {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        r.set(12, Digits.twos(now.getHour(), now.getMinute(), now.getSecond()));
        r.set(13, Digits.twos(now.getMonthValue(), now.getDayOfMonth()));
    }

    @Override
    public Outbound finish(IsoMessage.Builder r, ResponseCode code, Object k) {
        DukptKeys keys = (DukptKeys) k;
        boolean mac = keys != null && code != ResponseCode.MAC_ERROR && code != ResponseCode.TERMINAL_NOT_SIGNED_IN;
        IsoMessage msg = r.remove(64).build();
        if (mac) {
            msg = msg.toBuilder().set(64, keys.sign.compute(CODEC.macInput(msg))).build();
        }
        return new Outbound(CODEC.pack(msg), mac, msg.mti() + " rc=" + code.code() + (mac ? " mac" : ""));
    }
}
