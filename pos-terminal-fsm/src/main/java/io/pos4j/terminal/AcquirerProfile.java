package io.pos4j.terminal;

import io.pos4j.iso8583.Tpdu;
import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.terminal.internal.Acquirer;
import io.pos4j.terminal.internal.CupAcquirer;
import io.pos4j.terminal.internal.DukptAcquirer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which acquirer a {@link Terminal} talks to and how: the dialect and framing, the message table
 * per transaction type ({@link MessageTemplate}), the default response-code table and the security
 * scheme. Two profiles are built in, both spoken by pos-testkit's simulator (PROTOCOL.md):
 *
 * <ul>
 *   <li>{@link #cup(KeyHandle)}: China UnionPay terminal dialect; master/session keys: sign-in
 *       (0800 {@code 003}) delivers PIK and MAK under the TMK, installed only when every KCV
 *       verifies; ISO 9564 format 0 PIN blocks under the PIK; UnionPay ECB MAC under the MAK.</li>
 *   <li>{@link #iso87Dukpt(DukptTerminal)}: ISO 8583:1987 binary, TDES DUKPT (ANSI X9.24-1:2009):
 *       no key exchange, sign-in is a 0800 DE 70 {@code 001} sign-on; every PIN- or MAC-protected
 *       message (0200, 0220, 0400, 0500, 0320) uses the next DUKPT counter, its KSN in DE 62;
 *       PIN format 0 under the DUKPT PIN key; X9.19 MAC with the MAC request key, the answer
 *       verified with the MAC response key. The terminal holds only the DUKPT future keys (from
 *       the IPEK), never the BDK.</li>
 * </ul>
 *
 * <p>Both use 2-byte binary length framing ({@code TcpHostLink}). A profile holds no per-terminal
 * session state: each {@link Terminal} built from it gets its own (a DUKPT profile shares its
 * {@link DukptTerminal}, which is the device's key state).
 */
public final class AcquirerProfile {

    private final String name;
    private final String dialect;
    private final Supplier<Acquirer> factory;
    private final ResponseCodeTable responseCodes;

    private AcquirerProfile(String name, String dialect, ResponseCodeTable responseCodes, Supplier<Acquirer> factory) {
        this.name = name;
        this.dialect = dialect;
        this.responseCodes = responseCodes;
        this.factory = factory;
    }

    /**
     * The China UnionPay profile with the default TPDU {@code 6000030000} and header {@code 603100310100}.
     *
     * @param masterKey the TMK, usage KEY_ENCRYPTION (not closed by the terminal)
     * @return the profile
     */
    public static AcquirerProfile cup(KeyHandle masterKey) {
        return cup(masterKey, Tpdu.of("6000030000"), HexFormat.of().parseHex("603100310100"));
    }

    /**
     * @param masterKey the TMK, usage KEY_ENCRYPTION (not closed by the terminal)
     * @param tpdu      request TPDU
     * @param header    6-byte application header
     * @return the China UnionPay profile
     */
    public static AcquirerProfile cup(KeyHandle masterKey, Tpdu tpdu, byte[] header) {
        if (Objects.requireNonNull(masterKey, "masterKey").usage() != KeyUsage.KEY_ENCRYPTION) {
            throw new IllegalArgumentException("masterKey must have usage KEY_ENCRYPTION");
        }
        Objects.requireNonNull(tpdu, "tpdu");
        if (Objects.requireNonNull(header, "header").length != 6) {
            throw new IllegalArgumentException("header must have 6 bytes, has " + header.length);
        }
        byte[] h = header.clone();
        return new AcquirerProfile("cup", "cup", ResponseCodeTable.cup(), () -> new CupAcquirer(masterKey, tpdu, h));
    }

    /**
     * The ISO 8583:1987 binary profile for a TDES DUKPT device.
     *
     * @param dukpt the device's DUKPT state: {@code DukptTerminal.loadTdes(ipek, ksn, store)} once at key
     *              injection, {@code DukptTerminal.restore(store)} after every restart; its store must be
     *              durable (the counter is saved before each key is used). The terminal also journals
     *              every KSN it sends and, after a restart, moves the counter past the highest one
     *              journaled, so a store that lost writes still never makes a counter repeat.
     * @return the profile
     * @throws IllegalArgumentException for an AES DUKPT device (not supported by this profile)
     */
    public static AcquirerProfile iso87Dukpt(DukptTerminal dukpt) {
        Objects.requireNonNull(dukpt, "dukpt");
        if (dukpt.nextKsn().isAes()) {
            throw new IllegalArgumentException("iso87Dukpt needs a TDES DUKPT device (10-byte KSN)");
        }
        return new AcquirerProfile("iso87", "iso87-binary", ResponseCodeTable.iso87(), () -> new DukptAcquirer(dukpt));
    }

    /** @return {@code cup} or {@code iso87} */
    public String name() {
        return name;
    }

    /** @return the pos-iso8583 dialect name ({@code cup}, {@code iso87-binary}) */
    public String dialect() {
        return dialect;
    }

    /** @return the default response-code table ({@link Terminal.Builder#responseCodes} overrides it) */
    public ResponseCodeTable responseCodes() {
        return responseCodes;
    }

    /**
     * @param type a transaction type
     * @return the profile's message-table row for it
     */
    public MessageTemplate template(TransactionType type) {
        return name.equals("cup") ? MessageTemplate.cup(type) : MessageTemplate.iso87(type);
    }

    Acquirer newAcquirer() {
        return factory.get();
    }

    @Override
    public String toString() {
        return "AcquirerProfile[" + name + ", " + dialect + "]";
    }
}
