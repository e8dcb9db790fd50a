package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.Pin;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.InMemoryHostLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever bytes come back for a purchase (random, or a real 0210 with bytes flipped), the terminal
 * never approves without a verified MAC, never throws, and leaves the sale reversed or
 * reversal-pending. A journal file of any bytes opens without an exception.
 */
class HostileResponsePropertyTest {

    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(300);
    }

    @Property(tries = 60)
    void anyResponseBytes_neverApproved_reversalArmed(@ForAll("garbage") byte[] reply,
                                                      @ForAll @IntRange(min = 0, max = 2) int mode,
                                                      @ForAll @IntRange(min = 0, max = 400) int flip)
            throws IOException {
        Path dir = Files.createTempDirectory("pos4j-hostile");
        FakeCupHost real = new FakeCupHost();
        boolean[] signedIn = {false};
        InMemoryHostLink.Host hostile = request -> {
            List<byte[]> answers = real.handle(request);
            if (!signedIn[0]) {
                signedIn[0] = true; // let the sign-in through
                return answers;
            }
            if (mode == 0 || answers.isEmpty() || !isPurchase(request)) {
                return mode == 0 && isPurchase(request) ? List.of(reply) : answers;
            }
            byte[] a = answers.get(answers.size() - 1).clone();
            int at = 11 + flip % Math.max(1, a.length - 11);
            if (mode == 1) {
                a[at] ^= (byte) (1 + (reply.length == 0 ? 0 : reply[0] & 0x7F));
            } else {
                a = Arrays.copyOf(a, at);
            }
            return List.of(a);
        };
        FileJournal journal = FileJournal.open(dir);
        try (Terminal t = Terminal.builder().terminalId("12345678").merchantId("123456789012345")
                .masterKey(real.tmk()).link(new InMemoryHostLink(hostile)).journal(journal)
                .secureRandom(new SecureRandom(new byte[] {3})).sleeper(d -> { })
                .retryPolicy(RetryPolicy.exponential(Duration.ofMillis(1), Duration.ofMillis(2), 2,
                        new SplittableRandom(1)))
                .build(); Pin pin = Pin.parse(FakeCupHost.PIN)) {
            TransactionResult r = t.purchase(TerminalFixture.chip(), 100, pin);
            String id = "12345678-" + String.format("%06d", r.batch()) + "-" + String.format("%06d", r.stan());
            if (r.approved()) {
                assertTrue(real.everApproved.contains(id), "approved only with a host approval");
                assertFalse(mode == 0, "random bytes never approve");
            } else if (real.everApproved.contains(id)) {
                assertTrue(r.outcome().startsWith("revers"), "host approved, terminal did not: " + r.outcome());
            }
        } finally {
            journal.close();
            delete(dir);
        }
    }

    private static boolean isPurchase(byte[] request) {
        // CUP: TPDU 5 + header 6, then BCD MTI 02 00
        return request.length > 12 && request[11] == 0x02 && request[12] == 0x00;
    }

    @Property(tries = 120)
    void anyJournalBytes_openWithoutException(@ForAll("garbage") byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("pos4j-journal-fuzz");
        try {
            Files.write(dir.resolve(FileJournal.FILE_NAME), content);
            try (FileJournal j = FileJournal.open(dir)) {
                j.append(io.pos4j.terminal.spi.JournalRecord.of(java.time.Instant.EPOCH, "probe", java.util.Map.of()));
            }
            try (FileJournal j = FileJournal.open(dir)) {
                assertTrue(j.records().stream().anyMatch(r -> r.type().equals("probe")), "appends after damage survive");
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
