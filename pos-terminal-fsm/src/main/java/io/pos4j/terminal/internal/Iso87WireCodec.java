package io.pos4j.terminal.internal;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import java.util.Map;
import java.util.TreeMap;

/** ISO 8583:1987 binary through pos-iso8583 ({@code Dialects.ISO87_BINARY}): no TPDU or header, MTI first. */
final class Iso87WireCodec implements WireCodec {

    private static final IsoCodec CODEC = IsoCodec.of(Dialects.ISO87_BINARY);

    @Override
    public byte[] encode(WireMessage m) {
        IsoMessage.Builder b = CODEC.builder(m.mti());
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
        return 0;
    }
}
