package io.pos4j.testkit;

import java.security.SecureRandom;
import java.time.InstantSource;

/** Creates the {@link HostProtocol} for a dialect. */
final class Protocols {
    private Protocols() {
    }

    static HostProtocol create(Dialect dialect, HostBook book, Sessions sessions, InstantSource clock,
            SecureRandom random) {
        if (dialect == Dialect.CUP) {
            return new CupProtocol(book, sessions, clock, random);
        }
        return new HostProtocol() {
            @Override
            public Inbound decode(byte[] frame) {
                throw new BadFrameException("dialect " + dialect.cliName() + " not implemented yet", null);
            }

            @Override
            public Outbound process(Inbound in) {
                return new Outbound(null, false, "");
            }

            @Override
            public Outbound answerWith(Inbound in, ResponseCode code) {
                return new Outbound(null, false, "");
            }
        };
    }
}
