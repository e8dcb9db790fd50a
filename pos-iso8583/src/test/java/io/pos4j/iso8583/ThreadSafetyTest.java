package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.spec.Dialects;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One codec and one decoded message shared by several threads give every thread the same results. */
class ThreadSafetyTest {

    @Test
    void sharedCodecAndMessage_manyThreads_sameResults() throws Exception {
        IsoCodec codec = IsoCodec.of(Dialects.CUP);
        byte[] s03 = Samples.get("S03", 0);
        IsoMessage shared = codec.unpack(s03);
        String expected = shared.toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    int checks = 0;
                    for (int i = 0; i < 2000; i++) {
                        IsoMessage m = codec.unpack(s03);
                        assertArrayEquals(s03, codec.pack(m));
                        assertEquals("6224242300000069", shared.text(2));
                        assertEquals("000727", shared.subfield(60, 2).orElseThrow());
                        assertArrayEquals(s03, codec.pack(shared.toBuilder().build()));
                        checks++;
                    }
                    assertEquals(expected, shared.toString());
                    return checks;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(2000, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
