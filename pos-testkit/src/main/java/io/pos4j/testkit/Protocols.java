package io.pos4j.testkit;

import java.security.SecureRandom;
import java.time.InstantSource;

/** Creates the {@link HostProtocol} for a dialect. */
final class Protocols {
    private Protocols() {
    }

    static HostProtocol create(Dialect dialect, HostBook book, Sessions sessions, InstantSource clock,
            SecureRandom random) {
        return switch (dialect) {
            case CUP -> new CupProtocol(book, sessions, clock, random);
            case ISO87_BINARY -> new DukptProtocol(book, sessions, clock);
        };
    }
}
