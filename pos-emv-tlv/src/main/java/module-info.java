/**
 * BER-TLV (EMV Book 3 Annex B), the EMV tag dictionary and Data Object Lists.
 * No dependencies beyond {@code java.base}.
 */
module io.pos4j.emv.tlv {
    exports io.pos4j.emv.tlv;
    exports io.pos4j.emv.tlv.dictionary;
    exports io.pos4j.emv.tlv.dol;
}
