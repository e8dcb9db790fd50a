package io.pos4j.bench;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.Dialects;
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
 * Where {@code Iso8583Bench.buildPackBinary_pos4j} spends its time: the S16 fields of
 * {@code iso87-binary} by kind (nine fixed BCD numerics, the two BCD LL fields 2 and 35, four
 * ASCII text fields, two b fields), an empty message, and the whole build without the pack (with
 * literal values, and with the values read from fields, which the JIT cannot fold). No
 * peer line: it is for pos4j's own work. Caution: a part measured alone gets a compile whose
 * profile has only that field kind, so a part can look faster here than it is inside the mixed
 * S16 build (see the pos-iso8583 README).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
@Fork(1)
public class BuildPartsBench {

    final IsoCodec c = IsoCodec.of(Dialects.ISO87_BINARY);
    final byte[] pin = HexFormat.of().parseHex("A1B2C3D4E5F60718");
    final byte[] de55 = HexFormat.of().parseHex(Iso8583Bench.DE55);

    @Benchmark
    public byte[] empty() {
        return c.pack(c.builder("0200").build());
    }

    @Benchmark
    public IsoMessage bcd9() {
        return c.builder("0200").set(3, "000000").set(4, "000000001000").set(7, "0615143025")
                .set(11, "000123").set(12, "143025").set(13, "0615").set(14, "2512").set(22, "051")
                .set(25, "00").build();
    }

    @Benchmark
    public IsoMessage var2() {
        return c.builder("0200").set(2, "4761739001010119").set(35, Iso8583Bench.TRACK2).build();
    }

    @Benchmark
    public IsoMessage latin4() {
        return c.builder("0200").set(37, "516614123456").set(41, "TERM0001")
                .set(42, "MERCHANT0000001").set(49, "156").build();
    }

    @Benchmark
    public IsoMessage bytes2() {
        return c.builder("0200").set(52, pin).set(55, de55).build();
    }

    final Iso8583Bench.S16Values v = new Iso8583Bench.S16Values();

    @Benchmark
    public IsoMessage buildOnlyFields() {
        return c.builder("0200")
                .set(2, v.pan).set(3, v.processing).set(4, v.amount).set(7, v.transmitted)
                .set(11, v.stan).set(12, v.time).set(13, v.date).set(14, v.expiry).set(22, v.entryMode)
                .set(25, v.condition).set(35, v.track2).set(37, v.rrn).set(41, v.terminal)
                .set(42, v.merchant).set(49, v.currency).set(52, pin).set(55, de55)
                .build();
    }

    @Benchmark
    public IsoMessage buildOnly() {
        return c.builder("0200")
                .set(2, "4761739001010119").set(3, "000000").set(4, "000000001000").set(7, "0615143025")
                .set(11, "000123").set(12, "143025").set(13, "0615").set(14, "2512").set(22, "051")
                .set(25, "00").set(35, Iso8583Bench.TRACK2).set(37, "516614123456").set(41, "TERM0001")
                .set(42, "MERCHANT0000001").set(49, "156").set(52, pin).set(55, de55)
                .build();
    }
}
