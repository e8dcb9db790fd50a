/**
 * An embeddable acquirer host simulator with fault injection, for terminal tests.
 */
package io.pos4j.testkit;
