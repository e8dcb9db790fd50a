/**
 * The EMV tag dictionary ({@link io.pos4j.emv.tlv.dictionary.TagDictionary}) and decoders that
 * name the bits of EMV bit-mapped data elements
 * ({@link io.pos4j.emv.tlv.dictionary.EmvDecoders}).
 */
package io.pos4j.emv.tlv.dictionary;
