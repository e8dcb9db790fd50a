package io.pos4j.emv.tlv.dictionary;

import io.pos4j.emv.tlv.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * Issuer Application Data ({@code 9F10}) in the formats that can be told apart from the value:
 * <ul>
 * <li>EMV Common Core Definitions format A (EMV Book 3 v4.3 Annex C7.2, CVR C7.3): 32 bytes,
 *     {@code 0F}, common core identifier {@code Ax}, key index, 5-byte CVR, 8 counter bytes,
 *     {@code 0F} and 15 issuer discretionary bytes;</li>
 * <li>Visa IAD format 0/1/3 (VIS 1.5 / VCPS, CVN 10, 17, 18...): {@code 06}, key index, CVN,
 *     {@code 03} and a 3-byte CVR, then optional issuer discretionary data;</li>
 * <li>Visa IAD format 2/4 (VIS 1.6, CVN 22...): 32 bytes, {@code 1F}, CVN, key index, 5-byte CVR,
 *     then discretionary data;</li>
 * <li>Mastercard M/Chip 4 and M/Chip Advance: 18, 20, 26 or 28 bytes, key index, CVN
 *     {@code 1x}, 6-byte CVR, DAC / ICC dynamic number, counters, last online ATC.</li>
 * </ul>
 * The CCD layout is EMVCo's public text; the Visa and Mastercard CVR bit names follow the
 * layouts reproduced by public decoders (the scheme specifications themselves are not public),
 * so the lines name the reading. Anything else is reported as not recognised.
 */
final class IadDecoder {

    private IadDecoder() {
    }

    /** CCD CVR (Book 3 C7.3), byte 1 bits 4-1, byte 2 bits 4-1, byte 3, byte 4 bits 4-1. */
    private static final String[] CCD_1 = {"CDA performed", "offline DDA performed",
        "issuer authentication not performed", "issuer authentication failed"};
    private static final String[] CCD_2 = {"offline PIN verification performed",
        "offline PIN verification performed and PIN not successfully verified", "PIN Try Limit exceeded",
        "last online transaction not completed"};
    private static final String[] CCD_3 = {"lower offline transaction count limit exceeded",
        "upper offline transaction count limit exceeded", "lower cumulative offline amount limit exceeded",
        "upper cumulative offline amount limit exceeded", "issuer-discretionary bit 1",
        "issuer-discretionary bit 2", "issuer-discretionary bit 3", "issuer-discretionary bit 4"};
    private static final String[] CCD_4 = {"issuer script processing failed",
        "offline data authentication failed on previous transaction", "go online on next transaction was set",
        "unable to go online"};

    /** Visa CVR bytes (format 0/1/3), byte 1 bits 4-1, byte 2, byte 3 bits 4-1. */
    private static final String[] VISA_1 = {"issuer authentication performed and failed",
        "offline PIN verification performed", "offline PIN verification failed", "unable to go online"};
    private static final String[] VISA_2 = {"last online transaction not completed", "PIN Try Limit exceeded",
        "exceeded velocity checking counters", "new card", "issuer authentication failure on last online transaction",
        "issuer authentication not performed after online authorization",
        "application blocked by card because PIN Try Limit exceeded",
        "offline static data authentication failed on last transaction and declined offline"};
    private static final String[] VISA_3 = {"issuer script processing failed",
        "offline dynamic data authentication failed on last transaction and declined offline",
        "offline dynamic data authentication performed",
        "PIN verification command not received for a PIN-expecting card"};

    /** M/Chip CVR bytes. */
    private static final String[] MC_1 = {"date check failed", "offline PIN verification performed",
        "offline encrypted PIN verification performed", "offline PIN verification successful"};
    private static final String[] MC_2 = {"DDA returned", "CDA returned in first GENERATE AC",
        "CDA returned in second GENERATE AC", "issuer authentication performed", "CIAC-default skipped on CAT3",
        "offline change PIN result successful", "issuer discretionary bit 2", "issuer discretionary bit 1"};
    private static final String[] MC_4 = {"last online transaction not completed", "unable to go online indicated",
        "offline PIN verification not performed", "offline PIN verification failed", "PTL exceeded",
        "international transaction", "domestic transaction", "terminal erroneously considers offline PIN OK"};
    private static final String[] MC_5 = {"lower consecutive offline limit (counter 1) exceeded",
        "upper consecutive offline limit (counter 1) exceeded",
        "lower cumulative offline limit (accumulator 1) exceeded",
        "upper cumulative offline limit (accumulator 1) exceeded", "go online on next transaction was set",
        "issuer authentication failed", "script received", "script failed"};
    private static final String[] MC_6 = {"lower consecutive counter 2 limit exceeded",
        "upper consecutive counter 2 limit exceeded", "lower cumulative accumulator 2 limit exceeded",
        "upper cumulative accumulator 2 limit exceeded", "MTA limit exceeded",
        "number of days offline limit exceeded", "match found in additional check table",
        "no match found in additional check table"};

