package io.pos4j.emv.tlv.dictionary;

import io.pos4j.emv.tlv.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * Outcome Parameter Set ({@code DF8129}) of EMV Contactless Book C-2 (Kernel 2, Annex A) with the
 * outcome parameters of Book A: byte 1 status, 2 start, 3 online response data, 4 CVM (each in
 * the upper nibble), 5 presence flags (UI request on outcome, UI request on restart, data record,
 * discretionary data, receipt), 6 alternate interface preference (upper nibble), 7 field off
 * request (hold time in units of 100 ms, {@code FF} = N/A), 8 removal timeout (units of 100 ms).
 */
final class OutcomeDecoder {

    private OutcomeDecoder() {
    }

    private static final String[] PRESENCE = {"UI request on outcome present", "UI request on restart present",
        "data record present", "discretionary data present", "receipt required"};

    static List<String> decode(Bytes v) {
        List<String> out = new ArrayList<>();
        if (v.length() != 8) {
            out.add("length " + v.length() + " (expected 8): not decoded");
            return out;
        }
        out.add("status: " + nibble(v.get(0), new String[] {null, "APPROVED", "DECLINED", "ONLINE REQUEST",
            "END APPLICATION", "SELECT NEXT", "TRY ANOTHER INTERFACE", "TRY AGAIN"}));
        out.add("start: " + nibble(v.get(1), new String[] {"A", "B", "C", "D"}));
        out.add("online response data: " + nibble(v.get(2), new String[] {null, "EMV data", "any"}));
        out.add("CVM: " + nibble(v.get(3), new String[] {"NO CVM", "OBTAIN SIGNATURE", "ONLINE PIN",
            "CONFIRMATION CODE VERIFIED"}));
        int flags = v.get(4);
        for (int i = 0; i < 8; i++) {
            if ((flags & (0x80 >>> i)) != 0) {
                out.add("byte 5 bit " + (8 - i) + ": " + (i < PRESENCE.length ? PRESENCE[i] : "RFU (set)"));
            }
        }
        out.add("alternate interface preference: " + nibble(v.get(5), new String[] {null, "contact chip",
            "mag-stripe"}));
        int fieldOff = v.get(6);
        out.add("field off request: " + (fieldOff == 0xFF ? "N/A" : "hold time " + fieldOff + " x 100 ms"));
        out.add("removal timeout: " + v.get(7) + " x 100 ms");
        return out;
    }

    /** The upper nibble's name, N/A for F, RFU otherwise; set lower bits are RFU and said so. */
    private static String nibble(int b, String[] names) {
        int code = b >>> 4;
        String name = code == 0xF ? "N/A" : code < names.length && names[code] != null ? names[code]
                : "RFU (" + Integer.toHexString(code).toUpperCase(java.util.Locale.ROOT) + ")";
        return (b & 0x0F) != 0 ? name + ", RFU low bits set" : name;
    }
}
