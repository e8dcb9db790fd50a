package io.pos4j.pin;

/** ISO 9797-1 padding methods for the CBC-MAC algorithms. */
public enum MacPadding {
    /** method 1: zeros up to a whole block, none when already whole; empty data gives one zero block */
    METHOD_1,
    /** method 2: one 0x80 byte, then zeros up to a whole block; always added */
    METHOD_2
}
