package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule matching: by MTI, terminal, nth message, seeded probability, firing limits; the text form. */
class FaultsTest {

    @Test
    void nthRule_firesOnNthMatchingMessageOnly() {
        Faults f = new Faults();
        FaultRule rule = FaultRule.builder(FaultAction.DROP).mti("0200").nth(3).build();
        f.add(rule);
        List<FaultRule> fired = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fired.add(f.match("0200", "T"));
            assertNull(f.match("0800", "T"));
        }
        assertEquals(java.util.Arrays.asList(null, null, rule, null, null, null), fired);
    }

    @Test
    void probabilityRule_sameSeed_sameDecisions_roughlyTheProbability() {
        List<Boolean> a = decisions(42);
        List<Boolean> b = decisions(42);
        assertEquals(a, b, "seeded: reproducible");
        long hits = a.stream().filter(x -> x).count();
        assertTrue(hits > 200 && hits < 400, "about 30% of 1000: " + hits);
    }

    private static List<Boolean> decisions(long seed) {
        Faults f = new Faults();
        f.add(FaultRule.builder(FaultAction.RESPOND_CODE).responseCode(ResponseCode.ISSUER_UNAVAILABLE)
                .probability(0.3).seed(seed).build());
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            out.add(f.match("0200", "T") != null);
        }
        return out;
    }

    @Test
    void timesLimit_stopsFiring_andFirstFiringRuleWins() {
        Faults f = new Faults();
        FaultRule close = FaultRule.builder(FaultAction.CLOSE).times(2).build();
        FaultRule drop = FaultRule.builder(FaultAction.DROP).build();
        long id = f.add(close);
        f.add(drop);
        assertSame(close, f.match("0200", "T"));
        assertSame(close, f.match("0200", "T"));
        assertSame(drop, f.match("0200", "T"));
        assertEquals(2, f.firedCount(id));
        f.clear();
        assertNull(f.match("0200", "T"));
    }

    @Test
    void parse_textForm_buildsRules() {
        List<FaultRule> rules = FaultRule.parse("drop:mti=0200:nth=2; delay=1500ms:p=0.5:seed=7 ;code=91:tid=12345678;late;close;corrupt:at=3;wrong-mac;twice:times=4");
        assertEquals(8, rules.size());
        assertEquals(FaultRule.builder(FaultAction.DROP).mti("0200").nth(2).build(), rules.get(0));
        assertEquals(Duration.ofMillis(1500), rules.get(1).delay());
        assertEquals(0.5, rules.get(1).probability());
        assertEquals(7, rules.get(1).seed());
        assertEquals(ResponseCode.ISSUER_UNAVAILABLE, rules.get(2).responseCode());
        assertEquals("12345678", rules.get(2).terminalId());
        assertEquals(FaultAction.RESPOND_LATE, rules.get(3).action());
        assertEquals(3, rules.get(5).corruptOffset());
        assertEquals(4, rules.get(7).times());
    }

    @Test
    void parse_badRule_namesRuleNumberAndProblem() {
        TestkitFormatException e = assertThrows(TestkitFormatException.class, () -> FaultRule.parse("drop;explode"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("line 2: fault rule: unknown action"), e.getMessage());
        assertEquals("line 1: fault rule: delay: expected a duration such as 500ms or 5s",
                assertThrows(TestkitFormatException.class, () -> FaultRule.parse("delay=soon")).getMessage());
        assertEquals("line 1: fault rule: mti: expected 4 digits",
                assertThrows(TestkitFormatException.class, () -> FaultRule.parse("drop:mti=02")).getMessage());
        assertThrows(TestkitFormatException.class, () -> FaultRule.parse("code=XY"));
        assertThrows(TestkitFormatException.class, () -> FaultRule.parse("drop:p=2"));
    }
}
