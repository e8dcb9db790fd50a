package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.spec.Dialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Any sequence of set / replace / remove in any field order, with builds in between, gives the
 * same message as setting the final values in order; messages built earlier never change.
 */
class BuilderOperationsProperties {

    /** fields of iso87-binary with a value generator: n (fixed, var), ans (fixed, var), b */
    static final int[] FIELDS = {2, 3, 4, 11, 22, 32, 35, 37, 41, 43, 44, 48, 52, 55, 90, 102, 128};

    static Object value(int field, int seed) {
        String digits = (Integer.toString(Math.abs(seed * 7919 + field)) + "1234567890").repeat(5);
        return switch (field) {
            case 2 -> digits.substring(0, 12 + Math.abs(seed) % 8);
            case 3 -> digits.substring(0, 6);
            case 4 -> digits.substring(0, 12 - Math.abs(seed) % 3);
            case 11 -> digits.substring(0, 6);
            case 22 -> digits.substring(0, 3);
            case 32 -> digits.substring(0, 1 + Math.abs(seed) % 11);
            case 35 -> digits.substring(0, 8) + "=" + digits.substring(0, Math.abs(seed) % 9);
            case 37 -> ("R" + digits).substring(0, 12);
            case 41 -> "T" + Math.abs(seed) % 1000;
            case 43 -> "MERCHANT " + seed;
            case 44 -> "x".repeat(Math.abs(seed) % 26);
            case 48 -> "data-" + "y".repeat(Math.abs(seed) % 40);
            case 52, 128 -> new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) seed};
            case 55 -> new byte[Math.abs(seed) % 60];
            case 90 -> digits.substring(0, 20) + digits.substring(0, 20) + "00";
            default -> digits.substring(0, 10);
        };
    }

    static void set(IsoMessage.Builder b, int field, Object v) {
        if (v instanceof String s) {
            b.set(field, s);
        } else {
            b.set(field, (byte[]) v);
        }
    }

    @Property(tries = 600)
    void builder_anyOperationSequence_sameAsInOrderBuildAndEarlierMessagesUnchanged(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 2 * 17 - 1) Integer> ops,
            @ForAll @Size(max = 40) List<@IntRange(min = -500, max = 500) Integer> seeds) {
        IsoCodec codec = IsoCodec.of(Dialects.ISO87_BINARY);
        IsoMessage.Builder b = codec.builder("0200");
        Map<Integer, Object> model = new TreeMap<>();
        List<IsoMessage> built = new ArrayList<>();
        List<byte[]> packedThen = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            int op = ops.get(k);
            int field = FIELDS[op % FIELDS.length];
            if (op >= FIELDS.length && model.containsKey(field)) {
                b.remove(field);
                model.remove(field);
            } else {
                Object v = value(field, k < seeds.size() ? seeds.get(k) : k);
                set(b, field, v);
                model.put(field, v);
            }
            if (k % 3 == 0) {
                IsoMessage m = b.build();
                built.add(m);
                packedThen.add(codec.pack(m));
            }
        }
        IsoMessage.Builder fresh = codec.builder("0200");
        model.forEach((f, v) -> set(fresh, f, v));
        IsoMessage expected = fresh.build();
        IsoMessage actual = b.build();
        assertArrayEquals(codec.pack(expected), codec.pack(actual));
        assertEquals(expected, codec.unpack(codec.pack(actual)));
        for (int f : actual.fields()) {
            assertEquals(expected.text(f), actual.text(f));
        }
        assertArrayEquals(codec.pack(actual), codec.pack(actual.toBuilder().build()));
        for (int i = 0; i < built.size(); i++) {
            assertArrayEquals(packedThen.get(i), codec.pack(built.get(i)), "message built at step " + i);
        }
    }
}
