package io.pos4j.emv.tlv.dictionary;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Explains bit-mapped and structured EMV data elements, in the manner of emvlab.org's decoder:
 * TVR ({@code 95}), TSI ({@code 9B}), AIP ({@code 82}), AUC ({@code 9F07}), CVM List
 * ({@code 8E}), CVM Results ({@code 9F34}), AFL ({@code 94}), Terminal Capabilities
 * ({@code 9F33}), Additional Terminal Capabilities ({@code 9F40}), Cryptogram Information Data
 * ({@code 9F27}), and as read by Visa and UnionPay (Mastercard uses these tags for other data,
 * so the lines say so) Terminal / Card Transaction Qualifiers ({@code 9F66}, {@code 9F6C}),
 * Issuer Application Data ({@code 9F10}: EMV CCD format A, Visa formats 0/1/3 and 2/4,
 * Mastercard M/Chip 4 and Advance, recognised from the value) and the Kernel 2 Outcome
 * Parameter Set ({@code DF8129}). Each line names one set bit or one structured item; RFU bits
 * that are set are reported as such. Stateless and thread-safe.
 */
public final class EmvDecoders {

    private EmvDecoders() {
    }

    /** @return the tags this class can explain */
    public static List<Tag> supportedTags() {
        return List.of(Tag.of(0x95), Tag.of(0x9B), Tag.of(0x82), Tag.of(0x9F07), Tag.of(0x8E),
                Tag.of(0x9F34), Tag.of(0x94), Tag.of(0x9F33), Tag.of(0x9F40), Tag.of(0x9F27),
                Tag.of(0x9F66), Tag.of(0x9F6C), Tag.of(0x9F10), Tag.of(0xDF8129));
    }

    /**
     * @param tag   the data element's tag
     * @param value its value
     * @return one line per set bit or item; empty if the tag is not supported; a value of the
     *         wrong length gives a single line saying so
     */
    public static Optional<List<String>> decode(Tag tag, Bytes value) {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(value, "value");
        return switch (tag.value()) {
            case 0x95 -> Optional.of(bits(value, BitNames.TVR, 5));
            case 0x9B -> Optional.of(bits(value, BitNames.TSI, 2));
            case 0x82 -> Optional.of(bits(value, BitNames.AIP, 2));
            case 0x9F07 -> Optional.of(bits(value, BitNames.AUC, 2));
            case 0x9F33 -> Optional.of(bits(value, BitNames.TERMINAL_CAPABILITIES, 3));
            case 0x9F40 -> Optional.of(bits(value, BitNames.ADDITIONAL_TERMINAL_CAPABILITIES, 5));
            case 0x8E -> Optional.of(cvmList(value));
            case 0x9F34 -> Optional.of(cvmResults(value));
            case 0x94 -> Optional.of(afl(value));
            case 0x9F27 -> Optional.of(cid(value));
            case 0x9F66 -> Optional.of(scheme("Visa/UnionPay TTQ", value, BitNames.TTQ, 4));
            case 0x9F6C -> Optional.of(scheme("Visa/UnionPay CTQ", value, BitNames.CTQ, 2));
            case 0x9F10 -> Optional.of(IadDecoder.decode(value));
            case 0xDF8129 -> Optional.of(OutcomeDecoder.decode(value));
            default -> Optional.empty();
        };
    }

    /** Bits of a tag that only some schemes define; the lines say which reading is used. */
    static List<String> scheme(String reading, Bytes value, String[] names, int length) {
        List<String> out = new ArrayList<>();
        for (String line : bits(value, names, length)) {
            out.add(reading + ", " + line);
        }
        return out;
    }

    static List<String> bits(Bytes value, String[] names, int length) {
        List<String> out = new ArrayList<>();
        if (value.length() != length) {
            out.add("length " + value.length() + " (expected " + length + "): not decoded");
            return out;
        }
        for (int i = 0; i < length; i++) {
            int b = value.get(i);
            for (int bit = 8; bit >= 1; bit--) {
                if ((b & (1 << (bit - 1))) != 0) {
                    String name = names[i * 8 + (8 - bit)];
                    out.add("byte " + (i + 1) + " bit " + bit + ": " + (name == null ? "RFU (set)" : name));
                }
            }
        }
        return out;
    }

    /** EMV Book 3 section 10.5 and Annex C3: amounts X and Y, then 2-byte CV rules. */
    static List<String> cvmList(Bytes v) {
        List<String> out = new ArrayList<>();
        if (v.length() < 8 || (v.length() - 8) % 2 != 0) {
            out.add("length " + v.length() + " (expected 8 + 2 per rule): not decoded");
            return out;
        }
        out.add("amount X: " + u32(v, 0));
        out.add("amount Y: " + u32(v, 4));
        for (int i = 8; i < v.length(); i += 2) {
            int method = v.get(i);
            int condition = v.get(i + 1);
            out.add("rule " + ((i - 8) / 2 + 1) + ": " + cvm(method) + ", " + condition(condition) + "; "
                    + ((method & 0x40) != 0 ? "apply succeeding rule if this fails"
                            : "fail cardholder verification if this fails"));
        }
        return out;
    }

