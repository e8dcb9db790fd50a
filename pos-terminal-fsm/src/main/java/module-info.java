/** The terminal state machine: sign-in, transactions, retry, PIN-try lockout, reversal journal and diagnoses. */
module io.pos4j.terminal {
    requires transitive io.pos4j.iso8583;
    requires transitive io.pos4j.pin;
    requires transitive io.pos4j.emv.tlv;
    requires org.slf4j;
    exports io.pos4j.terminal;
    exports io.pos4j.terminal.spi;
}
