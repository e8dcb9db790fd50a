package io.pos4j.terminal;

import io.pos4j.pin.Pin;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.InMemoryHostLink;
import io.pos4j.terminal.spi.TransactionJournal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/** A terminal wired to a {@link FakeCupHost} through an {@link InMemoryHostLink}, with a manual clock. */
final class TerminalFixture implements AutoCloseable {

    static final class ManualClock implements InstantSource {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    static final byte[] ICC = HexFormat.of().parseHex("9F2608A1B2C3D4E5F607089F2701809F10120110A00003220000000000000000000000FF"
            + "9F37041234ABCD9F36020001950500000000009A032603019C01009F02060000000012345F2A020156");

    final FakeCupHost host;
    final InMemoryHostLink link;
    final ManualClock clock = new ManualClock();
    final List<Duration> sleeps = new ArrayList<>();
    final List<TerminalEvent> events = new ArrayList<>();
    final TransactionJournal journal;
    final Terminal terminal;

    TerminalFixture(Path dir) {
        this(dir, new FakeCupHost());
    }

    TerminalFixture(Path dir, FakeCupHost host) {
        this(dir, host, FileJournal.open(dir));
    }

    TerminalFixture(Path dir, FakeCupHost host, TransactionJournal journal) {
        this.host = host;
        this.link = new InMemoryHostLink(host);
        this.journal = journal;
        this.terminal = Terminal.builder()
                .terminalId("12345678").merchantId("123456789012345")
                .acquirer(host.dukpt ? AcquirerProfile.iso87Dukpt(io.pos4j.pin.DukptTerminal.restore(host.deviceStore))
                        : AcquirerProfile.cup(host.tmk()))
                .link(link).journal(journal)
                .clock(clock)
                .secureRandom(new SecureRandom(new byte[] {7}))
                .sleeper(d -> {
                    sleeps.add(d);
                    clock.advance(d);
                })
                .retryPolicy(RetryPolicy.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 3,
                        new SplittableRandom(42)))
                .listener(events::add)
                .build();
    }

    static CardInput chip() {
        return CardInput.chip(FakeCupHost.PAN, "2812", "001", ICC);
    }

    TransactionResult purchase(long amount, String pin) {
        try (Pin p = Pin.parse(pin)) {
            return terminal.purchase(chip(), amount, p);
        }
    }

    @Override
    public void close() {
        terminal.close();
        journal.close();
    }
}
