package io.pos4j.terminal.it;

import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Pin;
import io.pos4j.terminal.CardInput;
import io.pos4j.terminal.RetryPolicy;
import io.pos4j.terminal.Terminal;
import io.pos4j.terminal.spi.FileJournal;
import io.pos4j.terminal.spi.TcpHostLink;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The child JVM of {@link CrashRecoveryTest}: a terminal that recovers its journal, signs in and
 * buys until it is killed with SIGKILL. Arguments: port, journal directory, seed, acquirer ({@code cup}
 * or {@code iso87}: DUKPT state in {@code dukpt.state} of the journal directory).
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[2]));
        KeyHandle tmk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.KEY_ENCRYPTION,
                SimulatorIntegrationTest.TMK, InsecureKeyAccess.get());
        FileJournal journal = FileJournal.open(dir);
        Terminal t = Terminal.builder().terminalId(SimulatorIntegrationTest.TID).merchantId("123456789012345")
                .acquirer(CrashRecoveryTest.profile(args.length > 3 ? args[3] : "cup", tmk, dir)).journal(journal)
                .link(TcpHostLink.to(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)))
                .responseTimeout(Duration.ofMillis(150))
                .retryPolicy(RetryPolicy.exponential(Duration.ofMillis(10), Duration.ofMillis(50), 2,
                        new SplittableRandom(random.nextLong())))
                .build();
        t.recover();
        t.signIn();
        System.out.println("ready");
        System.out.flush();
        CardInput card = CardInput.chip(SimulatorIntegrationTest.PAN, "4912", "001", SimulatorIntegrationTest.ICC);
        while (true) {
            try (Pin pin = Pin.parse("123456")) {
                t.purchase(card, 1 + random.nextInt(100), pin);
            }
        }
    }
}
