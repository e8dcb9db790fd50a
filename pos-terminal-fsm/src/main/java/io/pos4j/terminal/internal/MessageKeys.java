package io.pos4j.terminal.internal;

import io.pos4j.pin.Pin;
import java.util.Map;
import java.util.Optional;

/**
 * The keys one message is protected with: the CUP session keys (the same for every message until
 * the next sign-in) or one DUKPT transaction's PIN and MAC keys (new for every message, wiped by
 * {@link #release()}).
 */
interface MessageKeys {

    /** Puts DE 52 (the ISO 9564 format 0 PIN block) and the profile's DE 53, if it has one. */
    void putPin(Map<Integer, Object> fields, Pin pin, String pan);

    /** @return the KSN that goes with this message (DUKPT), or empty */
    Optional<String> ksn();

    /** MAC over {@code frame[from, frame.length - 8)}, written into the last 8 bytes. */
    void sign(byte[] frame, int from);

    /** Constant-time check of the last 8 bytes against the MAC of the bytes before them. */
    boolean verify(byte[] frame, int from);

    /** Wipes per-message keys; a no-op for session keys. */
    void release();
}
