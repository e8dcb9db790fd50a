/** Wire codecs behind the message API: BCD, EBCDIC, prefixes, field scanning and writing. Not exported. */
package io.pos4j.iso8583.internal;
