package io.pos4j.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramingTest {

    @Test
    void decoder_oneByteChunks_yieldsSameFrames() {
        for (FrameFormat format : FrameFormat.values()) {
            Framing framing = Framing.of(format);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            List<byte[]> sent = List.of(new byte[] {1, 2, 3}, new byte[0], Samples.get("S03", 0));
            for (byte[] p : sent) {
                stream.writeBytes(framing.frame(p));
            }
            byte[] all = stream.toByteArray();
            Framing.Decoder d = framing.decoder();
            List<byte[]> got = new ArrayList<>();
            for (byte x : all) {
                d.feed(new byte[] {x}, 0, 1);
                for (byte[] f = d.next(); f != null; f = d.next()) {
                    got.add(f);
                }
            }
            assertEquals(sent.size(), got.size(), format.name());
            for (int i = 0; i < sent.size(); i++) {
                assertArrayEquals(sent.get(i), got.get(i));
            }
            assertEquals(0, d.buffered());
        }
    }

    @Test
    void decoder_oversizedLength_rejectedBeforeBuffering() {
        Framing.Decoder d = Framing.of(FrameFormat.BINARY_2, 1024).decoder();
        d.feed(new byte[] {0x10, 0x00}, 0, 2);
        IsoParseException e = assertThrows(IsoParseException.class, d::next);
        assertEquals(IsoParseException.Reason.LIMIT_EXCEEDED, e.reason());
    }

    @Test
    void read_streamEndsInsideFrame_throwsEof() throws Exception {
        Framing framing = Framing.of(FrameFormat.BINARY_2);
        assertNull(framing.read(new ByteArrayInputStream(new byte[0])));
        assertThrows(EOFException.class, () -> framing.read(new ByteArrayInputStream(new byte[] {0, 5, 1})));
    }

    @Test
    void asciiHeader_nonDigit_isBadLength() {
        Framing.Decoder d = Framing.of(FrameFormat.ASCII_4).decoder();
        d.feed("00x1".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 4);
        assertEquals(IsoParseException.Reason.BAD_LENGTH, assertThrows(IsoParseException.class, d::next).reason());
    }
}
