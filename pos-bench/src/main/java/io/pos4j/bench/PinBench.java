package io.pos4j.bench;

import io.pos4j.pin.AesDukptHost;
import io.pos4j.pin.AesDukptKeyType;
import io.pos4j.pin.AesDukptUsage;
import io.pos4j.pin.InsecureKeyAccess;
import io.pos4j.pin.KeyAlgorithm;
import io.pos4j.pin.KeyHandle;
import io.pos4j.pin.KeyUsage;
import io.pos4j.pin.Ksn;
import io.pos4j.pin.Pin;
import io.pos4j.pin.PinBlockCipher;
import io.pos4j.pin.PinBlockFormat;
import io.pos4j.pin.PinBlocks;
import io.pos4j.pin.TdesDukptHost;
import io.pos4j.pin.TdesDukptUsage;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.crypto.spec.SecretKeySpec;
import org.jpos.core.SimpleConfiguration;
import org.jpos.security.EncryptedPIN;
import org.jpos.security.KeySerialNumber;
import org.jpos.security.SMAdapter;
import org.jpos.security.SMException;
import org.jpos.security.SecureDESKey;
import org.jpos.security.jceadapter.JCESecurityModule;
import org.jpos.util.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PIN processing, pos4j (pos-pin: Bouncy Castle engines behind the API) against jPOS 2.1.10's
 * {@link JCESecurityModule} (software HSM on JCE), same inputs, same run. Pairs:
 * <ul>
 * <li>{@code dukptPin*}: host side TDES DUKPT (X9.24-1, jPOS {@code importPIN(.., tdes = true)}) for
 *     KSN counter 0x00C35 (6 one bits):
 *     IPEK from the BDK, transaction key, PIN variant, decrypt the format 0 block.
 *     {@code dukptPinDecrypt_pos4j} returns the PIN; {@code dukptPinTranslate_pos4j} re-encrypts it
 *     under a fixed TDES key, which is what {@code dukptPinImport_jpos} ({@code importPIN}: PIN
 *     re-encrypted under the LMK) does; {@code dukptPinDecrypt_jpos} adds {@code decryptPIN} to
 *     get the clear PIN.</li>
 * <li>{@code format0Encrypt*}: format 0 PIN block under a fixed TDES key. jPOS keeps keys under its
 *     LMK and re-keys JCE on every call; {@code format0Encrypt_pos4j} reuses a cipher (engines keyed
 *     once), {@code format0EncryptNewCipher_pos4j} creates the cipher per call.</li>
 * <li>{@code aesDukptPinDecrypt_pos4j}: AES DUKPT (X9.24-3, AES-128 BDK, counter 0x00C35) PIN key
 *     and format 4 decrypt (jPOS 2.1.10 has no AES DUKPT).</li>
 * </ul>
 * <li>{@code rekey*}: the primitive that dominates DUKPT, a new key and one block: TDES via
 *     pos-pin's table-driven key schedule ({@code FastDes}, internal), Bouncy Castle's
 *     {@code DESedeEngine}, and JCE (a reused {@code Cipher}, re-initialised); AES via Bouncy
 *     Castle's {@code AESEngine} and JCE. These decide which engine pos-pin uses per primitive.</li>
 * </ul>
 * Setup checks that both sides agree on every input. jPOS runs on its default provider (SunJCE,
 * exported to it by a JVM flag on the fork).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// jPOS loads its default provider class com.sun.crypto.provider.SunJCE by name
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/com.sun.crypto.provider=ALL-UNNAMED")
@State(Scope.Benchmark)
public class PinBench {

    static final HexFormat HEX = HexFormat.of().withUpperCase();
    static final String BDK = "0123456789ABCDEFFEDCBA9876543210";
    static final String KSN = "FFFF9876543210E00C35";
    static final String ZPK = "0123456789ABCDEFFEDCBA9876543210";
    static final String AES_BDK = "FEDCBA9876543210F1F1F1F1F1F1F1F1";
    static final String AES_KSN = "123456789012345600000C35";
    static final String PAN = "4012345678909";
    static final String PIN = "1234";

