package io.pos4j.bench;

import com.payneteasy.tlv.BerTlv;
import com.payneteasy.tlv.BerTlvParser;
import com.payneteasy.tlv.BerTlvs;
import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvParser;
import io.pos4j.emv.tlv.TlvReader;
import java.util.HexFormat;
import java.util.List;
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
 * named {@code <operation>_<implementation>} so results pair up:
 * <ul>
 * <li>{@code index*_pos4j}: the zero-copy {@link TlvReader} walks every object (constructed and
 *     primitive, all levels) and folds tag, offset and length into the result; the reader is
 *     reused, as on a hot path;</li>
 * <li>{@code tree*_pos4j}: {@link TlvParser#parse(byte[])} builds the immutable tree;</li>
 * <li>{@code tree*_payneteasy}: {@link BerTlvParser#parse(byte[])} builds its tree. payneteasy
 *     has no allocation-free mode, so both pos4j operations are compared with this one;</li>
 * <li>{@code treeWalk*}: the tree parse plus a visit of every node (tag, value length, children).
 *     pos4j's parse checks everything and builds a flat index; node objects are created on first
 *     use, so this pair shows the cost when the whole tree is used, payneteasy's parse creating
 *     all of its nodes up front.</li>
 * </ul>
 * Inputs are well formed (payneteasy fails on padding, see NOTES.md).
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

    /** S19: DE 55-style flat list of 31 objects, 243 bytes. */
    static final byte[] DE55 = HexFormat.of().parseHex(
            "50045649534157131000023100000033D44122011003400000481F5A0810000231000000335F201A4341"
            + "5244332F454D5620202020202020202020202020202020205F24034412315F280206435F2A0206435F"
            + "300202015F34010682025C008407A0000000031010950540800080009A031402109B02E8009C01009F"
            + "02060000000301049F03060000000000009F0607A00000000310109F0902008C9F100706010A03A0A1"
            + "009F1A0208269F1C0830363034353339309F1E0830363034353339309F2608CBFC767977111F159F27"
            + "01809F3303E0B8C89F34035E03009F3501229F3602000E9F3704461BDA7C9F410400000063");

    /** S04: SELECT AID FCI (Debit MasterCard), 127 bytes, 4 levels of nesting. */
    static final byte[] FCI = HexFormat.of().parseHex(
            "6F7D8407A0000000041010A57250104445424954204D4153544552434152449F120A4D4153544552434152"
            + "448701019F1101099F38039F5C08BF0C4342035282089F5D030103009F5E095200000000000000019F4D"
            + "020B0ADF642002504843454E424B525420414E433030314F4E2001014E4E5000000000000000DF650101");

    private final BerTlvParser payneteasy = new BerTlvParser();
    private final TlvParser pos4j = TlvParser.emv();
    private final TlvReader reader = TlvParser.emv().newReader();

    private int walk(byte[] input) {
        TlvReader r = reader.reset(input);
        int acc = 0;
        while (r.next()) {
            acc += r.tag() ^ r.valueOffset() ^ r.valueLength();
        }
        return acc;
    }

    private static int visit(List<Tlv> level) {
        int acc = 0;
        for (int i = 0; i < level.size(); i++) {
            Tlv t = level.get(i);
            acc += t.tagValue() + (t.isConstructed() ? visit(t.children()) : t.valueLength());
        }
        return acc;
    }

    private static int visitPayneteasy(List<BerTlv> level) {
        int acc = 0;
        for (int i = 0; i < level.size(); i++) {
            BerTlv t = level.get(i);
            acc += t.getTag().bytes.length + (t.isConstructed() ? visitPayneteasy(t.getValues())
                    : t.getBytesValue().length);
        }
        return acc;
    }

    @Benchmark
    public int treeWalkDe55_pos4j() {
        return visit(pos4j.parse(DE55).objects());
    }

    @Benchmark
    public int treeWalkDe55_payneteasy() {
        return visitPayneteasy(payneteasy.parse(DE55).getList());
    }

    @Benchmark
    public int treeWalkFci_pos4j() {
        return visit(pos4j.parse(FCI).objects());
    }

    @Benchmark
    public int treeWalkFci_payneteasy() {
        return visitPayneteasy(payneteasy.parse(FCI).getList());
    }

    @Benchmark
    public int indexPpse_pos4j() {
        return walk(PPSE);
    }

    @Benchmark
    public TlvList treePpse_pos4j() {
        return pos4j.parse(PPSE);
    }

    @Benchmark
    public BerTlvs treePpse_payneteasy() {
        return payneteasy.parse(PPSE);
    }

    @Benchmark
    public int indexDe55_pos4j() {
        return walk(DE55);
    }

    @Benchmark
    public TlvList treeDe55_pos4j() {
        return pos4j.parse(DE55);
    }

    @Benchmark
    public BerTlvs treeDe55_payneteasy() {
        return payneteasy.parse(DE55);
    }

    @Benchmark
    public int indexFci_pos4j() {
        return walk(FCI);
    }

    @Benchmark
    public TlvList treeFci_pos4j() {
        return pos4j.parse(FCI);
    }

    @Benchmark
    public BerTlvs treeFci_payneteasy() {
        return payneteasy.parse(FCI);
    }
}
