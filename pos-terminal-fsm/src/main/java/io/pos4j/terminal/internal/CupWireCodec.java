package io.pos4j.terminal.internal;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.Tpdu;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The {@code cup} dialect through pos-iso8583: TPDU (5 bytes) and 6-byte header before the MTI. */
public final class CupWireCodec implements WireCodec {

    private static final IsoCodec CODEC = IsoCodec.of(Dialects.CUP);

    private final Tpdu tpdu;
    private final byte[] header;

    /**
     * @param tpdu   the request TPDU ({@code 60 dddd ssss})
     * @param header the 6-byte application header
     */
    public CupWireCodec(Tpdu tpdu, byte[] header) {
        this.tpdu = Objects.requireNonNull(tpdu, "tpdu");
        if (header.length != 6) {
            throw new IllegalArgumentException("header must have 6 bytes, has " + header.length);
        }
        this.header = header.clone();
    }

    @Override
    public byte[] encode(WireMessage m) {
        IsoMessage.Builder b = CODEC.builder(m.mti()).tpdu(tpdu).header(header);
        for (Map.Entry<Integer, Object> e : m.fields().entrySet()) {
            if (e.getValue() instanceof byte[] bytes) {
                b.set(e.getKey(), bytes);
            } else {
                b.set(e.getKey(), e.getValue().toString());
            }
        }
        return CODEC.pack(b.build());
    }

    @Override
    public WireMessage decode(byte[] frame) {
        IsoMessage m = CODEC.unpack(frame);
        Map<Integer, Object> f = new TreeMap<>();
        for (int n : m.fields()) {
            if (m.spec().field(n).type() == ContentType.B) {
                f.put(n, m.bytes(n));
            } else {
                f.put(n, m.text(n));
            }
        }
        return new WireMessage(m.mti().toString(), f);
    }

    @Override
    public int mtiOffset() {
        return 5 + header.length;
    }
}
