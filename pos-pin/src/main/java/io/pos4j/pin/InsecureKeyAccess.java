package io.pos4j.pin;

/**
 * The token that every raw key export or import requires. It exists to be grepped for: each use
 * of {@code InsecureKeyAccess.get()} is a place where clear key material enters or leaves a key
 * handle and deserves a reviewer's attention (the idea of Tink's {@code InsecureSecretKeyAccess}).
 *
 * <p>Thread-safe, stateless.
 */
public final class InsecureKeyAccess {

    private static final InsecureKeyAccess INSTANCE = new InsecureKeyAccess();

    private InsecureKeyAccess() {
    }

    /** @return the access token */
    public static InsecureKeyAccess get() {
        return INSTANCE;
    }

    @Override
    public String toString() {
        return "InsecureKeyAccess";
    }
}
