package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.DukptStateStore;
import io.pos4j.pin.DukptTerminal;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.terminal.spi.InMemoryHostLink;
import io.pos4j.terminal.spi.JournalRecord;
import io.pos4j.terminal.spi.TransactionJournal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcquirerProfileTest {

    static final byte[] KEY = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");

    static TransactionJournal memoryJournal() {
        return new TransactionJournal() {
            final List<JournalRecord> records = new ArrayList<>();

            @Override
            public JournalRecord append(JournalRecord r) {
                JournalRecord s = r.withSequence(records.size() + 1);
                records.add(s);
                return s;
            }

            @Override
            public List<JournalRecord> records() {
                return records;
            }

            @Override
            public RecoveryReport recoveryReport() {
                return new RecoveryReport(records.size(), 0, 0);
            }

            @Override
            public void close() {
            }
        };
    }

    static DukptTerminal tdesDevice() {
        try (KeyHandle ipek = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION,
                HexFormat.of().parseHex("6AC292FAA1315B4D858AB3A3D7D5933A"), InsecureKeyAccess.get())) {
            return DukptTerminal.loadTdes(ipek, Ksn.parse("FFFF9876543210E00000"), DukptStateStore.inMemory());
        }
    }

    @Test
    void profiles_nameDialectTablesAndTemplates() {
        try (KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, KEY,
                InsecureKeyAccess.get())) {
            AcquirerProfile cup = AcquirerProfile.cup(tmk);
            assertEquals("cup", cup.name());
            assertEquals("cup", cup.dialect());
            assertEquals("cup", cup.responseCodes().name());
            assertEquals("22", cup.template(TransactionType.PURCHASE).de60Code());
        }
        AcquirerProfile iso = AcquirerProfile.iso87Dukpt(tdesDevice());
        assertEquals("iso87", iso.name());
        assertEquals("iso87-binary", iso.dialect());
        assertEquals("iso87", iso.responseCodes().name());
        MessageTemplate refund = iso.template(TransactionType.REFUND);
        assertEquals("0220", refund.mti());
        assertEquals("0400", refund.reversalMti());
        assertEquals("", iso.template(TransactionType.BALANCE).reversalMti(), "a balance inquiry is never reversed");
    }

    @Test
    void iso87Dukpt_aesDevice_refused() {
        try (KeyHandle ik = KeyHandle.importRaw(KeyAlgorithm.AES, KeyUsage.DUKPT_DERIVATION, KEY,
                InsecureKeyAccess.get())) {
            DukptTerminal aes = DukptTerminal.loadAes(ik, Ksn.parse("123456789012345600000000"),
                    DukptStateStore.inMemory());
            assertThrows(IllegalArgumentException.class, () -> AcquirerProfile.iso87Dukpt(aes));
        }
    }

    @Test
    void builder_masterKeyAndAcquirer_refused_noneRefused() {
        try (KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION, KEY,
                InsecureKeyAccess.get())) {
            Terminal.Builder both = Terminal.builder().terminalId("12345678").merchantId("123456789012345")
                    .masterKey(tmk).acquirer(AcquirerProfile.iso87Dukpt(tdesDevice()))
                    .link(new InMemoryHostLink(r -> List.of())).journal(memoryJournal());
            IllegalStateException e = assertThrows(IllegalStateException.class, both::build);
            assertTrue(e.getMessage().contains("AcquirerProfile.cup"), e.getMessage());
            Terminal.Builder none = Terminal.builder().terminalId("12345678").merchantId("123456789012345")
                    .link(new InMemoryHostLink(r -> List.of())).journal(memoryJournal());
            assertTrue(assertThrows(IllegalStateException.class, none::build).getMessage().startsWith("acquirer"));
        }
    }

    @Test
    void dukptKeyStateNotSaved_purchaseAbortedJournalFailure_nothingSent() {
        DukptStateStore inner = DukptStateStore.inMemory();
        boolean[] failing = {false};
        DukptStateStore store = new DukptStateStore() {
            @Override
            public java.util.Optional<byte[]> load() {
                return inner.load();
            }

            @Override
            public void save(byte[] state) {
                if (failing[0]) {
                    throw new IllegalStateException("secure storage full");
                }
                inner.save(state);
            }
        };
        try (KeyHandle ipek = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.DUKPT_DERIVATION,
                HexFormat.of().parseHex("6AC292FAA1315B4D858AB3A3D7D5933A"), InsecureKeyAccess.get())) {
            DukptTerminal.loadTdes(ipek, Ksn.parse("FFFF9876543210E00000"), store);
        }
        List<String> sent = new ArrayList<>();
        io.pos4j.iso8583.IsoCodec codec = io.pos4j.iso8583.IsoCodec.of(io.pos4j.iso8583.spec.Dialects.ISO87_BINARY);
        InMemoryHostLink link = new InMemoryHostLink(r -> {
            io.pos4j.iso8583.IsoMessage m = codec.unpack(r);
            sent.add(m.mti().toString());
            return m.mti().toString().equals("0800")
                    ? List.of(codec.pack(m.responseBuilder(11, 41, 42, 70).set(39, "00").build())) : List.of();
        });
        try (Terminal t = Terminal.builder().terminalId("87654321").merchantId("123456789012345")
                .acquirer(AcquirerProfile.iso87Dukpt(DukptTerminal.restore(store))).link(link)
                .journal(memoryJournal()).sleeper(d -> { }).build();
             io.pos4j.pin.Pin pin = io.pos4j.pin.Pin.parse("1234")) {
            failing[0] = true;
            t.recover();
            TransactionResult r = t.purchase(CardInput.manual("4012345678909", "4912"), 1_00, pin);
            assertEquals("declined", r.outcome());
            assertEquals("journal-failure", r.diagnosis().orElseThrow().code());
            assertEquals(List.of("0800"), sent, "signed on, but no 0200 without a saved counter");
        }
    }
}
