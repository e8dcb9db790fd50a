package io.pos4j.pin;

import static io.pos4j.pin.VectorTest.HEX;
import static io.pos4j.pin.VectorTest.assertHex;
import static io.pos4j.pin.VectorTest.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.pin.Vectors.Vector;
import io.pos4j.pin.internal.AesDukptCore;

/** DUKPT vector handlers: TDES (X9.24-1:2009) and AES (X9.24-3:2017), host side. */
final class DukptVectors {

    private DukptVectors() {
    }

    static String raw(KeyHandle k) {
        return HEX.formatHex(k.exportRaw(InsecureKeyAccess.get()));
    }

    static void tdes(Vector v) {
        try (KeyHandle bdk = key(KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION, v.in("bdk"))) {
            TdesDukptHost host = TdesDukptHost.of(bdk);
            Ksn ksn = Ksn.parse(v.in("ksn"));
            if (v.expectError()) {
                host.transactionKey(ksn); // must throw
                return;
            }
            try (KeyHandle ipek = host.initialKey(ksn)) {
                assertEquals(v.out("ipek"), raw(ipek), v.id() + " IPEK");
            }
            if (!v.expects("transaction_key")) {
                return;
            }
            try (KeyHandle tk = host.transactionKey(ksn)) {
                assertEquals(v.out("transaction_key"), raw(tk), v.id() + " transaction key");
            }
            String[][] keys = {{"pin_key", "PIN"}, {"mac_request_key", "MAC_REQUEST"},
                {"mac_response_key", "MAC_RESPONSE"}, {"data_request_key", "DATA_REQUEST"},
                {"data_response_key", "DATA_RESPONSE"}};
            for (String[] k : keys) {
                try (KeyHandle w = host.workingKey(ksn, TdesDukptUsage.valueOf(k[1]))) {
                    assertEquals(v.out(k[0]), raw(w), v.id() + " " + k[0]);
                }
            }
            byte[] data = v.inHex("data");
            String pan = v.in("pan");
            try (KeyHandle pek = host.workingKey(ksn, TdesDukptUsage.PIN);
                    KeyHandle macReq = host.workingKey(ksn, TdesDukptUsage.MAC_REQUEST);
                    KeyHandle macResp = host.workingKey(ksn, TdesDukptUsage.MAC_RESPONSE);
                    KeyHandle dataReq = host.workingKey(ksn, TdesDukptUsage.DATA_REQUEST);
                    KeyHandle dataResp = host.workingKey(ksn, TdesDukptUsage.DATA_RESPONSE);
                    Pin pin = Pin.parse(v.in("pin"))) {
                assertHex(v.out("clear_pin_block"), PinBlocks.encodeClear(PinBlockFormat.ISO_0, pin, pan,
                        PinFill.random()), v.id() + " clear block");
                PinBlockCipher c = PinBlocks.cipher(pek, PinBlockFormat.ISO_0);
                assertHex(v.out("encrypted_pin_block"), c.encrypt(pin, pan), v.id() + " PIN block");
                try (Pin back = c.decrypt(v.outHex("encrypted_pin_block"), pan)) {
                    assertTrue(back.matches(pin));
                }
                assertHex(v.out("mac_request"), Macs.create(macReq, MacAlgorithm.ISO9797_1_ALG3).compute(data),
                        v.id() + " MAC request");
                assertHex(v.out("mac_response"), Macs.create(macResp, MacAlgorithm.ISO9797_1_ALG3).compute(data),
                        v.id() + " MAC response");
                assertHex(v.out("cmac_request"), Macs.create(macReq, MacAlgorithm.CMAC).compute(data),
                        v.id() + " CMAC request");
                assertHex(v.out("cmac_response"), Macs.create(macResp, MacAlgorithm.CMAC).compute(data),
                        v.id() + " CMAC response");
                assertHex(v.out("data_request_encrypted"), DataCiphers.cbc(dataReq).encrypt(data),
                        v.id() + " data request");
                assertHex(v.out("data_response_encrypted"), DataCiphers.cbc(dataResp).encrypt(data),
                        v.id() + " data response");
            }
        }
    }

