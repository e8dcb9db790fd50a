package io.pos4j.terminal;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.pin.DukptStateStore;
import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyExchange;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.MacAlgorithm;
import io.pos4j.pin.MacCalculator;
import io.pos4j.pin.MacPadding;
import io.pos4j.pin.Macs;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.TdesDukptHost;
import io.pos4j.pin.TdesDukptUsage;
import io.pos4j.pin.WrappedKey;
import io.pos4j.terminal.spi.InMemoryHostLink;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A minimal in-process host for unit tests of the terminal (the real simulator is pos-testkit's,
 * used by the integration tests): CUP (key exchange, UnionPay ECB MAC) or, with {@code dukpt}, ISO 87
 * binary with TDES DUKPT (sign-on, per-KSN PIN and X9.19 MAC keys derived from the ANSI X9.24 test
 * BDK); PIN check with a try counter, a ledger of approved amounts and reversals, and scripted faults
 * for the next requests. In DUKPT mode it also keeps the device's DUKPT store (the terminal's secure
 * storage, here for the fixture's convenience) and counts KSNs it saw twice.
 */
final class FakeCupHost implements InMemoryHostLink.Host {

    static final byte[] TMK_BYTES = HexFormatHolder.parse("0123456789ABCDEFFEDCBA9876543210");
    static final String PAN = "6228480402564890018";
    static final String PIN = "123456";

    enum Fault { NONE, DROP, LOST, BAD_MAC, LATE, CODE_91, CODE_A0, GARBAGE, BAD_KCV }

    static final byte[] BDK = HexFormatHolder.parse("0123456789ABCDEFFEDCBA9876543210");

