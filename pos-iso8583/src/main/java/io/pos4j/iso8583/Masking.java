package io.pos4j.iso8583;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.SensitiveTags;
import io.pos4j.emv.tlv.Tag;
import io.pos4j.emv.tlv.TlvParseException;
import io.pos4j.emv.tlv.TlvParser;
import io.pos4j.emv.tlv.TlvReader;
import io.pos4j.iso8583.spec.Sensitivity;
import java.util.HexFormat;

/** How sensitive values are shown in {@code toString()} and default dumps. */
final class Masking {

    private Masking() {
    }

    /** First 6 and last 4 digits of a PAN; shorter PANs fully masked. */
    static String pan(String pan) {
        int n = pan.length();
        if (n <= 10) {
            return "*".repeat(n);
        }
        return pan.substring(0, 6) + "*".repeat(n - 10) + pan.substring(n - 4);
    }

    /** Track data: the PAN masked 6/4, everything after the first separator hidden. */
    static String track(String track) {
        int i = 0;
        StringBuilder sb = new StringBuilder(track.length());
        while (i < track.length() && !Character.isDigit(track.charAt(i))) {
            sb.append(track.charAt(i++));
        }
        int start = i;
        while (i < track.length() && Character.isDigit(track.charAt(i))) {
            i++;
        }
        sb.append(pan(track.substring(start, i)));
        if (i < track.length()) {
            sb.append(track.charAt(i)).append("*".repeat(track.length() - i - 1));
        }
        return sb.toString();
    }

    /**
     * @param text the value's text (hex for b fields)
     * @return the text as shown by default for {@code s}
     */
    static String mask(Sensitivity s, String text, int wireBytes) {
        return switch (s) {
            case NONE -> text;
            case PAN -> pan(text);
            case TRACK -> track(text);
            case PIN_BLOCK -> "<hidden>";
            case EMV, SECRET -> "<" + wireBytes + " bytes hidden>";
        };
    }

    /** Hex of BER-TLV data with the values of sensitive tags masked in place; all starred if not TLV. */
    static String emvHex(byte[] v) {
        char[] hex = HexFormat.of().withUpperCase().formatHex(v).toCharArray();
        try {
            TlvReader r = TlvParser.emv().newReader();
            r.reset(v);
            while (r.next()) {
                if (r.isConstructed()) {
                    continue;
                }
                Tag tag = r.tagValue();
                if (!SensitiveTags.isSensitive(tag)) {
                    continue;
                }
                int from = 2 * r.valueOffset();
                int len = 2 * r.valueLength();
                String shown = SensitiveTags.display(tag,
                        Bytes.copyOf(v, r.valueOffset(), r.valueLength()));
                for (int i = 0; i < len; i++) {
                    hex[from + i] = shown.length() == len ? shown.charAt(i) : '*';
                }
            }
            return new String(hex);
        } catch (TlvParseException e) {
            return "*".repeat(hex.length);
        }
    }

    static String describe(IsoMessage m, boolean unmasked) {
        StringBuilder sb = new StringBuilder(256).append(m.spec.name()).append(' ').append(m.mti());
        if (m.tpdu != null) {
            sb.append(" tpdu=").append(m.tpdu);
        }
        if (m.header != null) {
            sb.append(" header=").append(java.util.HexFormat.of().withUpperCase().formatHex(m.header));
        }
        sb.append(" {");
        String sep = "";
        for (int field : m.fields()) {
            io.pos4j.iso8583.spec.FieldSpec f = m.spec.field(field);
            String text = m.text(field);
            sb.append(sep).append(field).append('=')
                    .append(unmasked ? text : f.sensitivity() == io.pos4j.iso8583.spec.Sensitivity.EMV
                            ? maskedTlv(m, field) : mask(f.sensitivity(), text, m.wireBytes(field)));
            sep = ", ";
        }
        return sb.append('}').toString();
    }

    private static String maskedTlv(IsoMessage m, int field) {
        if (m.spec.field(field).type() != io.pos4j.iso8583.spec.ContentType.B) {
            return "<" + m.wireBytes(field) + " bytes hidden>";
        }
        try {
            return TlvParser.emv().parse(m.bytes(field)).toString();
        } catch (TlvParseException e) {
            return "<" + m.wireBytes(field) + " bytes, not BER-TLV, hidden>";
        }
    }

}
