/**
 * Data Object Lists (EMV Book 3 section 5.4): parse a PDOL, CDOL1/2, DDOL or TDOL and build or
 * split its data.
 */
package io.pos4j.emv.tlv.dol;