    /** Exposes jPOS's protected "encrypt PIN under a given key" and LMK import. */
    static final class JposModule extends JCESecurityModule {
        JposModule(SimpleConfiguration cfg) throws org.jpos.core.ConfigurationException {
            super(cfg, new Logger(), "bench");
        }

        EncryptedPIN encryptUnder(String pin, String pan, SecureDESKey key) throws SMException {
            return encryptPINImpl(pin, pan, key);
        }

        SecureDESKey underLmk(String type, byte[] clear16) throws SMException {
            byte[] k24 = Arrays.copyOf(clear16, 24);
            System.arraycopy(clear16, 0, k24, 16, 8);
            return encryptToLMK(SMAdapter.LENGTH_DES3_2KEY, type, new SecretKeySpec(k24, "DESede"));
        }
    }

    // pos4j
    KeyHandle bdk;
    TdesDukptHost host;
    Ksn ksn;
    byte[] block;
    KeyHandle zpk;
    PinBlockCipher zpkCipher;
    Pin pin;
    AesDukptHost aesHost;
    Ksn aesKsn;
    byte[] aesBlock;

    // jPOS
    File lmk;
    JposModule jpos;
    SecureDESKey jposBdk;
    SecureDESKey jposZpk;
    KeySerialNumber jposKsn;
    EncryptedPIN jposBlock;
    String jposAccount;

