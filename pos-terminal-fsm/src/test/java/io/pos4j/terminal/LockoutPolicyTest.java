package io.pos4j.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    static final byte[] SALT = new byte[16];
    static final CardKey A = CardKey.of("6228480402564890018", SALT);
    static final CardKey B = CardKey.of("6228480402564890026", SALT);
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    final LockoutPolicy p = LockoutPolicy.defaults();

    @Test
    void cardKey_isKeyedHash_notThePan() {
        assertFalse(A.hex().contains("6228480402564890018"));
        assertNotEquals(A, B);
        byte[] other = new byte[16];
        other[0] = 1;
        assertNotEquals(A, CardKey.of("6228480402564890018", other));
        assertFalse(A.toString().contains(A.hex()));
    }

    @Test
    void threeWrongPins_lockTheCardOnly_untilTheWindowEnds() {
        LockoutState s = LockoutState.EMPTY;
        s = p.apply(s, new LockoutEvent.WrongPin(A), T0);
        s = p.apply(s, new LockoutEvent.WrongPin(A), T0.plusSeconds(10));
        assertFalse(p.cardLocked(s, A, T0.plusSeconds(11)));
        s = p.apply(s, new LockoutEvent.WrongPin(A), T0.plusSeconds(20));
        assertTrue(p.cardLocked(s, A, T0.plusSeconds(21)));
        assertFalse(p.cardLocked(s, B, T0.plusSeconds(21)));
        assertTrue(p.cardLocked(s, A, T0.plusSeconds(20).plus(Duration.ofHours(24)).minusMillis(1)));
        assertFalse(p.cardLocked(s, A, T0.plusSeconds(20).plus(Duration.ofHours(24))));
    }

    @Test
    void wrongPinsOutsideWindow_doNotAddUp() {
        LockoutState s = LockoutState.EMPTY;
        s = p.apply(s, new LockoutEvent.WrongPin(A), T0);
        s = p.apply(s, new LockoutEvent.WrongPin(A), T0.plusSeconds(1));
        s = p.apply(s, new LockoutEvent.WrongPin(A), T0.plus(Duration.ofHours(25)));
        assertFalse(p.cardLocked(s, A, T0.plus(Duration.ofHours(25))));
        assertEquals(1, s.cards().get(A).wrongPins());
    }

    @Test
    void correctPin_clearsCount_butNotALock() {
        LockoutState s = p.apply(LockoutState.EMPTY, new LockoutEvent.WrongPin(A), T0);
        s = p.apply(s, new LockoutEvent.PinAccepted(A), T0);
        assertTrue(s.cards().isEmpty());
        s = p.apply(s, new LockoutEvent.PinTriesExceeded(A), T0);
        s = p.apply(s, new LockoutEvent.PinAccepted(A), T0);
        assertTrue(p.cardLocked(s, A, T0.plusSeconds(1)));
    }

    @Test
    void host75_locksAtOnce() {
        LockoutState s = p.apply(LockoutState.EMPTY, new LockoutEvent.PinTriesExceeded(A), T0);
        assertTrue(p.cardLocked(s, A, T0));
    }

    @Test
    void repeatedMacFailures_lockTerminal_onlyOperatorUnlocks() {
        LockoutState s = LockoutState.EMPTY;
        for (int i = 0; i < 3; i++) {
            assertFalse(p.terminalLocked(s));
            s = p.apply(s, new LockoutEvent.MacFailed(), T0);
            s = p.apply(s, new LockoutEvent.SignInSucceeded(), T0);
        }
        assertTrue(p.terminalLocked(s));
        s = p.apply(s, new LockoutEvent.SignInSucceeded(), T0);
        assertTrue(p.terminalLocked(s));
        s = p.apply(s, new LockoutEvent.OperatorUnlock("supervisor"), T0);
        assertFalse(p.terminalLocked(s));
        assertEquals(0, s.macFailures());
    }

    @Test
    void verifiedMac_resetsConsecutiveCount() {
        LockoutState s = LockoutState.EMPTY;
        for (int i = 0; i < 5; i++) {
            s = p.apply(s, new LockoutEvent.MacFailed(), T0);
            s = p.apply(s, new LockoutEvent.MacVerified(), T0);
        }
        assertFalse(p.terminalLocked(s));
    }

    @Test
    void repeatedSignInFailures_lockTerminal() {
        LockoutState s = LockoutState.EMPTY;
        s = p.apply(s, new LockoutEvent.SignInFailed(), T0);
        s = p.apply(s, new LockoutEvent.SignInFailed(), T0);
        s = p.apply(s, new LockoutEvent.SignInSucceeded(), T0);
        s = p.apply(s, new LockoutEvent.SignInFailed(), T0);
        s = p.apply(s, new LockoutEvent.SignInFailed(), T0);
        assertFalse(p.terminalLocked(s));
        s = p.apply(s, new LockoutEvent.SignInFailed(), T0);
        assertTrue(p.terminalLocked(s));
    }

    @Test
    void expiredCards_arePrunedOnApply() {
        LockoutState s = p.apply(LockoutState.EMPTY, new LockoutEvent.PinTriesExceeded(A), T0);
        s = p.apply(s, new LockoutEvent.MacVerified(), T0.plus(Duration.ofDays(2)));
        assertTrue(s.cards().isEmpty());
    }
}
