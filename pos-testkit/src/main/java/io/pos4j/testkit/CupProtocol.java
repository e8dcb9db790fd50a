package io.pos4j.testkit;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyExchange;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinException;
import io.pos4j.pin.WrappedKey;
import io.pos4j.testkit.internal.Pans;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import io.pos4j.testkit.internal.Digits;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * The {@code cup} dialect (PROTOCOL.md): sign-in with working keys under the TMK, echo, sign-off,
 * and the financial flows of {@link CupFinancial}, with UnionPay ECB MACs.
 */
final class CupProtocol implements HostProtocol, FinancialFlows.Ops {
    static final IsoCodec CODEC = IsoCodec.of(Dialects.CUP);

    private final HostBook book;
    private final Sessions sessions;
    private final InstantSource clock;
    private final SecureRandom random;
    private final FinancialFlows financial;

    CupProtocol(HostBook book, Sessions sessions, InstantSource clock, SecureRandom random) {
        this.book = book;
        this.sessions = sessions;
        this.clock = clock;
        this.random = random;
        this.financial = new FinancialFlows(this, book);
    }

    @Override
    public Inbound decode(byte[] frame) {
        IsoMessage m = HostProtocol.unpackRequest(CODEC, frame);
        String tid = m.has(41) ? m.text(41) : null;
        return new Inbound(m.mti().toString(), tid, m, () -> describe(m));
    }

    static String describe(IsoMessage m) {
        StringBuilder sb = new StringBuilder(96).append(m.mti());
        if (m.has(3)) {
            sb.append(" pc=").append(m.text(3));
        }
        if (m.has(60)) {
            m.subfield(60, 1).ifPresent(t -> sb.append(" type=").append(t));
            m.subfield(60, 3).ifPresent(t -> sb.append(" net=").append(t));
        }
        if (m.has(41)) {
            sb.append(" tid=").append(m.text(41));
        }
        if (m.has(11)) {
            sb.append(" stan=").append(m.text(11));
        }
        if (m.has(2)) {
            sb.append(" pan=").append(Pans.mask(m.text(2)));
        }
        if (m.has(4)) {
            sb.append(" amount=").append(m.text(4));
        }
        if (m.has(39)) {
            sb.append(" rc=").append(m.text(39));
        }
        return sb.toString();
    }

    @Override
    public Outbound process(Inbound in) {
        IsoMessage m = (IsoMessage) in.message();
        return switch (in.mti()) {
            case "0800" -> signIn(m);
            case "0820" -> network(m);
            case "0200", "0220", "0400", "0420", "0500", "0320" -> financial.handle(m);
            default -> answer(m, ResponseCode.SYSTEM_ERROR, null, null);
        };
    }

    @Override
    public Outbound answerWith(Inbound in, ResponseCode code) {
        IsoMessage m = (IsoMessage) in.message();
        Sessions.Session s = sessions.get(in.terminalId());
        return answer(m, code, null, s == null ? null : (CupKeys) s.keys());
    }

    // ---- network management ----

