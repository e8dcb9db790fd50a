/**
 * The terminal: its three state machines (link, session, transaction) as sealed states and events
 * with inspectable {@link io.pos4j.terminal.TransitionTable}s, the policies
 * ({@link io.pos4j.terminal.RetryPolicy}, {@link io.pos4j.terminal.LockoutPolicy}), per-acquirer
 * {@link io.pos4j.terminal.ResponseCodeTable}s and the {@link io.pos4j.terminal.Diagnosis} of every
 * failure in English and Simplified Chinese.
 */
package io.pos4j.terminal;
