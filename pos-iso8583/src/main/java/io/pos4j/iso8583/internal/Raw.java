package io.pos4j.iso8583.internal;

/**
 * A field's content exactly as it appears on the wire (after the prefix), with its length in the
 * spec's units. Used for byte-exact re-packing of decoded values and for pre-encoded GBK text.
 * The array is owned and never exposed.
 */
public final class Raw {
    final byte[] wire;
    final int units;

    /**
     * @param wire  content bytes (owned by this object from now on)
     * @param units length in the field's units, as the prefix writes it
     */
    public Raw(byte[] wire, int units) {
        this.wire = wire;
        this.units = units;
    }

    /** @return the number of wire bytes */
    public int wireLength() {
        return wire.length;
    }
}
