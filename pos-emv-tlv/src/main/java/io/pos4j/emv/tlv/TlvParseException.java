package io.pos4j.emv.tlv;

import java.util.Optional;

/**
 * Malformed or over-limit BER-TLV input. Unchecked. Carries the byte offset where parsing stopped,
 * the path of tags that were open there (such as {@code "70/5F20"}), a {@link Reason}, and for
 * tree parses the objects completed before the error. Messages never contain data values; they
 * read like {@code "tag 70/5F20: length 26 exceeds the 3 bytes left in the enclosing 70 at offset 118"}.
 */
public class TlvParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why parsing stopped. */
    public enum Reason {
        /** The input ended inside a tag. */
        TRUNCATED_TAG,
        /** A tag has more bytes than {@link TlvOptions#maxTagBytes()}. */
        TAG_TOO_LONG,
        /** The input (or the enclosing object) ended inside a length. */
        TRUNCATED_LENGTH,
        /** Length byte {@code 80}: indefinite lengths are not allowed in EMV. */
        INDEFINITE_LENGTH,
        /** A long-form length has more bytes than {@link TlvOptions#maxLengthBytes()}. */
        LENGTH_TOO_LONG,
        /** A value runs past the end of the input or of the enclosing constructed object. */
        VALUE_OVERRUNS,
        /** A padding byte where strict mode expects a tag. */
        PADDING_NOT_ALLOWED,
        /** Nesting deeper than {@link TlvOptions#maxDepth()}. */
        DEPTH_LIMIT,
        /** More objects than {@link TlvOptions#maxObjects()}. */
        OBJECT_LIMIT,
        /** Anything else (used by code built on this module). */
        MALFORMED
    }

    private final int offset;
    private final Reason reason;
    private final String tagPath;
    private final transient TlvList partial;

    /**
     * A general error for code built on this module; prefer the parser's own exceptions.
     *
     * @param message what was wrong and what was expected, without data values
     * @param offset  byte offset in the input where the problem was found
     */
    public TlvParseException(String message, int offset) {
        this(Reason.MALFORMED, offset, "", message, null);
    }

    /**
     * For code built on this module (DOL parsing, TLV sub-fields): the message is composed as
     * {@code "tag <path>: <detail> at offset <offset>"} ({@code "top level"} when the path is
     * empty).
     *
     * @param reason  why parsing stopped
     * @param offset  byte offset in the input
     * @param tagPath tags open at the error joined by {@code /}, or empty
     * @param detail  what was wrong and what was expected, without data values
     */
    public TlvParseException(Reason reason, int offset, String tagPath, String detail) {
        this(reason, offset, tagPath, compose(offset, tagPath, detail), null);
    }

    private TlvParseException(Reason reason, int offset, String tagPath, String message,
            TlvList partial) {
        super(message);
        this.offset = offset;
        this.reason = reason;
        this.tagPath = tagPath;
        this.partial = partial;
    }

    private static String compose(int offset, String tagPath, String detail) {
        String where = tagPath.isEmpty() ? "top level" : "tag " + tagPath;
        return where + ": " + detail + " at offset " + offset;
    }

    /** @return a copy that carries {@code list} as the partial result */
    TlvParseException withPartial(TlvList list) {
        TlvParseException e = new TlvParseException(reason, offset, tagPath, getMessage(), list);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** @return byte offset in the input where the problem was found */
    public int offset() {
        return offset;
    }

    /** @return why parsing stopped */
    public Reason reason() {
        return reason;
    }

    /**
     * @return the tags open at the error, outermost first, joined by {@code /} (such as
     *         {@code "70/5F20"}); the last one is the object being read when its tag was complete;
     *         empty at the top level
     */
    public String tagPath() {
        return tagPath;
    }

    /**
     * @return for tree parses, the top-level objects completely read before the error (possibly
     *         none); empty for cursor parses
     */
    public Optional<TlvList> partial() {
        return Optional.ofNullable(partial);
    }
}