    // primitives
    byte[] rawTdes = HEX.parseHex(ZPK);
    byte[] rawAes = HEX.parseHex(AES_BDK);
    byte[] blk = new byte[16];
    javax.crypto.Cipher jceTdes;
    javax.crypto.Cipher jceAes;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        jceTdes = javax.crypto.Cipher.getInstance("DESede/ECB/NoPadding");
        jceAes = javax.crypto.Cipher.getInstance("AES/ECB/NoPadding");
        bdk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.BASE_DERIVATION, HEX.parseHex(BDK), InsecureKeyAccess.get());
        host = TdesDukptHost.of(bdk);
        ksn = Ksn.parse(KSN);
        pin = Pin.parse(PIN);
        try (KeyHandle pek = host.workingKey(ksn, TdesDukptUsage.PIN)) {
            block = PinBlocks.cipher(pek, PinBlockFormat.ISO_0).encrypt(pin, PAN);
        }
        zpk = KeyHandle.importRaw(KeyAlgorithm.TDES, KeyUsage.PIN_ENCRYPTION, HEX.parseHex(ZPK), InsecureKeyAccess.get());
        zpkCipher = PinBlocks.cipher(zpk, PinBlockFormat.ISO_0);
        KeyHandle aesBdk = KeyHandle.importRaw(KeyAlgorithm.AES, KeyUsage.BASE_DERIVATION, HEX.parseHex(AES_BDK),
                InsecureKeyAccess.get());
        aesHost = AesDukptHost.of(aesBdk);
        aesKsn = Ksn.parse(AES_KSN);
        try (KeyHandle pek = aesHost.workingKey(aesKsn, AesDukptUsage.PIN, AesDukptKeyType.AES128)) {
            aesBlock = PinBlocks.cipher(pek, PinBlockFormat.ISO_4).encrypt(pin, PAN);
        }

        lmk = File.createTempFile("pinbench", ".lmk");
        Properties p = new Properties();
        p.setProperty("lmk", lmk.getAbsolutePath());
        p.setProperty("rebuildlmk", "true");
        jpos = new JposModule(new SimpleConfiguration(p));
        jposBdk = jpos.underLmk(SMAdapter.TYPE_BDK, HEX.parseHex(BDK));
        jposZpk = jpos.underLmk(SMAdapter.TYPE_ZPK, HEX.parseHex(ZPK));
        jposKsn = new KeySerialNumber(KSN.substring(0, 10), KSN.substring(10, 15), KSN.substring(15));
        jposBlock = new EncryptedPIN(block, SMAdapter.FORMAT01, PAN);
        jposAccount = EncryptedPIN.extractAccountNumberPart(PAN); // jPOS takes the 12 digits, precomputed

        // both sides agree
        String ours = String.valueOf(dukptPinDecrypt_pos4j());
        String theirs = dukptPinDecrypt_jpos();
        if (!theirs.equals(PIN) || !ours.equals(String.valueOf(PIN.length()))) {
            throw new IllegalStateException("DUKPT disagreement: jPOS " + theirs.length() + " digits");
        }
        if (!Arrays.equals(format0Encrypt_pos4j(), format0Encrypt_jpos().getPINBlock())) {
            throw new IllegalStateException("format 0 disagreement");
        }
        if (aesDukptPinDecrypt_pos4j() != PIN.length()) {
            throw new IllegalStateException("AES DUKPT round trip failed");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        bdk.close();
        zpk.close();
        pin.close();
        java.nio.file.Files.deleteIfExists(lmk.toPath());
    }

    @Benchmark
    public int dukptPinDecrypt_pos4j() {
        try (KeyHandle pek = host.workingKey(ksn, TdesDukptUsage.PIN);
                Pin p = PinBlocks.cipher(pek, PinBlockFormat.ISO_0).decrypt(block, PAN)) {
            return p.length();
        }
    }

    @Benchmark
    public byte[] dukptPinTranslate_pos4j() {
        try (KeyHandle pek = host.workingKey(ksn, TdesDukptUsage.PIN)) {
            return PinBlocks.translate(PinBlocks.cipher(pek, PinBlockFormat.ISO_0), block, PAN, zpkCipher, PAN);
        }
    }

    @Benchmark
    public EncryptedPIN dukptPinImport_jpos() throws SMException {
        return jpos.importPIN(jposBlock, jposKsn, jposBdk, true);
    }

    @Benchmark
    public String dukptPinDecrypt_jpos() throws SMException {
        return jpos.decryptPIN(jpos.importPIN(jposBlock, jposKsn, jposBdk, true));
    }

    @Benchmark
    public byte[] format0Encrypt_pos4j() {
        return zpkCipher.encrypt(pin, PAN);
    }

    @Benchmark
    public byte[] format0EncryptNewCipher_pos4j() {
        return PinBlocks.cipher(zpk, PinBlockFormat.ISO_0).encrypt(pin, PAN);
    }

    @Benchmark
    public EncryptedPIN format0Encrypt_jpos() throws SMException {
        return jpos.encryptUnder(PIN, jposAccount, jposZpk);
    }

    @Benchmark
    public int aesDukptPinDecrypt_pos4j() {
        try (KeyHandle pek = aesHost.workingKey(aesKsn, AesDukptUsage.PIN, AesDukptKeyType.AES128);
                Pin p = PinBlocks.cipher(pek, PinBlockFormat.ISO_4).decrypt(aesBlock, PAN)) {
            return p.length();
        }
    }

    @Benchmark
    public byte[] rekeyTdes_pos4jFastDes() {
        byte[] out = new byte[8];
        new io.pos4j.pin.internal.FastDes(true).init(true, rawTdes).processBlock(blk, 0, out, 0);
        return out;
    }

    @Benchmark
    public byte[] rekeyTdes_bc() {
        byte[] out = new byte[8];
        org.bouncycastle.crypto.engines.DESedeEngine e = new org.bouncycastle.crypto.engines.DESedeEngine();
        e.init(true, new org.bouncycastle.crypto.params.KeyParameter(rawTdes));
        e.processBlock(blk, 0, out, 0);
        return out;
    }

    @Benchmark
    public byte[] rekeyTdes_jce() throws Exception {
        byte[] k24 = Arrays.copyOf(rawTdes, 24);
        System.arraycopy(rawTdes, 0, k24, 16, 8);
        jceTdes.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(k24, "DESede"));
        return jceTdes.doFinal(blk, 0, 8);
    }

    @Benchmark
    public byte[] rekeyAes_bc() {
        byte[] out = new byte[16];
        org.bouncycastle.crypto.BlockCipher e = org.bouncycastle.crypto.engines.AESEngine.newInstance();
        e.init(true, new org.bouncycastle.crypto.params.KeyParameter(rawAes));
        e.processBlock(blk, 0, out, 0);
        return out;
    }

    @Benchmark
    public byte[] rekeyAes_jce() throws Exception {
        jceAes.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(rawAes, "AES"));
        return jceAes.doFinal(blk, 0, 16);
    }
}
