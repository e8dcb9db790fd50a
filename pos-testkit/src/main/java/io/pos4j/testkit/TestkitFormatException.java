package io.pos4j.testkit;

/**
 * A ledger, accounts or fault-spec text the simulator cannot read. The message names the line, the
 * column (1-based, 0 if unknown) and what was expected; it never contains the text itself.
 */
public final class TestkitFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * @param line   1-based line number (0 if not line-oriented)
     * @param column 1-based column (0 if unknown)
     * @param reason what was wrong, without data values
     */
    public TestkitFormatException(int line, int column, String reason) {
        super(describe(line, column, reason));
        this.line = line;
        this.column = column;
    }

    private static String describe(int line, int column, String reason) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("line ").append(line);
            if (column > 0) {
                sb.append(" column ").append(column);
            }
            sb.append(": ");
        }
        return sb.append(reason).toString();
    }

    /** @return 1-based line, 0 if unknown */
    public int line() {
        return line;
    }

    /** @return 1-based column, 0 if unknown */
    public int column() {
        return column;
    }
}
