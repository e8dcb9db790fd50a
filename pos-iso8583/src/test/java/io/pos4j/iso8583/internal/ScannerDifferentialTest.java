package io.pos4j.iso8583.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.IsoParseException;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.LengthUnit;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Padding;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The inlined fast paths of {@link Scanner} agree with the generic {@link FieldCodec#scan} on every
 * field layout and every input: same end offset, or the same error (reason, offset, message).
 */
class ScannerDifferentialTest {

    /** bytes that matter to the checks: digits, '=', 'D', hex letters, BCD pairs, pads, EBCDIC digits, junk */
    @Provide
    Arbitrary<byte[]> wire() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) '0', (byte) '5', (byte) '9', (byte) '=', (byte) 'D',
                (byte) 'a', (byte) 'F', (byte) 'G', (byte) 0x12, (byte) 0x99, (byte) 0x0D, (byte) 0xD3, (byte) 0xF1,
                (byte) 0x1F, (byte) 0xA0, (byte) 0x00, (byte) 0xF0, (byte) 0xF9, (byte) 0x3A, (byte) 0x2F);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, interesting),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes()))
                .array(byte[].class).ofMinSize(0).ofMaxSize(40);
    }

    @Property(tries = 4000)
    void scan_anyLayoutAnyBytes_fastPathAgreesWithGeneric(@ForAll("wire") byte[] b,
            @ForAll @IntRange(min = 0, max = 5) int typeIx, @ForAll @IntRange(min = 0, max = 5) int encIx,
            @ForAll @IntRange(min = 0, max = 4) int lengthTypeIx, @ForAll @IntRange(min = 0, max = 3) int prefixIx,
            @ForAll @IntRange(min = 1, max = 24) int length, @ForAll boolean wireUnit,
            @ForAll @IntRange(min = 0, max = 3) int padIx, @ForAll @IntRange(min = 0, max = 40) int maxWire,
            @ForAll @IntRange(min = 0, max = 6) int skip) {
        FieldSpec f;
        try {
            FieldSpec.Builder fb = FieldSpec.builder(2).type(ContentType.values()[typeIx])
                    .encoding(FieldEncoding.values()[encIx]).padding(Padding.values()[padIx])
                    .unit(wireUnit ? LengthUnit.WIRE : LengthUnit.VALUE);
            LengthType lt = LengthType.values()[lengthTypeIx];
            if (lt == LengthType.FIXED) {
                fb.fixed(length);
            } else {
                fb.variable(lt, Math.min(length * 5, lt.maxExpressible()), LengthEncoding.values()[prefixIx]);
            }
            f = fb.build();
        } catch (IllegalArgumentException e) {
            Assume.that(false);
            return;
        }
        Plan[] plans = Plan.compile(MessageSpec.builder("t").field(f).build());
        int pos = Math.min(skip, b.length);
        // field 2 only: bit 2 of the primary bitmap word (bit 0 = field 1)
        Object fast = run(() -> Scanner.scanFields(plans, "t", b, pos, b.length, 2L, 0, 0, new char[2], maxWire));
        Object slow = run(() -> FieldCodec.scan(f, 2, b, pos, b.length, maxWire));
        assertEquals(slow, fast, f.toString());
    }

    @Property(tries = 3000)
    void swar_oneByteOfAnyValueAnywhereInAnyRange_firstBadReportedExactly(@ForAll @IntRange(min = 0, max = 23) int at,
            @ForAll @IntRange(min = 0, max = 255) int value, @ForAll @IntRange(min = 0, max = 23) int from,
            @ForAll @IntRange(min = 0, max = 24) int to) {
        Assume.that(from <= to);
        byte[] b = "4761739001=1011925122011".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] h = "0123456789abcdefABCDEF00".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        b[at] = (byte) value;
        h[at] = (byte) value;
        assertEquals(first(b, from, to, "0123456789="), Swar.firstNonTrack(b, from, to));
        assertEquals(first(b, from, to, "0123456789"), Swar.firstNonDigit(b, from, to));
        assertEquals(first(h, from, to, "0123456789abcdefABCDEF"), Swar.firstNonHex(h, from, to));
        byte[] e = ebcdic("475739001010119251220112");
        e[at] = (byte) value;
        assertEquals(first(e, from, to, EBCDIC_DIGITS), Swar.firstNonEbcdicDigit(e, from, to));
    }

    /** EBCDIC '0'..'9' (0xF0..0xF9) as the chars U+00F0..U+00F9, for {@link #first} */
    private static final String EBCDIC_DIGITS = "\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9";

    private static byte[] ebcdic(String digits) {
        byte[] b = new byte[digits.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0xF0 + digits.charAt(i) - '0');
        }
        return b;
    }

    @Property(tries = 3000)
    void hexBitmap_anyValueEitherCase_decodedWordAtATimeLikeDigitByDigit(@ForAll long value,
            @ForAll boolean lower, @ForAll @IntRange(min = -1, max = 15) int badAt, @ForAll @IntRange(min = 0, max = 255) int bad,
            @ForAll @IntRange(min = 0, max = 3) int slack) {
        String hex = String.format("%016X", value);
        byte[] b = new byte[3 + 16 + slack]; // bitmap at offset 3, then 0..3 more bytes (the word loads read 16)
        byte[] digits = (lower ? hex.toLowerCase(java.util.Locale.ROOT) : hex).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, b, 3, 16);
        if (badAt >= 0) {
            b[3 + badAt] = (byte) bad;
        }
        long expected = 0;
        int firstBad = -1;
        for (int i = 0; i < 16; i++) {
            int d = Character.digit((char) (b[3 + i] & 0xFF), 16);
            if (d < 0 || (b[3 + i] & 0xFF) > 'f') {
                firstBad = firstBad < 0 ? 3 + i : firstBad;
            }
            expected = expected << 4 | (d & 0xF);
        }
        Object result;
        try {
            result = Headers.readBitmap(FieldEncoding.HEX_ASCII, b, 3, "bitmap");
        } catch (IsoParseException e) {
            result = e.reason() + "@" + e.offset();
        }
        assertEquals(firstBad < 0 ? (Object) expected : IsoParseException.Reason.BAD_BITMAP + "@" + firstBad, result);
    }

    /** a word of hex digits is never flagged (so the byte loop is only for real errors), any other byte always is */
    @Property(tries = 2000)
    void hexWord_flaggedExactlyWhenABytesIsNotHex(@ForAll("hexWord") byte[] word, @ForAll @IntRange(min = -1, max = 7) int lane,
            @ForAll @IntRange(min = 0, max = 255) int value) {
        if (lane >= 0) {
            word[lane] = (byte) value;
        }
        long v = java.nio.ByteBuffer.wrap(word).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        boolean allHex = first(word, 0, 8, "0123456789abcdefABCDEF") < 0;
        assertEquals(allHex, Swar.hexBad(v) == 0, java.util.HexFormat.of().formatHex(word));
    }

    @Provide
    Arbitrary<byte[]> hexWord() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(8)
                .map(s -> s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** every byte value in every lane of a whole word: the word checks have no cross-lane effects to hide behind */
    @org.junit.jupiter.api.Test
    void swar_everyByteValueInEveryLane_exact() {
        for (int lane = 0; lane < 8; lane++) {
            for (int c = 0; c < 256; c++) {
                byte[] digits = "0123456789012345".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                byte[] hex = "aF09Bc3dE4f5A6b7".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                byte[] track = "4=73=9001=10119=".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                digits[lane] = (byte) c;
                hex[lane] = (byte) c;
                track[lane] = (byte) c;
                byte[] ebcdicDigits = ebcdic("0123456789012345");
                ebcdicDigits[lane] = (byte) c;
                String what = "lane " + lane + " byte " + c;
                assertEquals(first(digits, 0, 16, "0123456789"), Swar.firstNonDigit(digits, 0, 16), what);
                assertEquals(first(hex, 0, 16, "0123456789abcdefABCDEF"), Swar.firstNonHex(hex, 0, 16), what);
                assertEquals(first(track, 0, 16, "0123456789="), Swar.firstNonTrack(track, 0, 16), what);
                assertEquals(first(ebcdicDigits, 0, 16, EBCDIC_DIGITS), Swar.firstNonEbcdicDigit(ebcdicDigits, 0, 16), what);
                // and in the tail word of a range that is not a multiple of 8 (bytes past its end are digits or not)
                byte[] tail = ebcdic("0123456789012345");
                tail[8 + lane % 5] = (byte) c;
                tail[13 + lane % 3] = (byte) (lane < 4 ? c : 0xF3);
                assertEquals(first(tail, 8, 13, EBCDIC_DIGITS), Swar.firstNonEbcdicDigit(tail, 8, 13), what);
            }
        }
    }

    /** reference: index of the first byte in [from, to) not among {@code allowed}, or -1 */
    private static int first(byte[] b, int from, int to, String allowed) {
        for (int i = from; i < to; i++) {
            if (allowed.indexOf(b[i] & 0xFF) < 0) {
                return i;
            }
        }
        return -1;
    }

    private static Object run(java.util.function.IntSupplier s) {
        try {
            return s.getAsInt();
        } catch (IsoParseException e) {
            return e.reason() + "@" + e.offset() + ":" + e.getMessage();
        }
    }
}
