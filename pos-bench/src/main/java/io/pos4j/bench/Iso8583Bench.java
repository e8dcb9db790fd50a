package io.pos4j.bench;

import com.solab.iso8583.IsoType;
import com.solab.iso8583.MessageFactory;
import com.solab.iso8583.parse.FieldParseInfo;
import java.text.ParseException;
import java.io.UnsupportedEncodingException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.ISO87BPackager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ISO 8583 pack and unpack, pos4j against jPOS 2.1.10 and j8583 3.0.1 in the same run. Methods
 * are named {@code <operation>_<implementation>} so results pair up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class Iso8583Bench {

    private final ISO87BPackager jposBinary = new ISO87BPackager();
    private byte[] smallBinary;
    private MessageFactory<com.solab.iso8583.IsoMessage> j8583Binary;

    @Setup
    public void setUp() throws ISOException {
        ISOMsg m = new ISOMsg("0200");
        m.set(3, "000000");
        m.set(4, "000000001000");
        m.set(11, "000123");
        m.set(41, "12345678");
        m.set(42, "123456789012345");
        m.setPackager(jposBinary);
        smallBinary = m.pack();

        j8583Binary = new MessageFactory<>();
        j8583Binary.setUseBinaryMessages(true);
        j8583Binary.setUseBinaryBitmap(true);
        Map<Integer, FieldParseInfo> guide = new HashMap<>();
        guide.put(3, FieldParseInfo.getInstance(IsoType.NUMERIC, 6, "UTF-8", true));
        guide.put(4, FieldParseInfo.getInstance(IsoType.NUMERIC, 12, "UTF-8", true));
        guide.put(11, FieldParseInfo.getInstance(IsoType.NUMERIC, 6, "UTF-8", true));
        guide.put(41, FieldParseInfo.getInstance(IsoType.ALPHA, 8, "UTF-8", true));
        guide.put(42, FieldParseInfo.getInstance(IsoType.ALPHA, 15, "UTF-8", true));
        j8583Binary.setParseMap(0x200, guide);
    }

    /** A small 0200 (fields 3, 4, 11, 41, 42) packed by jPOS ISO87BPackager. */
    @Benchmark
    public ISOMsg unpackSmallBinary_jpos() throws ISOException {
        ISOMsg m = new ISOMsg();
        m.setPackager(jposBinary);
        m.unpack(smallBinary);
        return m;
    }

    @Benchmark
    public com.solab.iso8583.IsoMessage unpackSmallBinary_j8583()
            throws ParseException, UnsupportedEncodingException {
        return j8583Binary.parseMessage(smallBinary, 0, true);
    }
}
