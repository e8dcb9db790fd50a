package io.pos4j.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.pos4j.pin.internal.FastDes;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/** The table-driven key schedule gives exactly Bouncy Castle's results, for any key and block. */
class FastDesTest {

    static byte[] run(BlockCipher c, byte[] block) {
        byte[] out = new byte[8];
        c.processBlock(block, 0, out, 0);
        return out;
    }

    @Property(tries = 2000)
    void fastDes_anyKeyAndBlock_matchesBouncyCastle(@ForAll @Size(24) byte[] key, @ForAll @Size(8) byte[] block,
            @ForAll boolean encrypt) {
        byte[] k8 = java.util.Arrays.copyOf(key, 8);
        DESEngine des = new DESEngine();
        des.init(encrypt, new KeyParameter(k8));
        assertArrayEquals(run(des, block), run(new FastDes(false).init(encrypt, k8), block), "DES");
        for (int len : new int[] {16, 24}) {
            byte[] k = java.util.Arrays.copyOf(key, len);
            DESedeEngine tdes = new DESedeEngine();
            tdes.init(encrypt, new KeyParameter(k));
            assertArrayEquals(run(tdes, block), run(new FastDes(true).init(encrypt, k), block), "TDES-" + len);
        }
    }
}
