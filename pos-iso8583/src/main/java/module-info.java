/** ISO 8583 (1987/1993) messages, declarative specs, dialects and stream framing. */
module io.pos4j.iso8583 {
    requires transitive io.pos4j.emv.tlv;
    exports io.pos4j.iso8583;
    exports io.pos4j.iso8583.spec;
}
