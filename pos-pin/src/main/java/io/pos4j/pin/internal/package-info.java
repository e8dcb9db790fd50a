/**
 * Implementation of the pos-pin algorithms on raw byte arrays (not exported). Callers in
 * {@code io.pos4j.pin} hand in key material taken from key handles and wipe what they copy.
 */
package io.pos4j.pin.internal;
