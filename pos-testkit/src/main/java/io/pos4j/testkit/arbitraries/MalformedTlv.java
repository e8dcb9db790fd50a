package io.pos4j.testkit.arbitraries;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.TlvOptions;
import io.pos4j.emv.tlv.TlvParseException;
import java.util.Objects;

/**
 * A BER-TLV input with one planted defect and the reason a correct parser reports for it under
 * the given options.
 *
 * @param input    the bytes
 * @param options  the parser options the expectation holds for
 * @param expected the {@link TlvParseException.Reason} the parser must report
 * @param defect   what was done, such as "nesting 40 deep (limit 32)"
 */
public record MalformedTlv(Bytes input, TlvOptions options, TlvParseException.Reason expected, String defect) {

    /** Checks for nulls. */
    public MalformedTlv {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(defect, "defect");
    }

    /** @return the defect, reason and size, never the bytes */
    @Override
    public String toString() {
        return "MalformedTlv[" + defect + " -> " + expected + ", " + input.length() + " bytes]";
    }
}
