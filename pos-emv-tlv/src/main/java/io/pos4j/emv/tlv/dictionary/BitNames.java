package io.pos4j.emv.tlv.dictionary;

/**
 * Bit names of the bit-mapped EMV data elements, one string per bit from byte 1 bit 8 down to
 * the last byte's bit 1; {@code null} means RFU. Sources: EMV Book 3 (v4.3) Annex C (TVR C5,
 * TSI C6, AIP C1, AUC C2), Book 4 Annex A (terminal capabilities A2, additional terminal
 * capabilities A3); contactless additions from EMV Book C-2 where noted.
 */
final class BitNames {

    private BitNames() {
    }

    static final String[] TVR = {
        "Offline data authentication was not performed", "SDA failed", "ICC data missing",
        "Card appears on terminal exception file", "DDA failed", "CDA failed", "SDA selected", null,
        "ICC and terminal have different application versions", "Expired application",
        "Application not yet effective", "Requested service not allowed for card product", "New card",
        null, null, null,
        "Cardholder verification was not successful", "Unrecognised CVM", "PIN Try Limit exceeded",
        "PIN entry required and PIN pad not present or not working",
        "PIN entry required, PIN pad present, but PIN was not entered", "Online PIN entered", null, null,
        "Transaction exceeds floor limit", "Lower consecutive offline limit exceeded",
        "Upper consecutive offline limit exceeded", "Transaction selected randomly for online processing",
        "Merchant forced transaction online", null, null, null,
        "Default TDOL used", "Issuer authentication failed",
        "Script processing failed before final GENERATE AC", "Script processing failed after final GENERATE AC",
        "Relay resistance threshold exceeded (C-2)", "Relay resistance time limits exceeded (C-2)",
        "Relay resistance performed, bit 2 (C-2)", "Relay resistance performed, bit 1 (C-2)",
    };

    static final String[] TSI = {
        "Offline data authentication was performed", "Cardholder verification was performed",
        "Card risk management was performed", "Issuer authentication was performed",
        "Terminal risk management was performed", "Script processing was performed", null, null,
        null, null, null, null, null, null, null, null,
    };

    static final String[] AIP = {
        "XDA supported (EMV 4.4)", "SDA supported", "DDA supported", "Cardholder verification is supported",
        "Terminal risk management is to be performed", "Issuer authentication is supported",
        "On device cardholder verification is supported (contactless)", "CDA supported",
        "EMV mode is supported (contactless; Visa: MSD)", null, null, null, null, null, null,
        "Relay resistance protocol is supported (C-2)",
    };

    static final String[] AUC = {
        "Valid for domestic cash transactions", "Valid for international cash transactions",
        "Valid for domestic goods", "Valid for international goods", "Valid for domestic services",
        "Valid for international services", "Valid at ATMs", "Valid at terminals other than ATMs",
        "Domestic cashback allowed", "International cashback allowed", null, null, null, null, null, null,
    };

    static final String[] TERMINAL_CAPABILITIES = {
        "Manual key entry", "Magnetic stripe", "IC with contacts", null, null, null, null, null,
        "Plaintext PIN for ICC verification", "Enciphered PIN for online verification", "Signature (paper)",
        "Enciphered PIN for offline verification", "No CVM required", null, null, null,
        "SDA", "DDA", "Card capture", null, "CDA", null, null, null,
    };

    static final String[] ADDITIONAL_TERMINAL_CAPABILITIES = {
        "Cash", "Goods", "Services", "Cashback", "Inquiry", "Transfer", "Payment", "Administrative",
        "Cash deposit", null, null, null, null, null, null, null,
        "Numeric keys", "Alphabetic and special characters keys", "Command keys", "Function keys",
        null, null, null, null,
        "Print, attendant", "Print, cardholder", "Display, attendant", "Display, cardholder", null, null,
        "Code table 10", "Code table 9",
        "Code table 8", "Code table 7", "Code table 6", "Code table 5", "Code table 4", "Code table 3",
        "Code table 2", "Code table 1",
    };

    /** Terminal Transaction Qualifiers, Visa VCPS / EMV Book C-3 and UnionPay qPBOC. */
    static final String[] TTQ = {
        "Mag-stripe mode supported", null, "EMV mode supported", "EMV contact chip supported",
        "Offline-only reader", "Online PIN supported", "Signature supported",
        "Offline data authentication for online authorizations supported",
        "Online cryptogram required", "CVM required", "(Contact chip) Offline PIN supported",
        null, null, null, null, null,
        "Issuer update processing supported", "Consumer device CVM supported", null, null, null, null, null, null,
        null, null, null, null, null, null, null, null,
    };

    /** Card Transaction Qualifiers, Visa VCPS / EMV Book C-3 and UnionPay qPBOC. */
    static final String[] CTQ = {
        "Online PIN required", "Signature required",
        "Go online if offline data authentication fails and reader is online capable",
        "Switch interface if offline data authentication fails and reader supports contact chip",
        "Go online if application expired", "Switch interface for cash transactions",
        "Switch interface for cashback transactions", "Valid for contactless ATM transactions",
        "Consumer device CVM performed", "Card supports issuer update processing at the POS",
        null, null, null, null, null, null,
    };
}