    final boolean dukpt;
    private final IsoCodec codec;
    private TdesDukptHost dukptHost;
    DukptStateStore deviceStore = DukptStateStore.inMemory();
    final Set<String> ksns = new HashSet<>();
    int ksnRepeats;
    private KeyHandle reqPin;
    private KeyHandle reqMac;
    private KeyHandle respMac;
    private final KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, TMK_BYTES,
            InsecureKeyAccess.get());
    private final SecureRandom random = new SecureRandom(new byte[] {1});
    private KeyHandle pik;
    private KeyHandle mak;
    final Deque<Fault> faults = new ArrayDeque<>();
    private byte[] late;
    int wrongPins;
    long balance = 1_000_000;
    /** approved, not reversed: terminal id + batch + stan -> amount */
    final Map<String, Long> approved = new HashMap<>();
    final Set<String> reversed = new HashSet<>();
    final Set<String> seenStans = new HashSet<>();
    final List<String> mtis = new ArrayList<>();
    final Set<String> badMacIds = new HashSet<>();
    final Set<String> everApproved = new HashSet<>();
    int answered94;
    boolean settleDisagree;
    final List<String> uploads = new ArrayList<>();
    int financialRequests;
    int rrn;

    FakeCupHost() {
        this(false);
    }

    FakeCupHost(boolean dukpt) {
        this.dukpt = dukpt;
        this.codec = IsoCodec.of(dukpt ? Dialects.ISO87_BINARY : Dialects.CUP);
        if (dukpt) {
            KeyHandle bdk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION, BDK,
                    InsecureKeyAccess.get());
            dukptHost = TdesDukptHost.of(bdk);
            Ksn initial = Ksn.parse("FFFF9876543210E00000");
            try (KeyHandle ipek = dukptHost.initialKey(initial)) {
                DukptTerminal.loadTdes(ipek, initial, deviceStore);
            }
        }
    }

    KeyHandle tmk() {
        return tmk;
    }

    /** DUKPT: the keys of this request's KSN (DE 62), or none. */
    private void dukptKeys(IsoMessage in) {
        reqPin = null;
        reqMac = null;
        respMac = null;
        if (!dukpt || !in.has(62)) {
            return;
        }
        Ksn ksn = Ksn.parse(in.text(62));
        if (!ksns.add(ksn.toString())) {
            ksnRepeats++;
        }
        reqPin = dukptHost.workingKey(ksn, TdesDukptUsage.PIN);
        reqMac = dukptHost.workingKey(ksn, TdesDukptUsage.MAC_REQUEST);
        respMac = dukptHost.workingKey(ksn, TdesDukptUsage.MAC_RESPONSE);
    }

    private MacCalculator requestMac() {
        if (dukpt) {
            return reqMac == null ? null : Macs.create(reqMac, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1);
        }
        return mak == null ? null : Macs.create(mak, MacAlgorithm.CUP_ECB);
    }

    private MacCalculator responseMac() {
        if (dukpt) {
            return Macs.create(respMac, MacAlgorithm.ISO9797_1_ALG3, MacPadding.METHOD_1);
        }
        return Macs.create(mak, MacAlgorithm.CUP_ECB);
    }

    @Override
    public List<byte[]> handle(byte[] request) {
        IsoMessage in = codec.unpack(request);
        String mti = in.mti().toString();
        mtis.add(mti);
        dukptKeys(in);
        Fault f = faults.isEmpty() ? Fault.NONE : faults.poll();
        List<byte[]> out = new ArrayList<>();
        if (late != null) {
            out.add(late);
            late = null;
        }
        if (f == Fault.LOST) {
            return out;
        }
        if (f == Fault.GARBAGE) {
            process(in, f);
            out.add(new byte[] {0x60, 0, 0, 0, 3, 1, 2});
            return out;
        }
        byte[] resp = process(in, f);
        if (f == Fault.DROP) {
            return out;
        }
        if (f == Fault.LATE) {
            late = resp;
            return out;
        }
        out.add(resp);
        return out;
    }

    private byte[] process(IsoMessage in, Fault f) {
        String mti = in.mti().toString();
        IsoMessage.Builder r;
        switch (mti) {
            case "0800" -> {
                if (dukpt) { // DE 70 001 sign-on, 002 sign-off, 301 echo: no keys
                    return codec.pack(in.responseBuilder(11, 41, 42, 70).set(39, f == Fault.CODE_91 ? "91" : "00")
                            .build());
                }
                if (f == Fault.CODE_91) {
                    return codec.pack(in.responseBuilder(11, 41, 42, 60).set(39, "91").build());
                }
                r = in.responseBuilder(11, 41, 42, 60).set(39, "00");
                pik = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.PIN_ENCRYPTION, random);
                mak = KeyHandle.generate(KeyAlgorithm.TDES, 16, KeyUsage.MAC, random);
                WrappedKey wp = KeyExchange.wrap(tmk, pik);
                WrappedKey wm = KeyExchange.wrap(tmk, mak);
                byte[] de62 = new byte[40];
                System.arraycopy(wp.encrypted(), 0, de62, 0, 16);
                System.arraycopy(wp.checkValue(), 0, de62, 16, 4);
                System.arraycopy(wm.encrypted(), 0, de62, 20, 16);
                System.arraycopy(wm.checkValue(), 0, de62, 36, 4);
                if (f == Fault.BAD_KCV) {
                    de62[39] ^= 1;
                }
                r.set(62, de62);
                return codec.pack(r.build());
            }
            case "0820" -> {
                return codec.pack(in.responseBuilder(11, 41, 42, 60).set(39, "00").build());
            }
            case "0400" -> {
                String id = id(in);
                if (approved.remove(id) != null) {
                    reversed.add(id);
                }
                r = in.responseBuilder(2, 3, 4, 11, 41, 42, 49, 60, 62).set(39, "00");
                return signed(r, f);
            }
            case "0500" -> {
                r = in.responseBuilder(11, 41, 42, 60, 62).set(39, "00");
                String totals = in.text(48);
                if (settleDisagree) {
                    totals = totals.substring(0, 30) + "2" + totals.substring(31);
                }
                r.set(48, totals);
                return signed(r, f);
            }
            case "0320" -> {
                uploads.add(dukpt ? in.text(60).substring(6) : in.subfield(60, 3).orElse(""));
                return signed(in.responseBuilder(11, 41, 42, 60, 62).set(39, "00"), f);
            }
            default -> {
                return financial(in, f);
            }
        }
    }

    private String id(IsoMessage in) {
        String batch = dukpt ? in.text(60).substring(0, 6) : in.subfield(60, 2).orElse("");
        return in.text(41) + "-" + batch + "-" + in.text(11);
    }

    private byte[] financial(IsoMessage in, Fault f) {
        IsoMessage.Builder r = in.responseBuilder(2, 3, 4, 11, 41, 42, 49, 60, 62);
        String code;
        financialRequests++;
        if (f == Fault.CODE_91) {
            code = "91";
        } else if (f == Fault.CODE_A0 || requestMac() == null
                || !requestMac().verify(codec.macInput(in), in.bytes(64))) {
            return codec.pack(r.set(39, requestMac() == null ? (dukpt ? "96" : "97") : "A0").build());
        } else if (!seenStans.add(id(in))) {
            code = "94";
            answered94++;
        } else if (in.has(52) && !pinOk(in)) {
            wrongPins++;
            code = wrongPins >= 3 ? "75" : "55";
        } else {
            if (in.has(52)) {
                wrongPins = 0;
            }
            long amount = in.has(4) ? Long.parseLong(in.text(4)) : 0;
            if (amount > balance) {
                code = "51";
            } else {
                code = "00";
                balance -= amount;
                approved.put(id(in), amount);
                everApproved.add(id(in));
            }
        }
        r.set(39, code);
        if (code.equals("00")) {
            r.set(37, String.format("%012d", ++rrn)).set(38, "123456");
            if (in.text(3).equals("310000")) {
                r.set(54, String.format("1002156C%012d", balance));
            }
        }
        return signed(r, f);
    }

    private boolean pinOk(IsoMessage in) {
        try (Pin expected = Pin.parse(PIN)) {
            return PinBlocks.cipher(dukpt ? reqPin : pik, PinBlockFormat.ISO_0).verify(in.bytes(52), in.text(2), expected);
        }
    }

    private byte[] signed(IsoMessage.Builder r, Fault f) {
        IsoMessage m = r.build();
        byte[] mac = responseMac().compute(codec.macInput(m));
        if (f == Fault.BAD_MAC) {
            if (m.has(11) && m.has(60)) {
                badMacIds.add(id(m));
            }
            mac = Arrays.copyOf(mac, 8);
            mac[0] ^= 1;
        }
        return codec.pack(m.toBuilder().set(64, mac).build());
    }

    /** keeps HexFormat out of the static initialiser order */
    static final class HexFormatHolder {
        static byte[] parse(String hex) {
            return java.util.HexFormat.of().parseHex(hex);
        }
    }
}
