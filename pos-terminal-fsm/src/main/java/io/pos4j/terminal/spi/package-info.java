/**
 * Service-provider interfaces of the terminal: the {@link io.pos4j.terminal.spi.HostLink} to the
 * acquirer and the write-ahead {@link io.pos4j.terminal.spi.TransactionJournal}, with default
 * implementations ({@link io.pos4j.terminal.spi.FileJournal}, {@link io.pos4j.terminal.spi.TcpHostLink},
 * {@link io.pos4j.terminal.spi.InMemoryHostLink}).
 */
package io.pos4j.terminal.spi;
