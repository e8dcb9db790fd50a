package io.pos4j.pin;

import io.pos4j.pin.internal.Blocks;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Master/session key management: working keys (PIK, MAK, TDK) travel ECB-encrypted under a
 * key-encryption key (the terminal master key, TMK), each with a check value = the leftmost bytes
 * of the clear key encrypting a block of zeros (4 bytes at UnionPay).
 *
 * <pre>{@code
 * // host: 0810 DE 62 = PIK(16) + check(4) + MAK(16) + check(4)
 * WrappedKey wpik = KeyExchange.wrap(tmk, pik);
 * // terminal: all or nothing
 * List<KeyHandle> keys = KeyExchange.unwrapAll(tmk, List.of(wpik, wmak));
 * }</pre>
 */
public final class KeyExchange {

    /** The check value length UnionPay sign-in responses carry. */
    public static final int DEFAULT_CHECK_LENGTH = 4;

    private KeyExchange() {
    }

    /** As {@link #wrap(KeyHandle, KeyHandle, int)} with a 4-byte check value. */
    public static WrappedKey wrap(KeyHandle kek, KeyHandle workingKey) {
        return wrap(kek, workingKey, DEFAULT_CHECK_LENGTH);
    }

    /**
     * Host side: encrypts {@code workingKey} under {@code kek} (ECB) and computes its check value.
     *
     * @throws PinException {@link PinException.Reason#KEY_USAGE} unless {@code kek} is a
     *                      {@link KeyUsage#KEY_ENCRYPTION} key whose block size divides the
     *                      working key's length
     */
    public static WrappedKey wrap(KeyHandle kek, KeyHandle workingKey, int checkLength) {
        Objects.requireNonNull(workingKey, "workingKey");
        requireKek(kek, workingKey.length());
        byte[] enc = Blocks.ecb(kek.kind(), kek.material(), true, workingKey.material());
        byte[] check = workingKey.checkValue(KcvMethod.ENCRYPT_ZEROS, checkLength);
        return WrappedKey.of(workingKey.usage(), workingKey.algorithm(), enc, check);
    }

    /**
     * Terminal side, one key.
     *
     * @throws PinException {@link PinException.Reason#KEY_CHECK_FAILED} when the decrypted key
     *                      does not match its check value
     */
    public static KeyHandle unwrap(KeyHandle kek, WrappedKey wrapped) {
        return unwrapAll(kek, List.of(wrapped)).get(0);
    }

    /**
     * Terminal side, all or nothing: decrypts every key and checks every check value; if any
     * fails, every key already decrypted is destroyed and nothing is returned.
     *
     * @return the clear key handles, in the order given
     * @throws PinException {@link PinException.Reason#KEY_CHECK_FAILED} naming the first failing
     *                      key by position and usage
     */
    public static List<KeyHandle> unwrapAll(KeyHandle kek, List<WrappedKey> wrapped) {
        Objects.requireNonNull(wrapped, "wrapped");
        List<KeyHandle> out = new ArrayList<>(wrapped.size());
        try {
            for (int i = 0; i < wrapped.size(); i++) {
                WrappedKey w = Objects.requireNonNull(wrapped.get(i), "wrapped key");
                byte[] enc = w.encrypted();
                requireKek(kek, enc.length);
                KeyHandle k = KeyHandle.adopt(w.algorithm(), w.usage(),
                        Blocks.ecb(kek.kind(), kek.material(), false, enc));
                out.add(k);
                byte[] expected = w.checkValue();
                byte[] actual = k.checkValue(KcvMethod.ENCRYPT_ZEROS, expected.length);
                if (!MessageDigest.isEqual(expected, actual)) {
                    throw new PinException(PinException.Reason.KEY_CHECK_FAILED, "working key "
                            + (i + 1) + " (" + w.usage() + "): check value does not match");
                }
            }
            return List.copyOf(out);
        } catch (RuntimeException e) {
            out.forEach(KeyHandle::destroy);
            throw e;
        }
    }

    private static void requireKek(KeyHandle kek, int keyLength) {
        Objects.requireNonNull(kek, "kek");
        kek.requireUsage("key unwrap", KeyUsage.KEY_ENCRYPTION);
        if (keyLength % kek.algorithm().blockSize() != 0) {
            throw new PinException(PinException.Reason.KEY_USAGE, "key unwrap: a " + keyLength
                    + "-byte key is not a whole number of " + kek.algorithm() + " blocks");
        }
    }

}
