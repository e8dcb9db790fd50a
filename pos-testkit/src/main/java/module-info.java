/** An embeddable acquirer host simulator with fault injection, for terminal tests. */
module io.pos4j.testkit {
    requires transitive io.pos4j.iso8583;
    requires transitive io.pos4j.pin;
    requires transitive io.pos4j.emv.tlv;
    requires org.slf4j;
    requires static net.jqwik.api;
    exports io.pos4j.testkit;
    exports io.pos4j.testkit.arbitraries;
}
