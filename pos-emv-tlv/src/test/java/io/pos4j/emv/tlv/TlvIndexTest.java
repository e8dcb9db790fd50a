package io.pos4j.emv.tlv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The parse index behind parsed trees: lazily created nodes behave like built ones. */
class TlvIndexTest {

    @Property(tries = 500)
    void parsedLookups_equalLookupsOnAnEqualBuiltTree(@ForAll long seed) {
        Random random = new Random(seed);
        List<Tlv> objects = new ArrayList<>();
        for (int i = random.nextInt(5); i >= 0; i--) {
            objects.add(TlvStreamReaderTest.randomTlv(random, 4));
        }
        TlvList built = TlvList.of(objects);
        byte[] encoded = built.encode();
        for (TlvList parsed : List.of(TlvParser.strict().parse(encoded), TlvParser.emv().parse(encoded))) {
            for (Tlv t : built.flatten()) {
                Tag tag = t.tag();
                // lookups on a fresh parse use the index, before any node exists
                TlvList fresh = TlvParser.strict().parse(encoded);
                assertEquals(built.first(tag), fresh.first(tag));
                assertEquals(built.value(tag), TlvParser.strict().parse(encoded).value(tag));
                assertEquals(built.all(tag), TlvParser.strict().parse(encoded).all(tag));
                assertEquals(built.first(tag), parsed.first(tag));
            }
            assertEquals(built, parsed);
            assertEquals(built.hashCode(), parsed.hashCode());
            assertEquals(built.toString(), parsed.toString());
            assertEquals(built.flatten(), parsed.flatten());
            assertEquals(built.encodedLength(), parsed.encodedLength());
        }
    }

    @Test
    void parsedDeepTree_heightKnown_buildingOneLevelAboveTheLimitRefused() {
        TlvParser deep = TlvParser.of(TlvOptions.strict().withMaxDepth(TlvOptions.MAX_DEPTH));
        Tlv parsed999 = deep.parse(TlvFixtures.nested(999)).objects().get(0);
        Tlv wrapped = Tlv.constructed(Tag.of(0x70), parsed999);
        org.junit.jupiter.api.Assertions.assertArrayEquals(TlvFixtures.nested(1000), wrapped.encode());
        // a parsed height one too small would let this through, one too large would have refused the first wrap
        assertThrows(IllegalArgumentException.class, () -> Tlv.constructed(Tag.of(0x70), wrapped));
        assertEquals(parsed999, wrapped.children().get(0));
    }

    @Test
    void parsedTree_sharedBetweenThreads_everyThreadSeesTheSameTree() throws Exception {
        byte[] fci = Samples.hex("S04");
        TlvList expected = TlvList.of(TlvParser.emv().parse(fci).objects());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                TlvList shared = TlvParser.emv().parse(fci);
                List<Future<String>> seen = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    seen.add(pool.submit(() -> shared.flatten().toString() + shared.encodedLength()));
                }
                for (Future<String> f : seen) {
                    assertEquals(expected.flatten().toString() + expected.encodedLength(), f.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
