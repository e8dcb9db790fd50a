package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The ledger's money invariant under any interleaving of purchases and (repeated) reversals. */
class LedgerProperties {
    static final String[] PANS = {"6222021234567890123", "6222021111111110001", "6222022222222220002"};
    static final String[] TIDS = {"TERM0001", "TERM0002", "TERM0003"};
    static final long OPENING = 500_00;

    /** One step: a purchase (amount > 0) or a reversal of a STAN (amount == 0). */
    record Step(int terminal, int card, int stan, long amount) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, TIDS.length - 1),
                Arbitraries.integers().between(0, PANS.length - 1),
                Arbitraries.integers().between(1, 12),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 200_00)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(0L))))
                .as(Step::new);
        return step.list().ofMaxSize(60);
    }

    @Property(tries = 400)
    void balance_equalsOpeningMinusApprovedNonReversedPurchases(@ForAll("steps") List<Step> steps) {
        Accounts accounts = new Accounts(3);
        for (String pan : PANS) {
            accounts.add(Account.builder(pan).pin("1234").balance(OPENING).build());
        }
        HostBook book = new HostBook(accounts, new Ledger(), new ManualClock(Instant.parse("2026-11-22T00:00:00Z")));
        for (Step s : steps) {
            String stan = String.format("%06d", s.stan());
            if (s.amount() > 0) {
                book.financial(new HostBook.Request(TransactionType.PURCHASE, TIDS[s.terminal()], "123456789012345",
                        "000001", stan, PANS[s.card()], s.amount(), "156", null, null, null, null));
            } else {
                book.reversal(TIDS[s.terminal()], "123456789012345", "000001", stan, PANS[s.card()], 0, "156", "98");
            }
        }
        Ledger ledger = book.ledger();
        Set<String> reversed = new HashSet<>();
        for (LedgerEntry e : ledger.entries()) {
            if (e.type() == TransactionType.REVERSAL && !e.originalKey().isEmpty()) {
                reversed.add(e.originalKey());
            }
        }
        for (String pan : PANS) {
            String masked = Account.builder(pan).pin("1234").build().maskedPan();
            long debited = ledger.entries().stream()
                    .filter(e -> e.type() == TransactionType.PURCHASE && e.approved() && e.maskedPan().equals(masked)
                            && !reversed.contains(e.key()))
                    .mapToLong(LedgerEntry::amount).sum();
            assertEquals(OPENING - debited, accounts.balance(pan), "balance of " + masked);
        }
    }
}
