package io.pos4j.bench;

import com.solab.iso8583.IsoType;
import com.solab.iso8583.MessageFactory;
import com.solab.iso8583.parse.FieldParseInfo;
import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.Dialects;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jpos.iso.ISOBasePackager;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.ISO87APackager;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * ISO 8583 on the S16 message of samples/iso8583.txt (binary 179 B, ASCII 318 B): unpack, pack of a
 * prebuilt message, build+pack; pos4j against jPOS 2.1.10 and j8583 3.0.1 in the same run. All
 * three produce and parse exactly the sample bytes (checked in {@link #setUp()}). Methods are named
 * {@code <operation>_<implementation>} so results pair up.
 *
 * <p>pos4j's unpack validates the whole structure and every field's content but materialises
 * values on demand; {@code unpackReadAll*_pos4j} also reads every field as text (what the peers'
 * unpack does eagerly).
 *
 * <p>{@code buildPack*} sets the values as string literals, which the JIT may treat as constants
 * (and then fold a library's checks of them); {@code buildPackBinaryFields_*} reads the same
 * values from non-final fields of {@link S16Values}, as an application passes values it computed;
 * {@code buildPackBinaryTyped_*} sets the n fields from {@code long}s ({@link S16Numbers}) with
 * each library's numeric setter (jPOS has none).
 *
 * <p>{@code unpackEbcdic_pos4j} has no peer line: the same fields in pos4j's {@code iso87-ebcdic}
 * (EBCDIC MTI, prefixes and text, binary bitmap and b fields), for comparison with the other two
 * dialects.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class Iso8583Bench {

    static final HexFormat HEX = HexFormat.of().withUpperCase();
    static final String S16_BINARY = "0200723C048028C09200164761739001010119000000000000001000061514302500012314302506152512005100364761739001010119D25122011234567890123531363631343132333435365445524D303030314D45524348414E5430303030303031313536A1B2C3D4E5F6071800669F260811223344556677889F100706010A03A000009F3704A1B2C3D49F36020001950500000000009A032506159C01009F02060000000010005F2A02015682025800";
    static final String DE55 = "9F260811223344556677889F100706010A03A000009F3704A1B2C3D49F36020001950500000000009A032506159C01009F02060000000010005F2A02015682025800";
    static final String S16_TEXT = "0200723C048028C0920016476173900101011900000000000000100006151430250001231430250615251205100364761739001010119=2512201123456789012516614123456TERM0001MERCHANT0000001156A1B2C3D4E5F60718132" + DE55;
    static final String TRACK2 = "4761739001010119=2512201123456789012";

    byte[] binary;
    byte[] ascii;
    final byte[] pinBlock = HEX.parseHex("A1B2C3D4E5F60718");
    final byte[] de55 = HEX.parseHex(DE55);
    final byte[] buffer = new byte[512];

    final IsoCodec posBinary = IsoCodec.of(Dialects.ISO87_BINARY);
    final IsoCodec posAscii = IsoCodec.of(Dialects.ISO87_ASCII);
    IsoMessage posBinaryMsg;
    IsoMessage posAsciiMsg;
    final IsoCodec posEbcdic = IsoCodec.of(Dialects.ISO87_EBCDIC);
    byte[] ebcdic;

    final ISO87BPackager jposBinary = new ISO87BPackager();
    final ISO87APackager jposAscii = new ISO87APackager();
    ISOMsg jposBinaryMsg;
    ISOMsg jposAsciiMsg;

    MessageFactory<com.solab.iso8583.IsoMessage> j8583Binary;
    MessageFactory<com.solab.iso8583.IsoMessage> j8583Ascii;
    com.solab.iso8583.IsoMessage j8583BinaryMsg;
    com.solab.iso8583.IsoMessage j8583AsciiMsg;

    /** The S16 values in non-final fields: unlike literals, the JIT cannot fold them as constants. */
    static final class S16Values {
        String pan = "4761739001010119";
        String processing = "000000";
        String amount = "000000001000";
        String transmitted = "0615143025";
        String stan = "000123";
        String time = "143025";
        String date = "0615";
        String expiry = "2512";
        String entryMode = "051";
        String condition = "00";
        String track2 = TRACK2;
        String track2Binary = "4761739001010119D2512201123456789012";
        String rrn = "516614123456";
        String terminal = "TERM0001";
        String merchant = "MERCHANT0000001";
        String currency = "156";
    }

    final S16Values v = new S16Values();

    /** S16's n fields as an application holding numbers would have them (PAN stays text) */
    static final class S16Numbers {
        long processing = 0;
        long amount = 1000;
        long transmitted = 615143025;
        long stan = 123;
        long time = 143025;
        long date = 615;
        long expiry = 2512;
        long entryMode = 51;
        long condition = 0;
    }

    final S16Numbers num = new S16Numbers();

    @Setup
    public void setUp() throws Exception {
        binary = HEX.parseHex(S16_BINARY);
        ascii = S16_TEXT.getBytes(StandardCharsets.US_ASCII);
        posBinaryMsg = buildPos(posBinary);
        posAsciiMsg = buildPos(posAscii);
        ebcdic = posEbcdic.pack(buildPos(posEbcdic));
        same("pos4j ebcdic unpack", ebcdic, posEbcdic.pack(posEbcdic.unpack(ebcdic).toBuilder().build()));
        jposBinaryMsg = buildJpos(jposBinary, true);
        jposAsciiMsg = buildJpos(jposAscii, false);
        j8583Binary = j8583(true);
        j8583Ascii = j8583(false);
        j8583BinaryMsg = buildJ8583(j8583Binary, true);
        j8583AsciiMsg = buildJ8583(j8583Ascii, false);
        // every implementation produces and parses exactly the sample bytes
        same("pos4j binary", binary, posBinary.pack(posBinaryMsg));
        same("pos4j ascii", ascii, posAscii.pack(posAsciiMsg));
        same("jPOS binary", binary, jposBinaryMsg.pack());
        same("jPOS ascii", ascii, jposAsciiMsg.pack());
        same("j8583 binary", binary, j8583BinaryMsg.writeData());
        same("j8583 ascii", ascii, j8583AsciiMsg.writeData());
        same("pos4j binary from fields", binary, buildPackBinaryFields_pos4j());
        same("jPOS binary from fields", binary, buildPackBinaryFields_jpos());
        same("j8583 binary from fields", binary, buildPackBinaryFields_j8583());
        same("pos4j binary typed", binary, buildPackBinaryTyped_pos4j());
        same("j8583 binary typed", binary, buildPackBinaryTyped_j8583());
        same("pos4j binary unpack", binary, posBinary.pack(posBinary.unpack(binary).toBuilder().build()));
        if (!unpackBinary_j8583().getObjectValue(42).toString().equals("MERCHANT0000001")
                || !unpackAscii_j8583().getObjectValue(42).toString().equals("MERCHANT0000001")
                || !unpackBinary_jpos().getString(42).equals("MERCHANT0000001")) {
            throw new IllegalStateException("peer parse guides do not match S16");
        }
    }

    private static void same(String what, byte[] expected, byte[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalStateException(what + " does not produce S16: " + HEX.formatHex(actual));
        }
    }

    IsoMessage buildPos(IsoCodec codec) {
        return codec.builder("0200")
                .set(2, "4761739001010119").set(3, "000000").set(4, "000000001000").set(7, "0615143025")
                .set(11, "000123").set(12, "143025").set(13, "0615").set(14, "2512").set(22, "051")
                .set(25, "00").set(35, TRACK2).set(37, "516614123456").set(41, "TERM0001")
                .set(42, "MERCHANT0000001").set(49, "156").set(52, pinBlock).set(55, de55)
                .build();
    }

    ISOMsg buildJpos(ISOBasePackager packager, boolean bin) throws ISOException {
        ISOMsg m = new ISOMsg("0200");
        m.setPackager(packager);
        m.set(2, "4761739001010119");
        m.set(3, "000000");
        m.set(4, "000000001000");
        m.set(7, "0615143025");
        m.set(11, "000123");
        m.set(12, "143025");
        m.set(13, "0615");
        m.set(14, "2512");
        m.set(22, "051");
        m.set(25, "00");
        m.set(35, TRACK2);
        m.set(37, "516614123456");
        m.set(41, "TERM0001");
        m.set(42, "MERCHANT0000001");
        m.set(49, "156");
        m.set(52, pinBlock);
        m.set(55, bin ? new String(de55, StandardCharsets.ISO_8859_1) : DE55);
        return m;
    }

    static MessageFactory<com.solab.iso8583.IsoMessage> j8583(boolean bin) {
        MessageFactory<com.solab.iso8583.IsoMessage> mf = new MessageFactory<>();
        mf.setUseBinaryMessages(bin);
        mf.setUseBinaryBitmap(bin);
        Map<Integer, FieldParseInfo> g = new HashMap<>();
        IsoType var = bin ? IsoType.LLBCDBIN : IsoType.LLVAR;
        g.put(2, FieldParseInfo.getInstance(var, 0, "UTF-8", bin));
        g.put(3, FieldParseInfo.getInstance(IsoType.NUMERIC, 6, "UTF-8", bin));
        g.put(4, FieldParseInfo.getInstance(IsoType.NUMERIC, 12, "UTF-8", bin));
        g.put(7, FieldParseInfo.getInstance(IsoType.NUMERIC, 10, "UTF-8", bin));
        g.put(11, FieldParseInfo.getInstance(IsoType.NUMERIC, 6, "UTF-8", bin));
        g.put(12, FieldParseInfo.getInstance(IsoType.NUMERIC, 6, "UTF-8", bin));
        g.put(13, FieldParseInfo.getInstance(IsoType.NUMERIC, 4, "UTF-8", bin));
        g.put(14, FieldParseInfo.getInstance(IsoType.NUMERIC, 4, "UTF-8", bin));
        g.put(22, FieldParseInfo.getInstance(IsoType.NUMERIC, 3, "UTF-8", bin));
        g.put(25, FieldParseInfo.getInstance(IsoType.NUMERIC, 2, "UTF-8", bin));
        g.put(35, FieldParseInfo.getInstance(var, 0, "UTF-8", bin));
        g.put(37, FieldParseInfo.getInstance(IsoType.ALPHA, 12, "UTF-8", bin));
        g.put(41, FieldParseInfo.getInstance(IsoType.ALPHA, 8, "UTF-8", bin));
        g.put(42, FieldParseInfo.getInstance(IsoType.ALPHA, 15, "UTF-8", bin));
        g.put(49, FieldParseInfo.getInstance(IsoType.ALPHA, 3, "UTF-8", bin));
        g.put(52, FieldParseInfo.getInstance(IsoType.BINARY, 8, "UTF-8", bin));
        g.put(55, FieldParseInfo.getInstance(bin ? IsoType.LLLBIN : IsoType.LLLVAR, 0, "UTF-8", bin));
        mf.setParseMap(0x200, g);
        return mf;
    }

    com.solab.iso8583.IsoMessage buildJ8583(MessageFactory<com.solab.iso8583.IsoMessage> mf, boolean bin) {
        com.solab.iso8583.IsoMessage m = mf.newMessage(0x200);
        m.setBinary(bin);
        m.setBinaryBitmap(bin);
        IsoType var = bin ? IsoType.LLBCDBIN : IsoType.LLVAR;
        m.setValue(2, "4761739001010119", var, 0);
        m.setValue(3, "000000", IsoType.NUMERIC, 6);
        m.setValue(4, "000000001000", IsoType.NUMERIC, 12);
        m.setValue(7, "0615143025", IsoType.NUMERIC, 10);
        m.setValue(11, "000123", IsoType.NUMERIC, 6);
        m.setValue(12, "143025", IsoType.NUMERIC, 6);
        m.setValue(13, "0615", IsoType.NUMERIC, 4);
        m.setValue(14, "2512", IsoType.NUMERIC, 4);
        m.setValue(22, "051", IsoType.NUMERIC, 3);
        m.setValue(25, "00", IsoType.NUMERIC, 2);
        m.setValue(35, bin ? "4761739001010119D2512201123456789012" : TRACK2, var, 0);
        m.setValue(37, "516614123456", IsoType.ALPHA, 12);
        m.setValue(41, "TERM0001", IsoType.ALPHA, 8);
        m.setValue(42, "MERCHANT0000001", IsoType.ALPHA, 15);
        m.setValue(49, "156", IsoType.ALPHA, 3);
        m.setValue(52, pinBlock, IsoType.BINARY, 8);
        if (bin) {
            m.setValue(55, de55, IsoType.LLLBIN, 0);
        } else {
            m.setValue(55, DE55, IsoType.LLLVAR, 0);
        }
        return m;
    }

    // --- binary (ISO87B-style, 179 bytes) ---------------------------------------------------------

    @Benchmark
    public IsoMessage unpackBinary_pos4j() {
        return posBinary.unpack(binary);
    }

    @Benchmark
    public void unpackReadAllBinary_pos4j(Blackhole bh) {
        IsoMessage m = posBinary.unpack(binary);
        for (int f : m.fields()) {
            bh.consume(m.text(f));
        }
    }

    @Benchmark
    public ISOMsg unpackBinary_jpos() throws ISOException {
        ISOMsg m = new ISOMsg();
        m.setPackager(jposBinary);
        m.unpack(binary);
        return m;
    }

    @Benchmark
    public com.solab.iso8583.IsoMessage unpackBinary_j8583() throws Exception {
        return j8583Binary.parseMessage(binary, 0, true);
    }

    @Benchmark
    public byte[] packBinary_pos4j() {
        return posBinary.pack(posBinaryMsg);
    }

    @Benchmark
    public int packIntoBinary_pos4j() {
        return posBinary.pack(posBinaryMsg, buffer, 0);
    }

    @Benchmark
    public byte[] packBinary_jpos() throws ISOException {
        return jposBinaryMsg.pack();
    }

    @Benchmark
    public byte[] packBinary_j8583() {
        return j8583BinaryMsg.writeData();
    }

    @Benchmark
    public byte[] buildPackBinary_pos4j() {
        return posBinary.pack(buildPos(posBinary));
    }

    @Benchmark
    public byte[] buildPackBinary_jpos() throws ISOException {
        return buildJpos(jposBinary, true).pack();
    }

    @Benchmark
    public byte[] buildPackBinary_j8583() {
        return buildJ8583(j8583Binary, true).writeData();
    }

    @Benchmark
    public byte[] buildPackBinaryFields_pos4j() {
        return posBinary.pack(posBinary.builder("0200")
                .set(2, v.pan).set(3, v.processing).set(4, v.amount).set(7, v.transmitted)
                .set(11, v.stan).set(12, v.time).set(13, v.date).set(14, v.expiry).set(22, v.entryMode)
                .set(25, v.condition).set(35, v.track2).set(37, v.rrn).set(41, v.terminal)
                .set(42, v.merchant).set(49, v.currency).set(52, pinBlock).set(55, de55)
                .build());
    }

    @Benchmark
    public byte[] buildPackBinaryFields_jpos() throws ISOException {
        ISOMsg m = new ISOMsg("0200");
        m.setPackager(jposBinary);
        m.set(2, v.pan);
        m.set(3, v.processing);
        m.set(4, v.amount);
        m.set(7, v.transmitted);
        m.set(11, v.stan);
        m.set(12, v.time);
        m.set(13, v.date);
        m.set(14, v.expiry);
        m.set(22, v.entryMode);
        m.set(25, v.condition);
        m.set(35, v.track2);
        m.set(37, v.rrn);
        m.set(41, v.terminal);
        m.set(42, v.merchant);
        m.set(49, v.currency);
        m.set(52, pinBlock);
        m.set(55, new String(de55, StandardCharsets.ISO_8859_1));
        return m.pack();
    }

    @Benchmark
    public byte[] buildPackBinaryFields_j8583() {
        com.solab.iso8583.IsoMessage m = j8583Binary.newMessage(0x200);
        m.setBinary(true);
        m.setBinaryBitmap(true);
        m.setValue(2, v.pan, IsoType.LLBCDBIN, 0);
        m.setValue(3, v.processing, IsoType.NUMERIC, 6);
        m.setValue(4, v.amount, IsoType.NUMERIC, 12);
        m.setValue(7, v.transmitted, IsoType.NUMERIC, 10);
        m.setValue(11, v.stan, IsoType.NUMERIC, 6);
        m.setValue(12, v.time, IsoType.NUMERIC, 6);
        m.setValue(13, v.date, IsoType.NUMERIC, 4);
        m.setValue(14, v.expiry, IsoType.NUMERIC, 4);
        m.setValue(22, v.entryMode, IsoType.NUMERIC, 3);
        m.setValue(25, v.condition, IsoType.NUMERIC, 2);
        m.setValue(35, v.track2Binary, IsoType.LLBCDBIN, 0);
        m.setValue(37, v.rrn, IsoType.ALPHA, 12);
        m.setValue(41, v.terminal, IsoType.ALPHA, 8);
        m.setValue(42, v.merchant, IsoType.ALPHA, 15);
        m.setValue(49, v.currency, IsoType.ALPHA, 3);
        m.setValue(52, pinBlock, IsoType.BINARY, 8);
        m.setValue(55, de55, IsoType.LLLBIN, 0);
        return m.writeData();
    }

    /**
     * Typed values: the n fields from {@code long}s (pos4j {@code set(n, long)}, j8583 NUMERIC with
     * a {@code Long}), text fields from fields as in the row above. jPOS has no numeric setter.
     */
    @Benchmark
    public byte[] buildPackBinaryTyped_pos4j() {
        return posBinary.pack(posBinary.builder("0200")
                .set(2, v.pan).set(3, num.processing).set(4, num.amount).set(7, num.transmitted)
                .set(11, num.stan).set(12, num.time).set(13, num.date).set(14, num.expiry).set(22, num.entryMode)
                .set(25, num.condition).set(35, v.track2).set(37, v.rrn).set(41, v.terminal)
                .set(42, v.merchant).set(49, v.currency).set(52, pinBlock).set(55, de55)
                .build());
    }

    @Benchmark
    public byte[] buildPackBinaryTyped_j8583() {
        com.solab.iso8583.IsoMessage m = j8583Binary.newMessage(0x200);
        m.setBinary(true);
        m.setBinaryBitmap(true);
        m.setValue(2, v.pan, IsoType.LLBCDBIN, 0);
        m.setValue(3, num.processing, IsoType.NUMERIC, 6);
        m.setValue(4, num.amount, IsoType.NUMERIC, 12);
        m.setValue(7, num.transmitted, IsoType.NUMERIC, 10);
        m.setValue(11, num.stan, IsoType.NUMERIC, 6);
        m.setValue(12, num.time, IsoType.NUMERIC, 6);
        m.setValue(13, num.date, IsoType.NUMERIC, 4);
        m.setValue(14, num.expiry, IsoType.NUMERIC, 4);
        m.setValue(22, num.entryMode, IsoType.NUMERIC, 3);
        m.setValue(25, num.condition, IsoType.NUMERIC, 2);
        m.setValue(35, v.track2Binary, IsoType.LLBCDBIN, 0);
        m.setValue(37, v.rrn, IsoType.ALPHA, 12);
        m.setValue(41, v.terminal, IsoType.ALPHA, 8);
        m.setValue(42, v.merchant, IsoType.ALPHA, 15);
        m.setValue(49, v.currency, IsoType.ALPHA, 3);
        m.setValue(52, pinBlock, IsoType.BINARY, 8);
        m.setValue(55, de55, IsoType.LLLBIN, 0);
        return m.writeData();
    }

    // --- EBCDIC (pos4j only) --------------------------------------------------------------------

    @Benchmark
    public IsoMessage unpackEbcdic_pos4j() {
        return posEbcdic.unpack(ebcdic);
    }

    // --- ASCII (ISO87A-style, 318 bytes) ----------------------------------------------------------

    @Benchmark
    public IsoMessage unpackAscii_pos4j() {
        return posAscii.unpack(ascii);
    }

    @Benchmark
    public void unpackReadAllAscii_pos4j(Blackhole bh) {
        IsoMessage m = posAscii.unpack(ascii);
        for (int f : m.fields()) {
            bh.consume(m.text(f));
        }
    }

    @Benchmark
    public ISOMsg unpackAscii_jpos() throws ISOException {
        ISOMsg m = new ISOMsg();
        m.setPackager(jposAscii);
        m.unpack(ascii);
        return m;
    }

    @Benchmark
    public com.solab.iso8583.IsoMessage unpackAscii_j8583() throws Exception {
        return j8583Ascii.parseMessage(ascii, 0, false);
    }

    @Benchmark
    public byte[] packAscii_pos4j() {
        return posAscii.pack(posAsciiMsg);
    }

    @Benchmark
    public byte[] packAscii_jpos() throws ISOException {
        return jposAsciiMsg.pack();
    }

    @Benchmark
    public byte[] packAscii_j8583() {
        return j8583AsciiMsg.writeData();
    }

    @Benchmark
    public byte[] buildPackAscii_pos4j() {
        return posAscii.pack(buildPos(posAscii));
    }

    @Benchmark
    public byte[] buildPackAscii_jpos() throws ISOException {
        return buildJpos(jposAscii, false).pack();
    }

    @Benchmark
    public byte[] buildPackAscii_j8583() {
        return buildJ8583(j8583Ascii, false).writeData();
    }
}
