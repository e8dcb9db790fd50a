package io.pos4j.iso8583;

/**
 * Transport protocol data unit: the 5 bytes (ID, destination address, source address) that
 * precede the message on UnionPay and many other POS links.
 *
 * @param id          protocol ID, usually 0x60
 * @param destination destination address, 0..0xFFFF
 * @param source      source address, 0..0xFFFF
 */
public record Tpdu(int id, int destination, int source) {

    /** Validates the ranges. */
    public Tpdu {
        if (id < 0 || id > 0xFF || destination < 0 || destination > 0xFFFF || source < 0 || source > 0xFFFF) {
            throw new IllegalArgumentException("TPDU: id must be one byte, addresses two bytes");
        }
    }

    /**
     * @param hex ten hex digits, such as "6000030000"
     * @return the TPDU
     */
    public static Tpdu of(String hex) {
        if (hex == null || hex.length() != 10) {
            throw new IllegalArgumentException("TPDU must be 10 hex digits");
        }
        try {
            return new Tpdu(Integer.parseInt(hex, 0, 2, 16), Integer.parseInt(hex, 2, 6, 16),
                    Integer.parseInt(hex, 6, 10, 16));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("TPDU must be 10 hex digits");
        }
    }

    /** @return the TPDU of a response: destination and source swapped */
    public Tpdu swapped() {
        return new Tpdu(id, source, destination);
    }

    /** @return the 5 wire bytes */
    public byte[] toBytes() {
        return new byte[] {(byte) id, (byte) (destination >> 8), (byte) destination, (byte) (source >> 8),
            (byte) source};
    }

    /** @return ten upper-case hex digits */
    @Override
    public String toString() {
        return String.format("%02X%04X%04X", id, destination, source);
    }
}