    static List<String> decode(Bytes v) {
        int n = v.length();
        if (n == 32 && v.get(0) == 0x0F && v.get(16) == 0x0F && (v.get(1) >>> 4) == 0xA) {
            return ccd(v);
        }
        if (n >= 7 && v.get(0) == 0x06 && v.get(3) == 0x03) {
            return visa013(v);
        }
        if (n == 32 && v.get(0) == 0x1F) {
            return visa24(v);
        }
        if ((n == 18 || n == 20 || n == 26 || n == 28) && (v.get(1) & 0xF0) == 0x10) {
            return mchip(v);
        }
        return List.of("format not recognised (" + n + " bytes); decoded are EMV CCD format A, "
                + "Visa formats 0/1/3 and 2/4, Mastercard M/Chip 4 and Advance");
    }

    private static List<String> ccd(Bytes v) {
        List<String> out = new ArrayList<>();
        out.add("EMV CCD format A (Book 3 Annex C7): common core identifier " + hex(v, 1, 1)
                + " (format code A, cryptogram version " + (v.get(1) & 0x0F) + ")");
        out.add("derivation key index: " + hex(v, 2, 1));
        out.add("CVR: " + hex(v, 3, 5));
        int b1 = v.get(3);
        out.add("CVR: second GENERATE AC returned " + secondAc(b1 >>> 6));
        out.add("CVR: first GENERATE AC returned " + firstAc((b1 >>> 4) & 3));
        low(out, "CVR byte 1", b1, CCD_1);
        int b2 = v.get(4);
        out.add("CVR: low-order nibble of PIN Try Counter " + (b2 >>> 4));
        low(out, "CVR byte 2", b2, CCD_2);
        all(out, "CVR byte 3", v.get(5), CCD_3);
        int b4 = v.get(6);
        if ((b4 >>> 4) != 0) {
            out.add("CVR: issuer script commands with secure messaging processed: " + (b4 >>> 4));
        }
        low(out, "CVR byte 4", b4, CCD_4);
        if (v.get(7) != 0) {
            out.add("CVR byte 5: RFU bits set (" + hex(v, 7, 1) + ")");
        }
        out.add("counters: " + hex(v, 8, 8));
        out.add("issuer discretionary data (15 bytes): " + hex(v, 17, 15));
        return out;
    }

    private static List<String> visa013(Bytes v) {
        List<String> out = new ArrayList<>();
        int cvn = v.get(2);
        out.add("Visa IAD format 0/1/3 (Visa reading): derivation key index " + hex(v, 1, 1)
                + ", cryptogram version number " + hex(v, 2, 1) + " (decimal " + cvn + ")");
        out.add("CVR: " + hex(v, 4, 3));
        int b1 = v.get(4);
        out.add("CVR: second GENERATE AC returned " + secondAc(b1 >>> 6));
        out.add("CVR: first GENERATE AC returned " + firstAc((b1 >>> 4) & 3));
        low(out, "CVR byte 1", b1, VISA_1);
        all(out, "CVR byte 2", v.get(5), VISA_2);
        int b3 = v.get(6);
        if ((b3 >>> 4) != 0) {
            out.add("CVR: issuer script commands processed on last transaction: " + (b3 >>> 4));
        }
        low(out, "CVR byte 3", b3, VISA_3);
        if (v.length() > 7) {
            out.add("issuer discretionary data (" + (v.length() - 7) + " bytes, first is its length): "
                    + hex(v, 7, v.length() - 7));
        }
        return out;
    }

