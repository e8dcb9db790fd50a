package io.pos4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.examples.Pos4j;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DESIGN.md contract every command shares: help, version, exit 2 with one error line. */
class CliContractTest {

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Pos4j.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void help_listsEveryCommand() {
        Result r = run("--help");
        assertEquals(0, r.status());
        for (String c : List.of("demo", "decode", "encode", "tlv", "pin", "dukpt", "mac", "kcv",
                "explain", "simulator", "soak", "journal")) {
            assertTrue(r.out().contains("  " + c), "help lists " + c + ":\n" + r.out());
        }
    }

    @Test
    void version_printsProjectVersion() {
        Result r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("pos4j 0."), r.out());
    }

    @Test
    void unknownCommand_exits2_withOneErrorLine() {
        Result r = run("nonsense");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains("nonsense"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void unknownOption_exits2_withErrorLine() {
        Result r = run("--frobnicate");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: "), r.err());
    }

    @Test
    void describe_foreignException_namesTypeAndHintsDebug() {
        String text = ErrorReporting.describe(new IllegalStateException("boom"));
        assertEquals("internal error (IllegalStateException): boom; rerun with --debug for details", text);
        assertEquals("bad --hex", ErrorReporting.describe(new CliException("bad --hex")));
    }

    @Test
    void hexInput_acceptsSpacesAndEitherCase() {
        assertArrayEquals(new byte[] {(byte) 0xAB, 0x01, (byte) 0xCD},
                HexInput.parse("--hex", "ab 01\ncD"));
        assertEquals("AB01CD", HexInput.format(new byte[] {(byte) 0xAB, 0x01, (byte) 0xCD}));
    }

    @Test
    void hexInput_rejectsOddLengthAndNonHex_namingTheOption() {
        CliException odd = assertThrows(CliException.class, () -> HexInput.parse("--key", "ABC"));
        assertTrue(odd.getMessage().startsWith("--key: odd number of hex digits"), odd.getMessage());
        CliException bad = assertThrows(CliException.class, () -> HexInput.parse("--hex", "12G4"));
        assertEquals("--hex: not a hex digit at character 2 (expected 0-9, A-F)", bad.getMessage());
    }
}
