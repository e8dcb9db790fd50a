package io.pos4j.terminal.internal;

import io.pos4j.terminal.LockoutPolicy;
import io.pos4j.terminal.ResponseCodeTable;
import io.pos4j.terminal.RetryPolicy;
import io.pos4j.terminal.Sleeper;
import io.pos4j.terminal.TerminalListener;
import io.pos4j.terminal.TransactionStep;
import io.pos4j.terminal.spi.HostLink;
import io.pos4j.terminal.spi.TransactionJournal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/**
 * Everything a terminal is built from (checked by {@code Terminal.Builder}).
 *
 * @param terminalId       DE 41
 * @param merchantId       DE 42
 * @param operator         DE 63 operator number at sign-in
 * @param currency         DE 49
 * @param link             the host link
 * @param journal          the journal
 * @param acquirer         the acquirer profile at run time (dialect, messages, security)
 * @param clock            time
 * @param secureRandom     salt and PIN-block fill
 * @param sleeper          back-off waits
 * @param retry            retry policy
 * @param lockout          lockout policy
 * @param responseCodes    acquirer table
 * @param responseTimeout  read timeout per request
 * @param reversalExpiry   how long a reversal is retried before it is given up for manual reconciliation
 * @param listener         events
 * @param steps            vendor steps
 * @param journalDataKey   AES key for card data in the journal, or null
 * @param compactAfterSettlement whether a successful settlement compacts the journal
 */
public record Settings(String terminalId, String merchantId, String operator, String currency,
                       HostLink link, TransactionJournal journal, Acquirer acquirer, InstantSource clock,
                       SecureRandom secureRandom, Sleeper sleeper, RetryPolicy retry, LockoutPolicy lockout,
                       ResponseCodeTable responseCodes, Duration responseTimeout, Duration reversalExpiry,
                       TerminalListener listener, List<TransactionStep> steps,
                       javax.crypto.SecretKey journalDataKey, boolean compactAfterSettlement) {
}
