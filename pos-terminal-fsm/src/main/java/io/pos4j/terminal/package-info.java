/**
 * The terminal state machine: sign-in, transactions, retry, PIN-try lockout, reversal journal and diagnoses.
 */
package io.pos4j.terminal;
