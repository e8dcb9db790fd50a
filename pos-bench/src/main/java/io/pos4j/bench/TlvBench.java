package io.pos4j.bench;

import com.payneteasy.tlv.BerTlvParser;
import com.payneteasy.tlv.BerTlvs;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BER-TLV parsing, pos4j against payneteasy ber-tlv 1.0-11, same inputs, same run. Methods are
 * named {@code <operation>_<implementation>} so results pair up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TlvBench {

    /** S01 from shared/samples/emv-tlv.txt: SELECT PPSE response, 61 bytes. */
    static final byte[] PPSE = HexFormat.of().parseHex(
            "6F3B840E325041592E5359532E4444463031A529BF0C2661104F07A000000042101050024342870101"
            + "61124F07A0000000031010500456495341870102");

    private final BerTlvParser payneteasy = new BerTlvParser();

    @Benchmark
    public BerTlvs parsePpse_payneteasy() {
        return payneteasy.parse(PPSE);
    }
}
