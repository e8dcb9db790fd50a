package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.internal.FieldCodec;
import io.pos4j.iso8583.internal.Plan;
import io.pos4j.iso8583.internal.Scanner;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.MessageSpec;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whole-message scanning (fast paths, runs of digit fields checked together) gives exactly what
 * validating field after field with the generic scan gives: same offsets, or the same first error,
 * on valid messages with one byte changed and bitmaps announcing undefined fields.
 */
class ScanOrderProperties {

    @Property(tries = 2000)
    void scanFields_mutatedMessages_sameAsFieldByFieldGenericScan(@ForAll boolean ascii,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 16) Integer> picks,
            @ForAll @IntRange(min = -1, max = 400) int at, @ForAll @IntRange(min = 0, max = 255) int value,
            @ForAll @IntRange(min = 0, max = 70) int extraBit) {
        MessageSpec spec = ascii ? Dialects.ISO87_ASCII : Dialects.ISO87_BINARY.toBuilder().remove(5).build();
        IsoCodec codec = IsoCodec.of(spec);
        IsoMessage.Builder b = codec.builder("0200");
        for (int k = 0; k < picks.size(); k++) {
            int field = BuilderOperationsProperties.FIELDS[picks.get(k)];
            BuilderOperationsProperties.set(b, field, BuilderOperationsProperties.value(field, k * 31 + picks.get(k)));
        }
        IsoMessage m = b.build();
        byte[] packed = codec.pack(m);
        int start = packed.length - (m.bofs[m.count()] - m.bofs[0]);
        if (at >= start && at < packed.length) {
            packed[at] = (byte) value;
        }
        long w0 = m.w0 | (extraBit >= 2 && extraBit <= 64 ? 1L << (extraBit - 1) : 0);
        Plan[] plans = Plan.compile(spec);
        int count = Long.bitCount(w0) + Long.bitCount(m.w1) + 1;
        char[] fast = new char[count];
        char[] slow = new char[count];
        Object a = run(() -> Scanner.scanFields(plans, spec.name(), packed, start, packed.length, w0, m.w1, 0, fast,
                9999));
        Object r = run(() -> reference(spec, packed, start, packed.length, w0, m.w1, slow));
        assertEquals(r, a);
        if (a instanceof Integer) {
            assertEquals(Arrays.toString(slow), Arrays.toString(fast));
        }
    }

    private static int reference(MessageSpec spec, byte[] b, int pos, int end, long w0, long w1, char[] offs) {
        int i = 0;
        for (int field = 2; field <= 128; field++) {
            long w = field <= 64 ? w0 : w1;
            if ((w & 1L << ((field - 1) & 63)) == 0) {
                continue;
            }
            if (spec.field(field) == null) {
                throw new IsoParseException(IsoParseException.Reason.UNKNOWN_FIELD, Integer.toString(field), pos,
                        "field " + field + ": bitmap announces a field " + spec.name() + " does not define at offset "
                                + pos);
            }
            offs[i++] = (char) pos;
            pos = FieldCodec.scan(spec.field(field), field, b, pos, end, 9999);
        }
        offs[i] = (char) pos;
        return pos;
    }

    private static Object run(java.util.function.IntSupplier s) {
        try {
            return s.getAsInt();
        } catch (IsoParseException e) {
            return e.reason() + "@" + e.offset() + " " + e.fieldPath() + ": " + e.getMessage();
        }
    }
}