    /** EMV Book 4 Annex A4: CVM performed, condition, result. */
    static List<String> cvmResults(Bytes v) {
        List<String> out = new ArrayList<>();
        if (v.length() != 3) {
            out.add("length " + v.length() + " (expected 3): not decoded");
            return out;
        }
        int method = v.get(0);
        out.add("CVM performed: " + ((method & 0x3F) == 0x3F ? "No CVM performed" : cvm(method)));
        out.add("condition: " + condition(v.get(1)));
        out.add("result: " + switch (v.get(2)) {
            case 0 -> "Unknown";
            case 1 -> "Failed";
            case 2 -> "Successful";
            default -> "RFU (" + hex(v.get(2)) + ")";
        });
        return out;
    }

    /** EMV Book 3 section 10.2: 4-byte AFL entries. */
    static List<String> afl(Bytes v) {
        List<String> out = new ArrayList<>();
        if (v.length() % 4 != 0) {
            out.add("length " + v.length() + " (expected a multiple of 4): not decoded");
            return out;
        }
        for (int i = 0; i < v.length(); i += 4) {
            int sfi = v.get(i) >>> 3;
            out.add("SFI " + sfi + ": records " + v.get(i + 1) + " to " + v.get(i + 2) + ", "
                    + v.get(i + 3) + " for offline data authentication"
                    + (sfi == 0 || sfi > 30 || v.get(i + 1) == 0 || v.get(i + 2) < v.get(i + 1)
                            ? " (invalid entry)" : ""));
        }
        return out;
    }

    /** EMV Book 3 section 6.5.5.4, Table 14. */
    static List<String> cid(Bytes v) {
        List<String> out = new ArrayList<>();
        if (v.length() != 1) {
            out.add("length " + v.length() + " (expected 1): not decoded");
            return out;
        }
        int b = v.get(0);
        out.add("cryptogram: " + switch (b >>> 6) {
            case 0 -> "AAC (declined)";
            case 1 -> "TC (approved offline)";
            case 2 -> "ARQC (online authorisation requested)";
            default -> "RFU";
        });
        if ((b & 0x30) != 0) {
            out.add("payment system-specific cryptogram bits: " + ((b >>> 4) & 3));
        }
        if ((b & 0x08) != 0) {
            out.add("advice required");
        }
        out.add("reason: " + switch (b & 0x07) {
            case 0 -> "No information given";
            case 1 -> "Service not allowed";
            case 2 -> "PIN Try Limit exceeded";
            case 3 -> "Issuer authentication failed";
            default -> "RFU (" + (b & 0x07) + ")";
        });
        return out;
    }

    /** EMV Book 3 Annex C3, Table C-9 (bits 6-1 of the first byte of a CV rule). */
    static String cvm(int method) {
        int code = method & 0x3F;
        return switch (code) {
            case 0x00 -> "Fail CVM processing";
            case 0x01 -> "Plaintext PIN verification performed by ICC";
            case 0x02 -> "Enciphered PIN verified online";
            case 0x03 -> "Plaintext PIN verification performed by ICC and signature (paper)";
            case 0x04 -> "Enciphered PIN verification performed by ICC";
            case 0x05 -> "Enciphered PIN verification performed by ICC and signature (paper)";
            case 0x1E -> "Signature (paper)";
            case 0x1F -> "No CVM required";
            default -> code >= 0x20 && code <= 0x2F ? "Payment system-specific CVM (" + hex(code) + ")"
                    : code >= 0x30 && code <= 0x3E ? "Issuer-specific CVM (" + hex(code) + ")"
                    : "RFU CVM (" + hex(code) + ")";
        };
    }

    /** EMV Book 3 Annex C3, Table C-10 (CVM condition codes). */
    static String condition(int c) {
        return switch (c) {
            case 0x00 -> "always";
            case 0x01 -> "if unattended cash";
            case 0x02 -> "if not unattended cash and not manual cash and not purchase with cashback";
            case 0x03 -> "if terminal supports the CVM";
            case 0x04 -> "if manual cash";
            case 0x05 -> "if purchase with cashback";
            case 0x06 -> "if transaction is in the application currency and is under X value";
            case 0x07 -> "if transaction is in the application currency and is over X value";
            case 0x08 -> "if transaction is in the application currency and is under Y value";
            case 0x09 -> "if transaction is in the application currency and is over Y value";
            default -> c >= 0x80 ? "payment system-specific condition (" + hex(c) + ")"
                    : "RFU condition (" + hex(c) + ")";
        };
    }

    private static long u32(Bytes v, int at) {
        return ((long) v.get(at) << 24) | (v.get(at + 1) << 16) | (v.get(at + 2) << 8) | v.get(at + 3);
    }

    private static String hex(int b) {
        return String.format(Locale.ROOT, "%02X", b);
    }
}
