/**
 * ISO 9564 PIN blocks, TDES and AES DUKPT, MACs, key check values and SM4, with destroyable key handles.
 */
package io.pos4j.pin;
