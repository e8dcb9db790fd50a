package io.pos4j.testkit;

import io.pos4j.testkit.internal.SystemScheduler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An acquirer host on loopback for terminal tests: accounts, terminals, a ledger, and fault
 * injection. Start it with {@link #builder()}, point the terminal at {@code 127.0.0.1:}{@link
 * #port()}, close it when done. Thread-safe; every accessor reflects the live state.
 *
 * <pre>{@code
 * try (AcquirerSimulator sim = AcquirerSimulator.builder()
 *         .terminal(Terminal.builder("12345678", "123456789012345").tmk(tmk).build())
 *         .account(Account.builder("6222021234567890123").pin("123456").balance(100_00).build())
 *         .start()) {
 *     sim.faults().add(FaultRule.builder(FaultAction.DROP).mti("0200").nth(1).build());
 *     // ... run the terminal against sim.port() ...
 *     assertEquals(100_00 - 12_34, sim.accounts().balance("6222021234567890123"));
 * }
 * }</pre>
 */
public final class AcquirerSimulator implements AutoCloseable {
    private final Dialect dialect;
    private final HostBook book;
    private final Faults faults;
    private final Sessions sessions;
    private final SimulatorServer server;
    private final SystemScheduler ownScheduler;

    private AcquirerSimulator(Builder b) throws IOException {
        this.dialect = b.dialect;
        Accounts accounts = new Accounts(b.maxPinTries);
        for (Account a : b.accounts) {
            accounts.add(a);
        }
        Ledger ledger = new Ledger();
        this.book = new HostBook(accounts, ledger, b.clock);
        for (Terminal t : b.terminals) {
            book.addTerminal(t);
        }
        if (b.ledgerFile != null) {
            if (Files.exists(b.ledgerFile)) {
                book.replay(LedgerFile.read(b.ledgerFile));
            }
            ledger.attach(b.ledgerFile);
        }
        this.faults = new Faults();
        for (FaultRule r : b.faults) {
            faults.add(r);
        }
        this.sessions = new Sessions();
        this.ownScheduler = b.scheduler == null ? new SystemScheduler() : null;
        Scheduler scheduler = b.scheduler != null ? b.scheduler : ownScheduler;
        HostProtocol protocol = b.protocol != null ? b.protocol.apply(book)
                : Protocols.create(dialect, book, sessions, b.clock, b.random != null ? b.random : new SecureRandom());
        try {
            this.server = new SimulatorServer(b.port, new ConnectionHandler(protocol, faults, scheduler,
                    b.terminalTimeout, b.maxFrameLength), faults);
        } catch (IOException | RuntimeException e) {
            ledger.closeSink();
            if (ownScheduler != null) {
                ownScheduler.close();
            }
            throw e;
        }
    }

    /** @return a builder: dialect {@code cup}, ephemeral port, 3 PIN tries, 60 s terminal timeout */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the bound TCP port on 127.0.0.1 */
    public int port() {
        return server.port();
    }

    /** @return {@code 127.0.0.1:port} */
    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port());
    }

    /** @return the dialect spoken */
    public Dialect dialect() {
        return dialect;
    }

    /** @return the live accounts (balances, statuses, PIN counters) */
    public Accounts accounts() {
        return book.accounts();
    }

    /** @return the ledger */
    public Ledger ledger() {
        return book.ledger();
    }

    /** @return the live fault rules and the host-down switch */
    public Faults faults() {
        return faults;
    }

    /**
     * Registers (or replaces) a terminal while running.
     *
     * @param terminal the terminal
     */
    public void addTerminal(Terminal terminal) {
        book.addTerminal(Objects.requireNonNull(terminal, "terminal"));
        sessions.signOff(terminal.terminalId());
    }

    /**
     * @param terminalId DE 41
     * @return true if the terminal holds working keys from a sign-in (or is a DUKPT terminal that
     *     signed on)
     */
    public boolean isSignedIn(String terminalId) {
        return sessions.isSignedIn(terminalId);
    }

    /**
     * Forgets a terminal's working keys, as after a host-side key change: its next financial
     * request is answered {@code 97}.
     *
     * @param terminalId DE 41
     */
    public void signOff(String terminalId) {
        sessions.signOff(terminalId);
    }

    /** @return currently open terminal connections */
    public int openConnections() {
        return server.openConnections();
    }

    /** Stops listening, closes every connection and the ledger file. Idempotent. */
    @Override
    public void close() {
        server.close();
        book.ledger().closeSink();
        if (ownScheduler != null) {
            ownScheduler.close();
        }
        sessions.clear();
    }

    @Override
    public String toString() {
        return "AcquirerSimulator[" + dialect.cliName() + " on 127.0.0.1:" + server.port() + "]";
    }

    /** Configures and starts an {@link AcquirerSimulator}. */
    public static final class Builder {
        private Dialect dialect = Dialect.CUP;
        private int port;
        private final List<Account> accounts = new ArrayList<>();
        private final List<Terminal> terminals = new ArrayList<>();
        private final List<FaultRule> faults = new ArrayList<>();
        private int maxPinTries = 3;
        private InstantSource clock = Clock.systemUTC();
        private Scheduler scheduler;
        private Duration terminalTimeout = Duration.ofSeconds(60);
        private int maxFrameLength = 8192;
        private Path ledgerFile;
        private SecureRandom random;
        private java.util.function.Function<HostBook, HostProtocol> protocol;

        private Builder() {
        }

        /** For tests of the server machinery: a protocol instead of the dialect's. */
        Builder protocol(java.util.function.Function<HostBook, HostProtocol> factory) {
            this.protocol = factory;
            return this;
        }

        /**
         * @param dialect the wire dialect
         * @return this
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * @param port TCP port on 127.0.0.1, 0 for an ephemeral one (see {@link AcquirerSimulator#port()})
         * @return this
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port: expected 0 to 65535");
            }
            this.port = port;
            return this;
        }

        /**
         * @param account a card account
         * @return this
         */
        public Builder account(Account account) {
            accounts.add(Objects.requireNonNull(account, "account"));
            return this;
        }

        /**
         * @param terminal a terminal the acquirer knows
         * @return this
         */
        public Builder terminal(Terminal terminal) {
            terminals.add(Objects.requireNonNull(terminal, "terminal"));
            return this;
        }

        /**
         * @param rule a fault rule active from the start
         * @return this
         */
        public Builder fault(FaultRule rule) {
            faults.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * @param tries consecutive wrong PINs after which a card answers {@code 75}
         * @return this
         */
        public Builder maxPinTries(int tries) {
            if (tries < 1) {
                throw new IllegalArgumentException("maxPinTries: must be positive");
            }
            this.maxPinTries = tries;
            return this;
        }

        /**
         * @param clock time for expiry checks, DE 12/13 and the ledger (e.g. a {@link ManualClock})
         * @return this
         */
        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param scheduler runs delayed answers (e.g. a {@link ManualClock}); default: a real-time thread
         * @return this
         */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * @param timeout the terminal's response timeout; {@link FaultAction#RESPOND_LATE} answers
         *     one second after it
         * @return this
         */
        public Builder terminalTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("terminalTimeout: must be positive");
            }
            this.terminalTimeout = timeout;
            return this;
        }

        /**
         * @param bytes largest accepted frame; longer length prefixes close the connection
         * @return this
         */
        public Builder maxFrameLength(int bytes) {
            if (bytes < 16 || bytes > 65535) {
                throw new IllegalArgumentException("maxFrameLength: expected 16 to 65535");
            }
            this.maxFrameLength = bytes;
            return this;
        }

        /**
         * Persists the ledger: an existing file is replayed first (balances, reversals and STANs
         * carry over), then new entries are appended, one JSON line each.
         *
         * @param file the ledger file
         * @return this
         */
        public Builder ledgerFile(Path file) {
            this.ledgerFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * @param random source of working keys; default a new {@link SecureRandom}
         * @return this
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Binds and starts serving.
         *
         * @return the running simulator
         * @throws UncheckedIOException if the port cannot be bound or the ledger file read
         * @throws TestkitFormatException if the ledger file is not a ledger
         */
        public AcquirerSimulator start() {
            try {
                return new AcquirerSimulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("simulator: " + e.getMessage(), e);
            }
        }
    }
}
