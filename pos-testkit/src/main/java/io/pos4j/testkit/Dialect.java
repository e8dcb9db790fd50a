package io.pos4j.testkit;

import java.util.Objects;

/** The wire dialects the simulator speaks; names as in DESIGN.md's CLI contract. */
public enum Dialect {
    /** China UnionPay terminal style: TPDU, application header, TMK/working keys, UnionPay ECB MAC. */
    CUP("cup"),
    /** ISO 8583:1987 binary without TPDU, for TDES DUKPT terminals (X9.19 MAC). */
    ISO87_BINARY("iso87-binary");

    private final String cliName;

    Dialect(String cliName) {
        this.cliName = cliName;
    }

    /** @return the dialect's name in the CLI ({@code cup}, {@code iso87-binary}) */
    public String cliName() {
        return cliName;
    }

    /**
     * Looks a dialect up by its CLI name.
     *
     * @param name {@code cup} or {@code iso87-binary}
     * @return the dialect
     * @throws IllegalArgumentException for any other name
     */
    public static Dialect fromCliName(String name) {
        Objects.requireNonNull(name, "name");
        for (Dialect d : values()) {
            if (d.cliName.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dialect: " + name + " (expected: cup, iso87-binary)");
    }
}
