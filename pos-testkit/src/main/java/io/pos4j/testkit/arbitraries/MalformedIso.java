package io.pos4j.testkit.arbitraries;

import io.pos4j.iso8583.IsoParseException;
import io.pos4j.iso8583.spec.MessageSpec;
import java.util.Objects;

/**
 * An ISO 8583 input with one planted defect and the reason a correct parser reports for it.
 *
 * @param spec     the layout the input claims to follow
 * @param input    the bytes (a private copy; the accessor returns a copy)
 * @param expected the {@link IsoParseException.Reason} the parser must report
 * @param defect   what was done, such as "length prefix of field 35 points past the end"
 */
public record MalformedIso(MessageSpec spec, byte[] input, IsoParseException.Reason expected, String defect) {

    /** Copies the input and checks for nulls. */
    public MalformedIso {
        Objects.requireNonNull(spec, "spec");
        input = Objects.requireNonNull(input, "input").clone();
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(defect, "defect");
    }

    /** @return a copy of the input bytes */
    @Override
    public byte[] input() {
        return input.clone();
    }

    /** @return the defect, reason and size, never the bytes */
    @Override
    public String toString() {
        return "MalformedIso[" + spec.name() + ": " + defect + " -> " + expected + ", " + input.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MalformedIso m && spec.equals(m.spec) && java.util.Arrays.equals(input, m.input)
                && expected == m.expected && defect.equals(m.defect);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, java.util.Arrays.hashCode(input), expected, defect);
    }
}
