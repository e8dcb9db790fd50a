package io.pos4j.iso8583.spec;

import java.util.List;
import java.util.Objects;

/**
 * How a field's value divides into subfields. Subfields are addressed by paths such as
 * {@code "60.3"} (positional or bitmapped part 3 of field 60) or {@code "55/9F02"} (a TLV tag).
 */
public sealed interface Subfields permits Subfields.Positional, Subfields.Bitmapped, Subfields.Tlv {

    /**
     * Fixed-position parts of a text value, in order (UnionPay DE 60: 60.1 n2 message type, 60.2
     * n6 batch number, 60.3 n3 network management code, then optional parts). Each part is a
     * {@link LengthType#FIXED} field numbered from 1; trailing parts may be absent (the value
     * ends early), a part is never cut in the middle.
     *
     * @param parts the parts, numbered 1, 2, 3 ... in order
     */
    record Positional(List<FieldSpec> parts) implements Subfields {
        /** Validates: at least one part, numbered 1.. in order, each fixed-length. */
        public Positional {
            parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("positional subfields need at least one part");
            }
            for (int i = 0; i < parts.size(); i++) {
                FieldSpec p = parts.get(i);
                if (p.number() != i + 1) {
                    throw new IllegalArgumentException("positional part " + (i + 1)
                            + " is numbered " + p.number() + " (expected " + (i + 1) + ")");
                }
                if (p.lengthType() != LengthType.FIXED || !p.type().isText()) {
                    throw new IllegalArgumentException("positional part " + p.number()
                            + " must be fixed-length text");
                }
            }
        }

        /** @return the summed length of all parts */
        public int totalLength() {
            int n = 0;
            for (FieldSpec p : parts) {
                n += p.length();
            }
            return n;
        }
    }

    /**
     * A bitmap followed by the parts it announces, each encoded per its own spec (for example
     * private-use composites such as DE 127 of some hosts, or DE 48 with a sub-bitmap). Bit k of
     * the 64-bit bitmap (bit 1 most significant) announces part k; there is no secondary bitmap.
     *
     * @param bitmapEncoding BINARY (8 bytes) or HEX_ASCII (16 characters)
     * @param parts          the parts, numbered 1..64, ascending
     */
    record Bitmapped(FieldEncoding bitmapEncoding, List<FieldSpec> parts) implements Subfields {
        /** Validates: a known bitmap encoding, parts numbered 1..64 ascending. */
        public Bitmapped {
            Objects.requireNonNull(bitmapEncoding, "bitmapEncoding");
            if (bitmapEncoding != FieldEncoding.BINARY && bitmapEncoding != FieldEncoding.HEX_ASCII) {
                throw new IllegalArgumentException("sub-bitmap encoding must be BINARY or HEX_ASCII");
            }
            parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
            int last = 0;
            for (FieldSpec p : parts) {
                if (p.number() <= last || p.number() > 64) {
                    throw new IllegalArgumentException("bitmapped part " + p.number()
                            + " must be numbered 1..64 in ascending order");
                }
                if (p.subfields() != null) {
                    throw new IllegalArgumentException("bitmapped part " + p.number() + " cannot nest subfields");
                }
                last = p.number();
            }
        }

        /**
         * @param number part number
         * @return its spec, or null
         */
        public FieldSpec part(int number) {
            for (FieldSpec p : parts) {
                if (p.number() == number) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * BER-TLV data objects (EMV DE 55). Unknown tags are kept and re-packed byte-exact; the
     * message's {@code toString()} masks tags EMV considers sensitive.
     */
    record Tlv() implements Subfields {
    }
}
