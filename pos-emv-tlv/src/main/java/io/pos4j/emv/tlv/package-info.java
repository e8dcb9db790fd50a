/**
 * BER-TLV (EMV Book 3 Annex B), the EMV tag dictionary and Data Object Lists.
 */
package io.pos4j.emv.tlv;
