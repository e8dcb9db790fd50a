package io.pos4j.examples.tutorial;

import io.pos4j.examples.Pos4j;
import java.io.PrintWriter;

/** Tutorial 5: a terminal's day, the scripted demo against the embedded acquirer simulator. */
public final class TerminalDay {

    private TerminalDay() {
    }

    /** Runs {@code pos4j demo}: sign-in, purchases, PIN lockout, reversal, restart, settlement. */
    public static void main(String[] args) {
        // [snippet:demo]
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = Pos4j.run(new String[] {"demo"}, out, err);   // same as: java -jar pos4j.jar demo
        System.out.println("exit status " + status);
        // [end:demo]
    }
}
