package io.pos4j.testkit;

import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.Tpdu;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyExchange;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.MacAlgorithm;
import io.pos4j.pin.MacCalculator;
import io.pos4j.pin.Macs;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.WrappedKey;
import io.pos4j.testkit.internal.Digits;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A scripted {@code cup} terminal for tests of the simulator and of host-facing code: it signs in
 * (installing the working keys from DE 62 after checking their KCVs), builds requests as
 * PROTOCOL.md describes (PIN block format 0 under the PIK, UnionPay ECB MAC under the MAK), and
 * verifies response MACs. It is deliberately simple: no journal, no retries, no reversal logic —
 * that is {@code pos-terminal-fsm}'s job. Not thread-safe.
 */
public final class CupTestTerminal implements AutoCloseable {
    private static final byte[] HEADER = HexFormat.of().parseHex("603100310100");
    private static final Tpdu TPDU = Tpdu.of("6000030000");

    private final SimulatorClient client;
    private final String terminalId;
    private final String merchantId;
    private final KeyHandle tmk;
    private Duration timeout = Duration.ofSeconds(5);
    private String batch = "000001";
    private int stan;
    private KeyHandle pik;
    private KeyHandle mak;

    private CupTestTerminal(SimulatorClient client, String terminalId, String merchantId, byte[] tmk) {
        this.client = client;
        this.terminalId = terminalId;
        this.merchantId = merchantId;
        this.tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, tmk, InsecureKeyAccess.get());
    }

    /**
     * Connects to a simulator on 127.0.0.1.
     *
     * @param port       the simulator's port
     * @param terminalId DE 41
     * @param merchantId DE 42
     * @param tmk        the terminal master key (16 bytes), copied
     * @return the connected terminal, not yet signed in
     * @throws IOException if the connection is refused
     */
    public static CupTestTerminal connect(int port, String terminalId, String merchantId, byte[] tmk)
            throws IOException {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(merchantId, "merchantId");
        SimulatorClient c = SimulatorClient.connect(port);
        try {
            return new CupTestTerminal(c, terminalId, merchantId, tmk);
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * An exchange: what was sent and what came back.
     *
     * @param request  the request as sent
     * @param response the answer, null if none arrived within the timeout
     * @param macValid true if the answer carries DE 64 and it verifies under the current MAK
     */
    public record Exchange(IsoMessage request, IsoMessage response, boolean macValid) {
        /** @return DE 39 of the answer, or {@code "none"} without answer */
        public String responseCode() {
            return response == null ? "none" : response.has(39) ? response.text(39) : "";
        }

        /** @return DE 11 of the request */
        public String stan() {
            return request.text(11);
        }

        /** @return DE 60.2 of the request */
        public String batch() {
            return request.subfield(60, 2).orElse("");
        }
    }

    /**
     * @param timeout how long to wait for each answer (default 5 s)
     * @return this
     */
    public CupTestTerminal timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /**
     * @param batch the batch number (six digits) used in DE 60.2 from now on
     * @return this
     */
    public CupTestTerminal batch(String batch) {
        this.batch = batch;
        return this;
    }

    /**
     * @param next the STAN the next request gets minus one
     * @return this
     */
    public CupTestTerminal stan(int next) {
        this.stan = next;
        return this;
    }

    /** @return whether working keys are installed */
    public boolean signedIn() {
        return pik != null;
    }

    /**
     * A request skeleton: TPDU, header, MTI, DE 11 (next STAN), 41, 42, 60 = type + batch + code.
     *
     * @param mti         the MTI
     * @param type60      60.1
     * @param networkCode 60.3
     * @return the builder
     */
    public IsoMessage.Builder request(String mti, String type60, String networkCode) {
        stan = stan % 999_999 + 1;
        return CupProtocol.CODEC.builder(mti).tpdu(TPDU).header(HEADER).set(11, Digits.pad(stan, 6))
                .set(41, terminalId).set(42, merchantId).subfields(60, type60, batch, networkCode);
    }

    /**
     * Sign-in 0800 with 60.3 {@code 003}; on {@code 00} installs PIK and MAK (KCVs checked).
     *
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange signIn() throws IOException {
        Exchange x = send(request("0800", "00", "003").set(63, "001").build());
        if ("00".equals(x.responseCode()) && x.response().has(62)) {
            byte[] de62 = x.response().bytes(62);
            if (de62.length < 40) {
                throw new IOException("sign-in answer: DE 62 has " + de62.length + " bytes (expected at least 40)");
            }
            List<KeyHandle> keys = KeyExchange.unwrapAll(tmk, List.of(
                    WrappedKey.of(KeyUsage.PIN_ENCRYPTION, KeyAlgorithm.TDES, Arrays.copyOfRange(de62, 0, 16),
                            Arrays.copyOfRange(de62, 16, 20)),
                    WrappedKey.of(KeyUsage.MAC, KeyAlgorithm.TDES, Arrays.copyOfRange(de62, 20, 36),
                            Arrays.copyOfRange(de62, 36, 40))));
            dropKeys();
            pik = keys.get(0);
            mak = keys.get(1);
        }
        return x;
    }

    /**
     * Echo 0820 {@code 301}.
     *
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange echo() throws IOException {
        return send(request("0820", "00", "301").build());
    }

    /**
     * Sign-off 0820 {@code 002}; the keys are dropped.
     *
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange signOff() throws IOException {
        Exchange x = send(request("0820", "00", "002").build());
        dropKeys();
        return x;
    }

    /**
     * Builds a signed purchase request (0200 {@code 000000}, 60.1 {@code 22}).
     *
     * @param pan    DE 2
     * @param amount minor units
     * @param pin    the PIN, or null for none (DE 22 {@code 022})
     * @return the request with DE 64
     */
    public IsoMessage purchaseRequest(String pan, long amount, String pin) {
        IsoMessage.Builder b = request("0200", "22", "000").set(2, pan).set(3, "000000")
                .set(4, Digits.pad(amount, 12)).set(22, pin == null ? "022" : "021").set(25, "00")
                .set(49, "156");
        return mac(pin(b, pan, pin));
    }

    /**
     * Purchase.
     *
     * @param pan    DE 2
     * @param amount minor units
     * @param pin    the PIN or null
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange purchase(String pan, long amount, String pin) throws IOException {
        return send(purchaseRequest(pan, amount, pin));
    }

    /**
     * Balance inquiry (0200 {@code 310000}, 60.1 {@code 01}); the balance is in DE 54.
     *
     * @param pan DE 2
     * @param pin the PIN or null
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange balance(String pan, String pin) throws IOException {
        IsoMessage.Builder b = request("0200", "01", "000").set(2, pan).set(3, "310000")
                .set(22, pin == null ? "022" : "021").set(25, "00").set(49, "156");
        return send(mac(pin(b, pan, pin)));
    }

    /**
     * Void of an earlier purchase (0200 {@code 200000}, 60.1 {@code 23}, DE 37 and 61 from it).
     *
     * @param original the purchase exchange
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange voidPurchase(Exchange original) throws IOException {
        IsoMessage o = original.request();
        IsoMessage.Builder b = request("0200", "23", "000").set(2, o.text(2)).set(3, "200000").set(4, o.text(4))
                .set(22, "022").set(25, "00").set(49, "156").set(61, original.batch() + original.stan());
        if (original.response() != null && original.response().has(37)) {
            b.set(37, original.response().text(37));
        }
        return send(mac(b));
    }

    /**
     * Refund (0220 {@code 200000}, 60.1 {@code 25}).
     *
     * @param original the purchase exchange
     * @param amount   minor units to refund
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange refund(Exchange original, long amount) throws IOException {
        IsoMessage o = original.request();
        IsoMessage.Builder b = request("0220", "25", "000").set(2, o.text(2)).set(3, "200000")
                .set(4, Digits.pad(amount, 12)).set(22, "022").set(25, "00").set(49, "156")
                .set(61, original.batch() + original.stan() + "0000");
        if (original.response() != null && original.response().has(37)) {
            b.set(37, original.response().text(37));
        }
        return send(mac(b));
    }

    /**
     * Reversal 0400 of an earlier request: the original's DE 2, 3, 4, 11, 22, 25, 41, 42, 49, 60.
     *
     * @param original the exchange to reverse
     * @param reason   DE 39: {@code 98}, {@code A0} or {@code 06}
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange reverse(Exchange original, String reason) throws IOException {
        return reverse(original, reason, "0400");
    }

    /**
     * Reversal advice 0420 (store-and-forward), answered 0430; otherwise as {@link #reverse}.
     *
     * @param original the exchange to reverse
     * @param reason   DE 39
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange reverseAdvice(Exchange original, String reason) throws IOException {
        return reverse(original, reason, "0420");
    }

    private Exchange reverse(Exchange original, String reason, String mti) throws IOException {
        IsoMessage o = original.request();
        IsoMessage.Builder b = CupProtocol.CODEC.builder(mti).tpdu(TPDU).header(HEADER);
        for (int f : new int[] {2, 3, 4, 11, 14, 22, 25, 41, 42, 49, 55, 60, 61}) {
            if (o.has(f)) {
                if (f == 55) {
                    b.set(f, o.bytes(f));
                } else {
                    b.set(f, o.text(f));
                }
            }
        }
        return send(mac(b.set(39, reason)));
    }

    /**
     * Settlement 0500 {@code 201} with the given totals in DE 48 (31 digits).
     *
     * @param debitCount   purchases
     * @param debitAmount  their sum
     * @param creditCount  refunds
     * @param creditAmount their sum
     * @return the exchange; DE 48 digit 31 of the answer is 1 (agree) or 2 (disagree)
     * @throws IOException if the connection breaks
     */
    public Exchange settle(int debitCount, long debitAmount, int creditCount, long creditAmount) throws IOException {
        String totals = String.format("%03d%012d%03d%012d0", debitCount, debitAmount, creditCount, creditAmount);
        return send(mac(request("0500", "00", "201").set(48, totals)));
    }

    /**
     * Adds DE 64 under the current MAK.
     *
     * @param b a request
     * @return the built request with its MAC
     * @throws IllegalStateException if not signed in
     */
    public IsoMessage mac(IsoMessage.Builder b) {
        if (mak == null) {
            throw new IllegalStateException("not signed in: no MAK");
        }
        IsoMessage m = b.build();
        return m.toBuilder().set(64, calculator().compute(CupProtocol.CODEC.macInput(m))).build();
    }

    private IsoMessage.Builder pin(IsoMessage.Builder b, String pan, String pin) {
        if (pin == null) {
            return b;
        }
        if (pik == null) {
            throw new IllegalStateException("not signed in: no PIK");
        }
        try (Pin p = Pin.parse(pin)) {
            return b.set(26, "12").set(52, PinBlocks.cipher(pik, PinBlockFormat.ISO_0).encrypt(p, pan))
                    .set(53, "2600000000000000");
        }
    }

    private MacCalculator calculator() {
        return Macs.create(mak, MacAlgorithm.CUP_ECB);
    }

    /**
     * Sends any request as it is and reads the answer.
     *
     * @param request the message (MAC already set if wanted)
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange send(IsoMessage request) throws IOException {
        byte[] answer = client.exchange(CupProtocol.CODEC.pack(request), timeout);
        return read(request, answer);
    }

    /**
     * Reads one more answer (for example the second of {@link FaultAction#ANSWER_TWICE}).
     *
     * @param request the request it answers
     * @return the exchange
     * @throws IOException if the connection breaks
     */
    public Exchange receive(IsoMessage request) throws IOException {
        return read(request, client.receive(timeout));
    }

    private Exchange read(IsoMessage request, byte[] answer) {
        if (answer == null) {
            return new Exchange(request, null, false);
        }
        IsoMessage r = CupProtocol.CODEC.unpack(answer);
        boolean valid = mak != null && r.has(64) && calculator().verify(CupProtocol.CODEC.macInput(r), r.bytes(64));
        return new Exchange(request, r, valid);
    }

    /** @return the underlying frame client (for raw bytes) */
    public SimulatorClient client() {
        return client;
    }

    private void dropKeys() {
        List<KeyHandle> old = new ArrayList<>();
        if (pik != null) {
            old.add(pik);
        }
        if (mak != null) {
            old.add(mak);
        }
        old.forEach(KeyHandle::close);
        pik = null;
        mak = null;
    }

    @Override
    public void close() throws IOException {
        dropKeys();
        tmk.close();
        client.close();
    }

    @Override
    public String toString() {
        return "CupTestTerminal[" + terminalId + "]";
    }
}