    static void aes(Vector v) {
        String wkt = (String) v.params().getOrDefault("working_key_type", "AES128");
        AesDukptKeyType type = AesDukptKeyType.valueOf(wkt);
        try (KeyHandle bdk = key(KeyAlgorithm.AES, KeyUsage.BASE_DERIVATION, v.in("bdk"))) {
            AesDukptHost host = AesDukptHost.of(bdk);
            if (Boolean.TRUE.equals(v.param("allow_over_16_bits"))) {
                host = host.acceptingAnyCounter();
            }
            Ksn ksn = Ksn.parse(v.in("ksn"));
            if (v.expectError()) {
                host.transactionKey(ksn); // must throw
                return;
            }
            byte[] k = ksn.toByteArray();
            int bdkAlg = AesDukptCore.algorithmCode(true, bdk.length());
            assertHex(v.out("initial_key_derivation_data"), AesDukptCore.derivationData(
                    AesDukptCore.USAGE_INITIAL, bdkAlg, bdk.length() * 8, k, 0), v.id());
            try (KeyHandle ik = host.initialKey(ksn)) {
                assertEquals(v.out("initial_key"), raw(ik), v.id() + " IK");
            }
            try (KeyHandle tk = host.transactionKey(ksn)) {
                assertEquals(v.out("transaction_key"), raw(tk), v.id() + " transaction key");
            }
            String[][] keys = {{"pin", "PIN"}, {"mac_generation", "MAC_GENERATION"},
                {"mac_verification", "MAC_VERIFICATION"}, {"data_encrypt", "DATA_ENCRYPT"},
                {"data_decrypt", "DATA_DECRYPT"}};
            for (String[] n : keys) {
                AesDukptUsage u = AesDukptUsage.valueOf(n[1]);
                assertHex(v.out("derivation_data_" + n[0]), AesDukptCore.derivationData(u.code(),
                        type.code(), type.length() * 8, k, ksn.counter()), v.id() + " " + n[0]);
                try (KeyHandle w = host.workingKey(ksn, u, type)) {
                    assertEquals(v.out(n[0] + "_key"), raw(w), v.id() + " " + n[0] + " key");
                }
            }
            if (!v.has("pin_field")) {
                return;
            }
            byte[] data = v.inHex("data");
            String pan = v.in("pan");
            String pinField = v.in("pin_field");
            int len = Character.digit(pinField.charAt(1), 16);
            try (KeyHandle pek = host.workingKey(ksn, AesDukptUsage.PIN, type);
                    KeyHandle macGen = host.workingKey(ksn, AesDukptUsage.MAC_GENERATION, type);
                    KeyHandle macVer = host.workingKey(ksn, AesDukptUsage.MAC_VERIFICATION, type);
                    KeyHandle enc = host.workingKey(ksn, AesDukptUsage.DATA_ENCRYPT, type);
                    KeyHandle dec = host.workingKey(ksn, AesDukptUsage.DATA_DECRYPT, type);
                    Pin pin = Pin.parse(pinField.substring(2, 2 + len))) {
                PinFill fill = PinFill.fixedForTesting(pinField.substring(16));
                assertHex(v.out("pin_field"), PinBlocks.encodeClear(PinBlockFormat.ISO_4, pin, pan, fill), v.id());
                assertHex(v.out("pan_field"), PinBlocks.panField(PinBlockFormat.ISO_4, pan), v.id());
                PinBlockCipher c = PinBlocks.cipher(pek, PinBlockFormat.ISO_4, fill);
                assertHex(v.out("encrypted_pin_block"), c.encrypt(pin, pan), v.id() + " PIN block");
                assertTrue(c.verify(v.outHex("encrypted_pin_block"), pan, pin));
                assertHex(v.out("cmac_request"), Macs.create(macGen, MacAlgorithm.CMAC).compute(data), v.id());
                assertHex(v.out("cmac_response"), Macs.create(macVer, MacAlgorithm.CMAC).compute(data), v.id());
                assertHex(v.out("data_request_encrypted"), DataCiphers.cbc(enc).encrypt(data), v.id());
                assertHex(v.out("data_response_encrypted"), DataCiphers.cbc(dec).encrypt(data), v.id());
            }
            if (Boolean.TRUE.equals(v.param("hmac"))) {
                try (KeyHandle hReq = host.workingKey(ksn, AesDukptUsage.MAC_GENERATION, AesDukptKeyType.HMAC128);
                        KeyHandle hResp = host.workingKey(ksn, AesDukptUsage.MAC_VERIFICATION, AesDukptKeyType.HMAC128)) {
                    assertHex(v.out("hmac_request"), Macs.create(hReq, MacAlgorithm.HMAC_SHA256).compute(data), v.id());
                    assertHex(v.out("hmac_response"), Macs.create(hResp, MacAlgorithm.HMAC_SHA256).compute(data), v.id());
                }
            }
        }
    }
}
