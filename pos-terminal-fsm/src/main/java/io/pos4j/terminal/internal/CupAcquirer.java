package io.pos4j.terminal.internal;

import io.pos4j.iso8583.Tpdu;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyExchange;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.PinException;
import io.pos4j.pin.WrappedKey;
import io.pos4j.terminal.LocalCause;
import io.pos4j.terminal.MessageTemplate;
import io.pos4j.terminal.ResponseCodeTable;
import io.pos4j.terminal.TransactionType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The China UnionPay terminal profile (pos-testkit PROTOCOL.md, dialect {@code cup}): TPDU and
 * application header, sign-in 0800 {@code 003} delivering PIK + MAK under the TMK (installed only
 * when every KCV verifies), UnionPay ECB MAC, network management 0820.
 */
public final class CupAcquirer extends Acquirer {

    private final KeyHandle masterKey;
    private final CupWireCodec codec;
    private Keys keys;

    /**
     * @param masterKey the TMK (KEY_ENCRYPTION; not closed here)
     * @param tpdu      request TPDU
     * @param header    6-byte application header
     */
    public CupAcquirer(KeyHandle masterKey, Tpdu tpdu, byte[] header) {
        this.masterKey = Objects.requireNonNull(masterKey, "masterKey");
        this.codec = new CupWireCodec(tpdu, header);
    }

    @Override
    public String name() {
        return "cup";
    }

    @Override
    public ResponseCodeTable responseCodes() {
        return ResponseCodeTable.cup();
    }

    @Override
    public MessageTemplate template(TransactionType type) {
        return MessageTemplate.cup(type);
    }

    @Override
    WireCodec codec() {
        return codec;
    }

    @Override
    String de60(MessageTemplate t, String batch6) {
        return t.de60Code() + batch6 + "000";
    }

    @Override
    String adminDe60(String batch6, String code) {
        return "00" + batch6 + code;
    }

    @Override
    boolean hasKeys() {
        return keys != null;
    }

    @Override
    MessageKeys keys() {
        if (keys == null) {
            throw new KeysUnavailableException(LocalCause.KEYS_MISSING, "no working keys");
        }
        return keys;
    }

    @Override
    void invalidate() {
        if (keys != null) {
            keys.close();
            keys = null;
        }
    }

    @Override
    WireMessage signInRequest(int stan, Settings s, String batch6) {
        Map<Integer, Object> f = new TreeMap<>();
        f.put(11, String.format("%06d", stan));
        f.put(41, s.terminalId());
        f.put(42, s.merchantId());
        f.put(60, "00" + batch6 + "003");
        f.put(63, s.operator());
        return new WireMessage("0800", f);
    }

    @Override
    SignIn install(WireMessage m, long batch, int generation) {
        byte[] de62 = m.bytes(62);
        if (de62 == null || de62.length != 40) {
            return new SignIn(LocalCause.MALFORMED_RESPONSE, batch);
        }
        List<KeyHandle> installed;
        try {
            installed = KeyExchange.unwrapAll(masterKey, List.of(
                    WrappedKey.of(KeyUsage.PIN_ENCRYPTION, KeyAlgorithm.TDES, Arrays.copyOfRange(de62, 0, 16),
                            Arrays.copyOfRange(de62, 16, 20)),
                    WrappedKey.of(KeyUsage.MAC, KeyAlgorithm.TDES, Arrays.copyOfRange(de62, 20, 36),
                            Arrays.copyOfRange(de62, 36, 40))));
        } catch (PinException e) {
            // all or nothing: unwrapAll destroyed whatever it had decrypted; the old keys stay unusable
            invalidate();
            return new SignIn(LocalCause.KCV_MISMATCH, batch);
        } finally {
            Arrays.fill(de62, (byte) 0);
        }
        String de60 = m.text(60);
        if (de60 != null && de60.length() >= 8 && de60.substring(2, 8).chars().allMatch(Character::isDigit)) {
            batch = Long.parseLong(de60.substring(2, 8));
        }
        invalidate();
        keys = new Keys(installed.get(0), installed.get(1), generation);
        return new SignIn(null, batch);
    }

    @Override
    WireMessage networkRequest(int stan, Settings s, String batch6, String code) {
        Map<Integer, Object> f = new TreeMap<>();
        f.put(11, String.format("%06d", stan));
        f.put(41, s.terminalId());
        f.put(42, s.merchantId());
        f.put(60, "00" + batch6 + code);
        return new WireMessage("0820", f);
    }

    @Override
    void close() {
        invalidate();
    }

    @Override
    public String toString() {
        return "CupAcquirer[" + (keys == null ? "no keys" : keys) + "]";
    }
}
