package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DiagnosisTest {

    static final List<String> ISSUE_CODES = List.of("00", "03", "05", "12", "13", "14", "30", "34", "41", "43",
            "51", "54", "55", "57", "58", "59", "61", "65", "68", "75", "91", "94", "96");
    static final List<String> CUP_CODES = List.of("22", "77", "97", "99", "A0");

    private static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void assertBilingual(Diagnosis d) {
        for (String en : List.of(d.operatorMessage(Locale.ENGLISH), d.cardholderMessage(Locale.ENGLISH))) {
            assertFalse(en.isBlank(), d + " english");
            assertFalse(hasCjk(en), d + " english has no CJK: " + en);
        }
        for (String zh : List.of(d.operatorMessage(Locale.SIMPLIFIED_CHINESE), d.cardholderMessage(Locale.CHINESE))) {
            assertTrue(hasCjk(zh), d + " chinese: " + zh);
        }
        assertNotEquals(d.operatorMessage(Locale.ENGLISH), d.cardholderMessage(Locale.ENGLISH));
    }

    @Test
    void cupTable_everyIssueCode_hasRuleAndBilingualMessages() {
        for (String c : ISSUE_CODES) {
            assertTrue(ResponseCodeTable.cup().rule(c).isPresent(), c);
            assertBilingual(Diagnosis.ofResponse(ResponseCodeTable.cup(), c));
        }
        for (String c : CUP_CODES) {
            assertTrue(ResponseCodeTable.cup().rule(c).isPresent(), c);
            assertBilingual(Diagnosis.ofResponse(ResponseCodeTable.cup(), c));
        }
    }

    @Test
    void everyRuleOfEveryTable_hasMessages() {
        for (ResponseCodeTable t : List.of(ResponseCodeTable.cup(), ResponseCodeTable.iso87())) {
            for (ResponseCodeRule r : t.rules()) {
                assertBilingual(Diagnosis.ofResponse(t, r.code()));
            }
        }
    }

    @Test
    void everyLocalCause_hasBilingualMessages() {
        for (LocalCause c : LocalCause.values()) {
            Diagnosis d = Diagnosis.ofCause(c);
            assertEquals(c.id(), d.code());
            assertEquals(c.category(), d.category());
            assertBilingual(d);
        }
    }

    @Test
    void cupSignInAgainCodes_signInAgain_iso87DoesNotKnowThem() {
        for (String c : List.of("A0", "99", "77", "22")) {
            Diagnosis d = Diagnosis.ofResponse(ResponseCodeTable.cup(), c);
            assertEquals(Action.SIGN_IN_AGAIN, d.action(), c);
            assertTrue(d.retryable());
            assertTrue(ResponseCodeTable.iso87().rule(c).isEmpty(), c);
        }
        assertEquals(DiagnosisCategory.KEYS, Diagnosis.ofResponse(ResponseCodeTable.cup(), "a0").category());
    }

    @Test
    void categories_matchTheMeaning() {
        ResponseCodeTable t = ResponseCodeTable.cup();
        assertEquals(DiagnosisCategory.PIN, Diagnosis.ofResponse(t, "55").category());
        assertEquals(Action.PIN_REENTRY, Diagnosis.ofResponse(t, "55").action());
        assertEquals(Action.CARD_LOCKED, Diagnosis.ofResponse(t, "75").action());
        assertFalse(Diagnosis.ofResponse(t, "75").retryable());
        assertEquals(DiagnosisCategory.CARD, Diagnosis.ofResponse(t, "51").category());
        assertTrue(Diagnosis.ofResponse(t, "91").retryable());
        assertEquals(DiagnosisCategory.NETWORK, Diagnosis.ofCause(LocalCause.TIMEOUT).category());
        assertEquals(Action.REVERSED, Diagnosis.ofCause(LocalCause.TIMEOUT).action());
    }

    @Test
    void unknownCode_getsConservativeDecline() {
        Diagnosis d = Diagnosis.ofResponse(ResponseCodeTable.cup(), "Q7");
        assertEquals("Q7", d.code());
        assertFalse(d.retryable());
        assertEquals(Action.DECLINED, d.action());
        assertBilingual(d);
    }

    @Test
    void explain_acceptsCodesAndCauseIds_rejectsOthers() {
        assertEquals("A0", Diagnosis.explain("a0", ResponseCodeTable.cup()).code());
        assertEquals("kcv-mismatch", Diagnosis.explain("KCV_MISMATCH", ResponseCodeTable.cup()).code());
        assertEquals("timeout", Diagnosis.explain(" timeout ", ResponseCodeTable.cup()).code());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Diagnosis.explain("zz", ResponseCodeTable.cup()));
        assertTrue(e.getMessage().contains("zz"));
        assertThrows(IllegalArgumentException.class, () -> Diagnosis.explain("A0", ResponseCodeTable.iso87()));
    }

    @Test
    void englishRequest_withChineseDefaultLocale_staysEnglish() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            String en = Diagnosis.ofResponse(ResponseCodeTable.cup(), "51").operatorMessage(Locale.ENGLISH);
            assertFalse(hasCjk(en), en);
            String fr = Diagnosis.ofResponse(ResponseCodeTable.cup(), "51").operatorMessage(Locale.FRENCH);
            assertEquals(en, fr);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void withAction_recordsActionTaken_keepsRest() {
        Diagnosis d = Diagnosis.ofResponse(ResponseCodeTable.cup(), "91").withAction(Action.RETRIED);
        assertEquals(Action.RETRIED, d.action());
        assertEquals("91", d.code());
        assertNotEquals(d, Diagnosis.ofResponse(ResponseCodeTable.cup(), "91"));
    }
}
