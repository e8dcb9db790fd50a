/**
 * ISO 8583 (1987/1993) messages, declarative specs, dialects and stream framing.
 */
package io.pos4j.iso8583.spec;
