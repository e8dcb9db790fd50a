package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.spec.Dialects;
import org.junit.jupiter.api.Test;

/**
 * The builder appends a field set after every field present without touching its slot table;
 * these cases mix appends with inserts, replacements and removals in all three bitmap words, so
 * the append check (the highest field present) must follow every change.
 */
class BuilderAppendTest {

    private final IsoCodec iso93 = IsoCodec.of(Dialects.ISO93_ASCII);

    @Test
    void appendsAfterInsertsAndRemovals_sameAsInOrder_inAllBitmapWords() {
        IsoMessage.Builder b = iso93.builder("1200")
                .set(3, "000000")
                .set(150, "tertiary")
                .set(130, "secondary")      // insert below the highest field
                .set(160, "appended")       // append above 150
                .remove(160)                // the highest field is 150 again
                .set(140, "inserted")       // insert, not append
                .set(155, "appended2")      // append above 150
                .remove(155)
                .remove(150)                // the highest field is now 140
                .set(145, "after-140")      // append above 140
                .set(11, "000123")          // insert into the primary word
                .remove(145)
                .remove(140)
                .remove(130)                // only the primary word is left: highest 11
                .setHex(64, "0123456789ABCDEF"); // append in the primary word
        IsoMessage expected = iso93.builder("1200").set(3, "000000").set(11, "000123")
                .setHex(64, "0123456789ABCDEF").build();
        IsoMessage actual = b.build();
        assertArrayEquals(iso93.pack(expected), iso93.pack(actual));
        assertEquals(expected, iso93.unpack(iso93.pack(actual)));
    }

    @Test
    void appendAfterBuild_leavesTheBuiltMessageUnchanged() {
        IsoMessage.Builder b = iso93.builder("1200").set(3, "000000").set(11, "000123");
        IsoMessage first = b.build();
        byte[] firstPacked = iso93.pack(first);
        IsoMessage second = b.set(41, "TERM0001").set(150, "more").build(); // appends in place while shared
        IsoMessage third = b.set(4, "000000001000").build();                 // an insert copies the buffer first
        assertArrayEquals(firstPacked, iso93.pack(first));
        assertEquals(2, first.fields().length);
        assertEquals(4, second.fields().length);
        assertEquals("more", second.text(150));
        assertEquals(5, third.fields().length);
        IsoMessage inOrder = iso93.builder("1200").set(3, "000000").set(4, "000000001000").set(11, "000123")
                .set(41, "TERM0001").set(150, "more").build();
        assertArrayEquals(iso93.pack(inOrder), iso93.pack(third));
    }

    @Test
    void appendsBeyondTheFirstBufferAndSlotTable_grow_sameAsInserts() {
        IsoMessage.Builder b = iso93.builder("1200");
        IsoMessage.Builder reversed = iso93.builder("1200");
        for (int f = 129; f <= 192; f += 3) { // 22 fields of up to 100 bytes: past 64 bytes and 8 slots
            b.set(f, value(f));
        }
        for (int f = 192; f >= 129; f -= 3) { // every set below the fields present: inserts
            reversed.set(f, value(f));
        }
        assertArrayEquals(iso93.pack(reversed.build()), iso93.pack(b.build()));
        assertEquals(22, b.build().fields().length);
    }

    private static String value(int field) {
        return ("v" + field).repeat(1 + field % 25);
    }
}
