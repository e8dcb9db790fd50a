package io.pos4j.iso8583.internal;

import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks values as they are set, so a built message always packs: content class, charset,
 * length. Fixed-length n fields are left-padded with zeros, fixed an/ans right-padded with spaces.
 * Messages name the field and never echo the value.
 */
public final class Values {

    private Values() {
    }

    /**
     * @return the stored form of a text value: a normalized String, or a {@link Raw} for GBK
     * @throws IllegalArgumentException naming the field
     */
    public static Object text(FieldSpec f, int field, int part, String s) {
        Objects.requireNonNull(s, "value");
        ContentType t = f.type();
        if (t == ContentType.B) {
            throw new IllegalArgumentException(label(field, part) + "binary field; set bytes (or hex) instead of text");
        }
        if (t == ContentType.N) {
            for (int i = 0; i < s.length(); i++) {
                if ((char) (s.charAt(i) - '0') > 9) {
                    throw new IllegalArgumentException(label(field, part) + "character " + i
                            + " is not allowed in n content");
                }
            }
            if (f.isFixed() && s.length() < f.length()) {
                s = "0".repeat(f.length() - s.length()) + s;
            }
        } else if (t == ContentType.Z || t == ContentType.XN) {
            StringBuilder sb = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ok = c >= '0' && c <= '9'
                        || t == ContentType.XN && i == 0 && (c == 'C' || c == 'D')
                        || t == ContentType.Z && (c == '=' || c == 'D' || c == 'd');
                if (!ok) {
                    throw new IllegalArgumentException(label(field, part) + "character " + i + " is not allowed in "
                            + t.name().toLowerCase(Locale.ROOT) + " content");
                }
                if (t == ContentType.Z && (c == 'D' || c == 'd')) {
                    if (sb == null) {
                        sb = new StringBuilder(s);
                    }
                    sb.setCharAt(i, '=');
                }
            }
            if (sb != null) {
                s = sb.toString();
            }
            if (t == ContentType.XN && s.isEmpty()) {
                throw new IllegalArgumentException(label(field, part) + "x+n amount must not be empty");
            }
            if (f.isFixed() && s.length() < f.length() && t != ContentType.Z) {
                String zeros = "0".repeat(f.length() - s.length());
                boolean signed = t == ContentType.XN && (s.charAt(0) == 'C' || s.charAt(0) == 'D');
                s = signed ? s.charAt(0) + zeros + s.substring(1) : zeros + s;
            }
        } else if (f.encoding() == FieldEncoding.GBK) {
            byte[] enc = gbk(field, part, s);
            if (f.isFixed() && enc.length < f.length()) {
                enc = gbk(field, part, s + " ".repeat(f.length() - enc.length));
            }
            check(f, field, part, enc.length);
            return new Raw(enc, enc.length);
        } else {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ok = f.encoding() == FieldEncoding.EBCDIC ? Ebcdic.canEncode(c) : c <= 0xFF;
                if (!ok) {
                    throw new IllegalArgumentException(label(field, part) + "character " + i + " cannot be written in "
                            + f.encoding());
                }
            }
            if (f.isFixed() && s.length() < f.length()) {
                s = s + " ".repeat(f.length() - s.length());
            }
        }
        check(f, field, part, s.length());
        return s;
    }

    /**
     * @return the binary value itself (callers copy it into the message's buffer at once), or a
     *         {@link Raw} over raw encoded text for an ASCII/GBK/EBCDIC text field
     * @throws IllegalArgumentException naming the field
     */
    public static Object bytes(FieldSpec f, int field, byte[] v) {
        Objects.requireNonNull(v, "value");
        if (f.type() != ContentType.B) {
            FieldEncoding e = f.encoding();
            if (e != FieldEncoding.ASCII && e != FieldEncoding.GBK && e != FieldEncoding.EBCDIC) {
                throw new IllegalArgumentException(label(field, 0) + e + " text field; set text instead of bytes");
            }
            // raw encoded text (for example GBK bytes a host sent that are not valid GBK)
            check(f, field, 0, v.length);
            return new Raw(v, v.length);
        }
        check(f, field, 0, v.length);
        return v;
    }

    private static void check(FieldSpec f, int field, int part, int valueLength) {
        int units = f.unit() == io.pos4j.iso8583.spec.LengthUnit.WIRE ? wire(f, valueLength) : valueLength;
        if (f.isFixed() ? units != f.length() : units > f.length()) {
            throw new IllegalArgumentException(label(field, part) + "length " + units + (f.isFixed() ? " is not the fixed length "
                    : " exceeds maximum ") + f.length());
        }
        if (!f.isFixed() && f.encoding() == FieldEncoding.BCD && f.unit() == io.pos4j.iso8583.spec.LengthUnit.WIRE
                && valueLength % 2 != 0) {
            throw new IllegalArgumentException(label(field, part) + "odd digit count cannot be counted in wire bytes");
        }
    }

    /** "field 60: " or "field 60.2: ", built only for an error */
    /**
     * Numbers (set and read as {@code long}) are for n fields only.
     *
     * @throws IllegalArgumentException naming the field and its content class otherwise
     */
    public static void requireNumeric(FieldSpec f, int field) {
        if (f.type() != ContentType.N) {
            throw new IllegalArgumentException(label(field, 0) + f.type().name().toLowerCase(Locale.ROOT)
                    + " field; numbers are for n fields");
        }
    }

    private static String label(int field, int part) {
        return "field " + field + (part > 0 ? "." + part : "") + ": ";
    }

    private static int wire(FieldSpec f, int valueLength) {
        return switch (f.encoding()) {
            case BCD -> f.type() == ContentType.XN ? 1 + valueLength / 2 : (valueLength + 1) / 2;
            case HEX_ASCII -> 2 * valueLength;
            default -> valueLength;
        };
    }

    private static byte[] gbk(int field, int part, String s) {
        try {
            ByteBuffer bb = Wire.gbk().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(label(field, part) + "text cannot be written in GBK");
        }
    }
}