    private static List<String> visa24(Bytes v) {
        List<String> out = new ArrayList<>();
        int cvn = v.get(1);
        out.add("Visa IAD format " + (cvn >>> 4) + " (Visa reading): cryptogram version number " + hex(v, 1, 1)
                + " (decimal " + cvn + "), derivation key index " + hex(v, 2, 1));
        out.add("CVR: " + hex(v, 3, 5) + " (byte 1: consumer device CVM entity and type)");
        int b2 = v.get(4);
        out.add("CVR: second GENERATE AC returned " + secondAc(b2 >>> 6));
        out.add("CVR: first GENERATE AC (or GPO) returned " + firstAc((b2 >>> 4) & 3));
        low(out, "CVR byte 2", b2, new String[] {"issuer authentication performed and failed",
            "consumer device CVM successfully performed", "RFU", "unable to go online"});
        all(out, "CVR byte 3", v.get(5), VISA_2);
        int b4 = v.get(6);
        if ((b4 >>> 4) != 0) {
            out.add("CVR: issuer script commands processed on last transaction: " + (b4 >>> 4));
        }
        low(out, "CVR byte 4", b4, VISA_3);
        out.add("issuer discretionary data (24 bytes): " + hex(v, 8, 24));
        return out;
    }

    private static List<String> mchip(Bytes v) {
        List<String> out = new ArrayList<>();
        int n = v.length();
        int cvn = v.get(1);
        out.add("Mastercard M/Chip " + (n == 18 ? "4 or Advance" : "Advance") + " (Mastercard reading): "
                + "derivation key index " + hex(v, 0, 1) + ", cryptogram version number " + hex(v, 1, 1));
        out.add("CVN: session key " + switch (cvn & 0x06) {
            case 0x00 -> "Mastercard proprietary SKD";
            case 0x04 -> "EMV common session key";
            default -> "RFU (" + hex(v, 1, 1) + ")";
        } + ((cvn & 0x01) != 0 ? ", counters included in the AC data" : ", counters not included in the AC data"));
        out.add("CVR: " + hex(v, 2, 6));
        int b1 = v.get(2);
        out.add("CVR: second GENERATE AC returned " + secondAc(b1 >>> 6));
        out.add("CVR: first GENERATE AC returned " + firstAc((b1 >>> 4) & 3));
        low(out, "CVR byte 1", b1, MC_1);
        all(out, "CVR byte 2", v.get(3), MC_2);
        int b3 = v.get(4);
        out.add("CVR: right nibble of script counter " + (b3 >>> 4) + ", right nibble of PIN Try Counter "
                + (b3 & 0x0F));
        all(out, "CVR byte 4", v.get(5), MC_4);
        all(out, "CVR byte 5", v.get(6), MC_5);
        all(out, "CVR byte 6", v.get(7), MC_6);
        out.add("DAC / ICC dynamic number: " + hex(v, 8, 2));
        int counters = n <= 20 ? 8 : 16;
        out.add("counters (" + counters + " bytes): " + hex(v, 10, counters));
        if (n == 20 || n == 28) {
            out.add("last online ATC: " + hex(v, n - 2, 2));
        }
        return out;
    }

    static String firstAc(int code) {
        return switch (code) {
            case 0 -> "AAC";
            case 1 -> "TC";
            case 2 -> "ARQC";
            default -> "RFU";
        };
    }

    static String secondAc(int code) {
        return switch (code) {
            case 0 -> "AAC";
            case 1 -> "TC";
            case 2 -> "none (second GENERATE AC not requested)";
            default -> "RFU";
        };
    }

    /** Lines for the set bits 4-1 of {@code b}, {@code names} from bit 4 down. */
    private static void low(List<String> out, String where, int b, String[] names) {
        for (int i = 0; i < 4; i++) {
            if ((b & (0x08 >>> i)) != 0) {
                out.add(where + " bit " + (4 - i) + ": " + names[i]);
            }
        }
    }

    /** Lines for the set bits 8-1 of {@code b}, {@code names} from bit 8 down. */
    private static void all(List<String> out, String where, int b, String[] names) {
        for (int i = 0; i < 8; i++) {
            if ((b & (0x80 >>> i)) != 0) {
                out.add(where + " bit " + (8 - i) + ": " + names[i]);
            }
        }
    }

    private static String hex(Bytes v, int from, int length) {
        StringBuilder sb = new StringBuilder(2 * length);
        for (int i = from; i < from + length; i++) {
            sb.append(Character.toUpperCase(Character.forDigit(v.get(i) >>> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(v.get(i) & 0x0F, 16)));
        }
        return sb.toString();
    }
}
