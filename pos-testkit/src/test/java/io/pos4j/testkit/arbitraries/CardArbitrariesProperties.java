package io.pos4j.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.Ksn;
import io.pos4j.pin.Pin;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

class CardArbitrariesProperties {

    @Provide Arbitrary<String> pans() { return CardArbitraries.pans(); }
    @Provide Arbitrary<String> pins() { return CardArbitraries.pins(); }
    @Provide Arbitrary<String> ksns() { return CardArbitraries.ksns(); }
    @Provide Arbitrary<String> track2() { return CardArbitraries.track2(); }
    @Provide Arbitrary<String> amounts() { return CardArbitraries.amounts(); }
    @Provide Arbitrary<String> dates() { return CardArbitraries.transactionDates(); }
    @Provide Arbitrary<String> expiries() { return CardArbitraries.expiryDates(); }

    @Property(tries = 300)
    void pan_is13To19DigitsAndLuhnValid(@ForAll("pans") String pan) {
        assertTrue(pan.length() >= 13 && pan.length() <= 19);
        assertTrue(CardArbitraries.isLuhnValid(pan));
        char last = pan.charAt(pan.length() - 1);
        String wrong = pan.substring(0, pan.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        assertFalse(CardArbitraries.isLuhnValid(wrong));
    }

    @Example
    void luhnDigit_publishedExample_matches() {
        assertEquals('3', CardArbitraries.luhnDigit("7992739871")); // ISO/IEC 7812 worked example
        assertTrue(CardArbitraries.isLuhnValid("4111111111111111"));
    }

    @Property(tries = 200)
    void pin_parsesAsAnIso9564Pin(@ForAll("pins") String pin) {
        try (Pin p = Pin.parse(pin)) {
            assertTrue(pin.length() >= 4 && pin.length() <= 12);
        }
    }

    @Property(tries = 200)
    void ksn_isTdesWithAUsableCounter(@ForAll("ksns") String ksn) {
        Ksn k = Ksn.parse(ksn);
        assertFalse(k.isAes());
        assertTrue(k.counter() > 0 && k.counter() < (1 << 21) && Long.bitCount(k.counter()) <= 10);
        assertEquals(ksn, k.toString());
    }

    @Provide Arbitrary<String> aesKsns() { return CardArbitraries.aesKsns(); }

    @Property(tries = 200)
    void aesKsn_isTwelveBytesWithAUsableCounter(@ForAll("aesKsns") String ksn) {
        Ksn k = Ksn.parse(ksn);
        assertTrue(k.isAes());
        assertTrue(k.counter() > 0 && Long.bitCount(k.counter()) <= 16);
        assertEquals(ksn, k.toString());
    }

    @Property(tries = 200)
    void track2_hasLuhnPanSeparatorExpiryAndServiceCode(@ForAll("track2") String t2) {
        assertTrue(t2.length() <= 37);
        int sep = t2.indexOf('=');
        assertTrue(CardArbitraries.isLuhnValid(t2.substring(0, sep)));
        int month = Integer.parseInt(t2.substring(sep + 3, sep + 5));
        assertTrue(month >= 1 && month <= 12);
        assertTrue(t2.length() >= sep + 8);
    }

    @Property(tries = 200)
    void amountsAndDates_areWellFormed(@ForAll("amounts") String amount, @ForAll("dates") String date,
            @ForAll("expiries") String expiry) {
        assertTrue(amount.matches("[0-9]{12}"));
        LocalDate.parse("20" + date, DateTimeFormatter.BASIC_ISO_DATE);
        int m = Integer.parseInt(expiry.substring(2));
        assertTrue(expiry.length() == 4 && m >= 1 && m <= 12);
    }
}
