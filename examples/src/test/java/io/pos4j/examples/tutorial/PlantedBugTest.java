package io.pos4j.examples.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.testkit.arbitraries.IsoArbitraries;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The arbitraries find the bug planted in {@link ToyParser}. The property below FAILS on purpose;
 * {@link ExpectShrunkCounterexample} turns that failure into a pass only when jqwik found it and
 * shrank it to the smallest message, and into a failure when jqwik stops finding it.
 */
class PlantedBugTest {

    // [snippet:property]
    @Provide
    Arbitrary<IsoMessage> isoMessages() {
        return IsoArbitraries.messages(ToyParser.TOY);        // the one line of setup
    }

    @Property(tries = 1000, seed = "42")
    @AddLifecycleHook(ExpectShrunkCounterexample.class)
    void toyParser_readsEveryFieldLikePos4j(@ForAll("isoMessages") IsoMessage m) {
        Map<Integer, String> toy = ToyParser.parse(IsoCodec.of(ToyParser.TOY).pack(m));
        for (int f : m.fields()) {
            assertEquals(m.text(f), toy.get(f), "field " + f);
        }
    }
    // [end:property]

    /** Passes only when the property failed with the smallest counterexample: MTI 0100 and the 1-digit PAN 0. */
    public static final class ExpectShrunkCounterexample implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            PropertyExecutionResult result = property.execute();
            if (result.status() != PropertyExecutionResult.Status.FAILED) {
                return result.mapToFailed("jqwik did not find the planted bug in ToyParser");
            }
            List<Object> sample = result.falsifiedParameters().orElseThrow();
            IsoMessage m = (IsoMessage) sample.get(0);
            // docs/06-property-testing*.md quote this exact counterexample
            if (!m.toString().equals("toy 0100 {2=0}")) {
                return result.mapToFailed("counterexample not shrunk to one 1-digit PAN: " + m);
            }
            System.out.println("jqwik found the planted bug; shrunk counterexample: " + m);
            return result.mapToSuccessful();
        }
    }
}
