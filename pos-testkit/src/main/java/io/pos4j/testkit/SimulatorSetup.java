package io.pos4j.testkit;

import io.pos4j.testkit.internal.JsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accounts and terminals for a simulator, from a JSON-lines file ({@code pos4j simulator
 * --accounts FILE}) or the built-in demo set. One object per line, blank lines and lines starting
 * with {@code #} ignored:
 *
 * <pre>
 * {"kind":"account","pan":"6222021234567890123","pin":"123456","balance":100000,"expiry":"2049-12","status":"active","limit":50000}
 * {"kind":"terminal","tid":"12345678","mid":"123456789012345","tmk":"0123456789ABCDEFFEDCBA9876543210","bdk":"...","registered":true,"permitted":"PURCHASE,REFUND"}
 * </pre>
 *
 * Only {@code kind}, {@code pan}, {@code pin} (accounts) and {@code kind}, {@code tid}, {@code mid}
 * (terminals) are required. The file holds test secrets by design; keep it out of production.
 *
 * @param accounts  the card accounts
 * @param terminals the terminals
 */
public record SimulatorSetup(List<Account> accounts, List<Terminal> terminals) {

    /** The demo TMK and BDK: the well-known ANSI X9.24 test key {@code 0123456789ABCDEFFEDCBA9876543210}. */
    public static final String DEMO_KEY_HEX = "0123456789ABCDEFFEDCBA9876543210";

    /** Copies the lists. */
    public SimulatorSetup {
        accounts = List.copyOf(accounts);
        terminals = List.copyOf(terminals);
    }

    /**
     * The demo set: terminal {@code 12345678} / merchant {@code 123456789012345} with the demo TMK
     * and BDK; cards {@code 6222021234567890123} (PIN 123456, 1000.00), {@code 6222020000000000018}
     * (PIN 1234, 5.00), {@code 6222029999999990001} (blocked), {@code 6222028888888880002}
     * (expired 2020-01).
     *
     * @return the set
     */
    public static SimulatorSetup demo() {
        byte[] key = HexFormat.of().parseHex(DEMO_KEY_HEX);
        return new SimulatorSetup(List.of(
                Account.builder("6222021234567890123").pin("123456").balance(1000_00).build(),
                Account.builder("6222020000000000018").pin("1234").balance(5_00).build(),
                Account.builder("6222029999999990001").pin("1234").balance(1000_00).status(AccountStatus.BLOCKED).build(),
                Account.builder("6222028888888880002").pin("1234").balance(1000_00).expiry(YearMonth.of(2020, 1)).build()),
                List.of(Terminal.builder("12345678", "123456789012345").tmk(key).bdk(key).build()));
    }

    /**
     * @param file a JSON-lines setup file
     * @return the setup
     * @throws IOException if unreadable
     * @throws TestkitFormatException naming the line and the problem
     */
    public static SimulatorSetup read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * @param lines the file's lines
     * @return the setup
     * @throws TestkitFormatException naming the line and the problem (never the value)
     */
    public static SimulatorSetup parse(List<String> lines) {
        List<Account> accounts = new ArrayList<>();
        List<Terminal> terminals = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int n = i + 1;
            Map<String, Object> m = JsonLines.read(line, n);
            try {
                switch (LedgerFile.str(m, "kind", n)) {
                    case "account" -> accounts.add(account(m, n));
                    case "terminal" -> terminals.add(terminal(m, n));
                    default -> throw new TestkitFormatException(n, 0, "kind: expected account or terminal");
                }
            } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
                throw new TestkitFormatException(n, 0, e.getMessage());
            }
        }
        return new SimulatorSetup(accounts, terminals);
    }

    private static Account account(Map<String, Object> m, int n) {
        Account.Builder b = Account.builder(LedgerFile.str(m, "pan", n)).pin(LedgerFile.str(m, "pin", n));
        if (m.containsKey("balance")) {
            b.balance(LedgerFile.num(m, "balance", n));
        }
        if (m.containsKey("expiry")) {
            try {
                b.expiry(YearMonth.parse(LedgerFile.str(m, "expiry", n)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("expiry: expected YYYY-MM");
            }
        }
        if (m.containsKey("status")) {
            try {
                b.status(AccountStatus.valueOf(LedgerFile.str(m, "status", n).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status: expected active, blocked or lost");
            }
        }
        if (m.containsKey("limit")) {
            b.perTransactionLimit(LedgerFile.num(m, "limit", n));
        }
        return b.build();
    }

    private static Terminal terminal(Map<String, Object> m, int n) {
        Terminal.Builder b = Terminal.builder(LedgerFile.str(m, "tid", n), LedgerFile.str(m, "mid", n));
        if (m.containsKey("tmk")) {
            b.tmk(hex(LedgerFile.str(m, "tmk", n), "tmk"));
        }
        if (m.containsKey("bdk")) {
            b.bdk(hex(LedgerFile.str(m, "bdk", n), "bdk"));
        }
        if (m.containsKey("registered")) {
            Object r = m.get("registered");
            if (!(r instanceof Boolean flag)) {
                throw new IllegalArgumentException("registered: expected true or false");
            }
            b.registered(flag);
        }
        if (m.containsKey("permitted")) {
            Set<TransactionType> types = EnumSet.noneOf(TransactionType.class);
            for (String t : LedgerFile.str(m, "permitted", n).split(",")) {
                try {
                    types.add(TransactionType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("permitted: expected transaction types such as PURCHASE,REFUND");
                }
            }
            b.permitted(types);
        }
        return b.build();
    }

    private static byte[] hex(String s, String name) {
        try {
            return HexFormat.of().parseHex(s.replace(" ", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": expected 32 hex digits");
        }
    }

    /**
     * Adds these accounts and terminals to a builder.
     *
     * @param builder a simulator builder
     * @return the builder
     */
    public AcquirerSimulator.Builder applyTo(AcquirerSimulator.Builder builder) {
        accounts.forEach(builder::account);
        terminals.forEach(builder::terminal);
        return builder;
    }
}
