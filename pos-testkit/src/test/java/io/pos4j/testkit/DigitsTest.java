package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.testkit.internal.Digits;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The zero-padding helper that replaced String.format on the answer path. */
class DigitsTest {

    @Property(tries = 2000)
    void pad_equalsStringFormat(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long v, @ForAll @IntRange(min = 1, max = 14) int width) {
        assertEquals(String.format("%0" + width + "d", v), Digits.pad(v, width));
    }

    @Property(tries = 500)
    void twos_equalsStringFormat(@ForAll @IntRange(min = 0, max = 99) int a, @ForAll @IntRange(min = 0, max = 99) int b) {
        assertEquals(String.format("%02d%02d", a, b), Digits.twos(a, b));
    }
}
