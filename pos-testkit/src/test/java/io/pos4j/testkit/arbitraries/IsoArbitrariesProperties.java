package io.pos4j.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.IsoParseException;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.MessageSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IsoArbitrariesProperties {

    @Example
    void messages_overManySamples_coverEveryBitmapLevelAndDialect() {
        for (MessageSpec spec : List.of(Dialects.ISO87_ASCII, Dialects.ISO87_BINARY, Dialects.ISO93_ASCII,
                Dialects.CUP)) {
            boolean secondary = false;
            boolean tertiary = false;
            boolean primaryOnly = false;
            for (IsoMessage m : IsoArbitraries.messages(spec).sampleStream().limit(300).toList()) {
                int max = m.fields().length == 0 ? 0 : m.fields()[m.fields().length - 1];
                secondary |= java.util.Arrays.stream(m.fields()).anyMatch(f -> f > 64 && f <= 128);
                tertiary |= max > 128;
                primaryOnly |= max <= 64;
            }
            assertTrue(primaryOnly, spec.name() + ": primary-only messages");
            assertTrue(secondary || spec.maxField() <= 64, spec.name() + ": secondary bitmaps");
            assertEquals(spec.hasTertiaryBitmap(), tertiary, spec.name() + ": tertiary bitmaps");
        }
    }

    @Example
    void messagesWithRequiredFields_alwaysCarryThem() {
        IsoArbitraries.messages(Dialects.CUP, 2, 3, 4, 11, 55).sampleStream().limit(100).forEach(m -> {
            for (int f : new int[] {2, 3, 4, 11, 55}) {
                assertTrue(m.has(f), "field " + f);
            }
        });
    }

    @Example
    void messagesWithUndefinedRequiredField_refusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IsoArbitraries.messages(Dialects.CUP, 5));
        assertTrue(e.getMessage().contains("field 5"));
    }

    private static final Arbitrary<MalformedIso> MALFORMED = net.jqwik.api.Arbitraries.oneOf(
            MalformedInputs.iso(Dialects.ISO87_ASCII), MalformedInputs.iso(Dialects.ISO87_BINARY),
            MalformedInputs.iso(Dialects.ISO93_ASCII), MalformedInputs.iso(Dialects.CUP));

    @Provide
    Arbitrary<MalformedIso> malformed() {
        return MALFORMED;
    }

    @Property(tries = 1000)
    void malformedInput_unpack_throwsTheTaggedReason(@ForAll("malformed") MalformedIso bad) {
        IsoCodec codec = IsoCodec.of(bad.spec());
        IsoParseException e = assertThrows(IsoParseException.class, () -> codec.unpack(bad.input()),
                bad::toString);
        assertEquals(bad.expected(), e.reason(), () -> bad + ": " + e.getMessage());
    }

    @Example
    void malformedInputs_overManySamples_coverEveryReasonTheyPromise() {
        Set<IsoParseException.Reason> seen = EnumSet.noneOf(IsoParseException.Reason.class);
        MalformedInputs.iso(Dialects.CUP).sampleStream().limit(400).forEach(b -> seen.add(b.expected()));
        MalformedInputs.iso(Dialects.ISO87_ASCII).sampleStream().limit(400).forEach(b -> seen.add(b.expected()));
        assertEquals(EnumSet.of(IsoParseException.Reason.TRUNCATED, IsoParseException.Reason.TRAILING_DATA,
                IsoParseException.Reason.BAD_MTI, IsoParseException.Reason.UNKNOWN_FIELD,
                IsoParseException.Reason.BAD_LENGTH, IsoParseException.Reason.BAD_BCD,
                IsoParseException.Reason.BAD_CHARACTER), seen);
    }

    @Example
    void malformedIso_toString_showsDefectNotBytes() {
        MalformedIso bad = MalformedInputs.iso(Dialects.CUP).filter(b -> b.input().length >= 8).sample();
        assertFalse(bad.toString().contains(java.util.HexFormat.of().formatHex(bad.input())));
        assertTrue(bad.toString().contains(bad.expected().name()));
    }
}
