/** ISO 9564 PIN blocks, TDES and AES DUKPT, MACs, key check values and SM4, with destroyable key handles. */
module io.pos4j.pin {
    requires org.bouncycastle.provider;
    exports io.pos4j.pin;
}