    private Outbound signIn(IsoMessage m) {
        Terminal t = book.terminal(m.has(41) ? m.text(41) : null);
        if (t == null || !t.registered()) {
            return answer(m, ResponseCode.TERMINAL_NOT_SIGNED_IN, null, null);
        }
        if (!m.has(42) || !t.merchantId().equals(m.text(42))) {
            return answer(m, ResponseCode.UNKNOWN_MERCHANT, null, null);
        }
        String batch = m.subfield(60, 2).orElse("000000");
        String code = m.subfield(60, 3).orElse("003");
        if (!t.hasTmk()) {
            return answer(m, ResponseCode.SYSTEM_ERROR, null, null);
        }
        byte[] tmkBytes = t.tmkCopy();
        KeyHandle pik = null;
        KeyHandle mak = null;
        KeyHandle tdk = null;
        try (KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, tmkBytes,
                InsecureKeyAccess.get())) {
            pik = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.PIN_ENCRYPTION, random);
            mak = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.MAC, random);
            if ("004".equals(code)) {
                tdk = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.DATA_ENCRYPTION, random);
            }
            ByteArrayOutputStream de62 = new ByteArrayOutputStream(60);
            for (KeyHandle k : tdk == null ? new KeyHandle[] {pik, mak} : new KeyHandle[] {pik, mak, tdk}) {
                WrappedKey w = KeyExchange.wrap(tmk, k);
                de62.writeBytes(w.encrypted());
                de62.writeBytes(w.checkValue());
            }
            sessions.signIn(t.terminalId(), new Sessions.Session(batch, new CupKeys(pik, mak, tdk)));
            IsoMessage.Builder r = base(m, ResponseCode.APPROVED).set(62, de62.toByteArray());
            IsoMessage reply = r.build();
            return new Outbound(CODEC.pack(reply), false, reply.mti() + " rc=00 keys=" + (tdk == null ? "PIK+MAK" : "PIK+MAK+TDK"));
        } catch (RuntimeException e) {
            for (KeyHandle k : new KeyHandle[] {pik, mak, tdk}) {
                if (k != null) {
                    k.close();
                }
            }
            throw e;
        } finally {
            Arrays.fill(tmkBytes, (byte) 0);
        }
    }

    private Outbound network(IsoMessage m) {
        String tid = m.has(41) ? m.text(41) : null;
        Terminal t = book.terminal(tid);
        if (t == null || !t.registered()) {
            return answer(m, ResponseCode.TERMINAL_NOT_SIGNED_IN, null, null);
        }
        if ("002".equals(m.subfield(60, 3).orElse(""))) {
            sessions.signOff(tid);
        }
        return answer(m, ResponseCode.APPROVED, null, null);
    }

    // ---- responses ----

    /** The response skeleton: echoed fields, host date and time, RRN, DE 39. */
    @Override
    public IsoMessage.Builder base(IsoMessage m, ResponseCode code) {
        IsoMessage.Builder r = m.responseBuilder(2, 3, 4, 11, 41, 42, 49, 60);
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        r.set(12, Digits.twos(now.getHour(), now.getMinute(), now.getSecond()));
        r.set(13, Digits.twos(now.getMonthValue(), now.getDayOfMonth()));
        return r.set(39, code.code());
    }

    /**
     * Packs an answer; adds DE 64 when working keys are given and the code is one the terminal can
     * verify (not 97, not A0).
     */
    Outbound answer(IsoMessage m, ResponseCode code, LedgerEntry entry, CupKeys keys) {
        IsoMessage.Builder r = base(m, code);
        if (entry != null) {
            if (!entry.rrn().isEmpty()) {
                r.set(37, entry.rrn());
            }
            if (!entry.authCode().isEmpty()) {
                r.set(38, entry.authCode());
            }
        }
        return finish(r, code, keys);
    }

    @Override
    public Outbound finish(IsoMessage.Builder r, ResponseCode code, Object k) {
        CupKeys keys = (CupKeys) k;
        boolean mac = keys != null && code != ResponseCode.TERMINAL_NOT_SIGNED_IN && code != ResponseCode.MAC_ERROR;
        IsoMessage msg = r.remove(64).build();
        if (mac) {
            byte[] de64 = keys.mac.compute(CODEC.macInput(msg));
            msg = msg.toBuilder().set(64, de64).build();
        }
        return new Outbound(CODEC.pack(msg), mac, msg.mti() + " rc=" + code.code() + (mac ? " mac" : ""));
    }

    @Override
    public FinancialFlows.Gate gate(IsoMessage m, Terminal t) {
        Sessions.Session session = sessions.get(t.terminalId());
        CupKeys keys = session == null ? null : (CupKeys) session.keys();
        if (!m.has(42) || !t.merchantId().equals(m.text(42))) {
            return new FinancialFlows.Gate(ResponseCode.UNKNOWN_MERCHANT, keys);
        }
        if (keys == null) {
            return new FinancialFlows.Gate(ResponseCode.TERMINAL_NOT_SIGNED_IN, null);
        }
        if (!m.has(64) || !keys.mac.verify(CODEC.macInput(m), m.bytes(64))) {
            sessions.signOff(t.terminalId());
            return new FinancialFlows.Gate(ResponseCode.MAC_ERROR, null);
        }
        return new FinancialFlows.Gate(null, keys);
    }

    @Override
    public String messageType(IsoMessage m) {
        return m.subfield(60, 1).orElse("");
    }

    @Override
    public String batch(IsoMessage m) {
        return m.subfield(60, 2).orElse("000000");
    }

    @Override
    public char[] pin(Object keys, IsoMessage m, String pan) {
        try (Pin p = ((CupKeys) keys).pin.decrypt(m.bytes(52), pan)) {
            return p.toCharArray();
        } catch (PinException e) {
            return new char[0]; // undecodable under this PIK: a wrong PIN
        }
    }
}
