package io.pos4j.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.Dialects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The example of the package javadoc, verbatim, so it compiles and runs. */
class PackageExampleProperties {
    @Provide Arbitrary<IsoMessage> isoMessages() { return IsoArbitraries.messages(Dialects.CUP); }

    @Property(tries = 100)
    void packThenUnpack_sameMessage(@ForAll("isoMessages") IsoMessage m) {
        IsoCodec codec = IsoCodec.of(Dialects.CUP);
        assertEquals(m, codec.unpack(codec.pack(m)));
    }
}
