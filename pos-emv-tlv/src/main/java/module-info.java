/** BER-TLV (EMV Book 3 Annex B), the EMV tag dictionary and Data Object Lists. */
module io.pos4j.emv.tlv {
    exports io.pos4j.emv.tlv;
}
