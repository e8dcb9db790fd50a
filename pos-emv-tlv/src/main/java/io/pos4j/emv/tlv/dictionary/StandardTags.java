package io.pos4j.emv.tlv.dictionary;

/**
 * The built-in table: EMV Book 3 (v4.3) Annex A data elements, then common Visa (VCPS/qVSDC),
 * Mastercard (M/Chip, C-2 kernel) and UnionPay (qPBOC / electronic cash) tags. Where schemes
 * use one tag for different things, the name says so ("A / B").
 *
 * <p>Columns: tag | name | format | length in bytes (min-max) | source (I = ICC, T = terminal,
 * S = issuer) | templates (space separated, may be empty).
 */
final class StandardTags {

    private StandardTags() {
    }

    static final String TABLE = """
            42|Issuer Identification Number (IIN)|n|3-3|I|BF0C
            4F|Application Dedicated File (ADF) Name|b|5-16|I|61
            50|Application Label|ans|1-16|I|61 A5
            56|Track 1 Data|ans|0-76|I|70
            57|Track 2 Equivalent Data|b|0-19|I|70 77
            5A|Application Primary Account Number (PAN)|cn|0-10|I|70 77
            5F20|Cardholder Name|ans|2-26|I|70 77
            5F24|Application Expiration Date|n|3-3|I|70 77
            5F25|Application Effective Date|n|3-3|I|70 77
            5F28|Issuer Country Code|n|2-2|I|70 77
            5F2A|Transaction Currency Code|n|2-2|T|
            5F2D|Language Preference|an|2-8|I|A5
            5F30|Service Code|n|2-2|I|70 77
            5F34|Application Primary Account Number (PAN) Sequence Number|n|1-1|I|70 77
            5F36|Transaction Currency Exponent|n|1-1|T|
            5F50|Issuer URL|ans|0-255|I|BF0C
            5F53|International Bank Account Number (IBAN)|b|0-34|I|BF0C
            5F54|Bank Identifier Code (BIC)|b|8-11|I|BF0C
            5F55|Issuer Country Code (alpha2 format)|a|2-2|I|BF0C
            5F56|Issuer Country Code (alpha3 format)|a|3-3|I|BF0C
            5F57|Account Type|n|1-1|T|
            61|Application Template|b|0-252|I|70
            6F|File Control Information (FCI) Template|b|0-252|I|
            70|READ RECORD Response Message Template|b|0-252|I|
            71|Issuer Script Template 1|b|0-255|S|
            72|Issuer Script Template 2|b|0-255|S|
            73|Directory Discretionary Template|b|0-252|I|61
            77|Response Message Template Format 2|b|0-255|I|
            80|Response Message Template Format 1|b|0-255|I|
            81|Amount, Authorised (Binary)|b|4-4|T|
            82|Application Interchange Profile|b|2-2|I|77 80
            83|Command Template|b|0-255|T|
            84|Dedicated File (DF) Name|b|5-16|I|6F
            86|Issuer Script Command|b|0-261|S|71 72
            87|Application Priority Indicator|b|1-1|I|61 A5
            88|Short File Identifier (SFI)|b|1-1|I|A5
            89|Authorisation Code|an|6-6|S|
            8A|Authorisation Response Code|an|2-2|S|
            8C|Card Risk Management Data Object List 1 (CDOL1)|b|0-252|I|70 77
            8D|Card Risk Management Data Object List 2 (CDOL2)|b|0-252|I|70 77
            8E|Cardholder Verification Method (CVM) List|b|10-252|I|70 77
            8F|Certification Authority Public Key Index|b|1-1|I|70 77
            90|Issuer Public Key Certificate|b|0-248|I|70 77
            91|Issuer Authentication Data|b|8-16|S|
            92|Issuer Public Key Remainder|b|0-248|I|70 77
            93|Signed Static Application Data|b|0-248|I|70 77
            94|Application File Locator (AFL)|b|0-252|I|77 80
            95|Terminal Verification Results|b|5-5|T|
            97|Transaction Certificate Data Object List (TDOL)|b|0-252|I|70 77
            98|Transaction Certificate (TC) Hash Value|b|20-20|T|
            99|Transaction Personal Identification Number (PIN) Data|b|0-255|T|
            9A|Transaction Date|n|3-3|T|
            9B|Transaction Status Information|b|2-2|T|
            9C|Transaction Type|n|1-1|T|
            9D|Directory Definition File (DDF) Name|b|5-16|I|61
            9F01|Acquirer Identifier|n|6-6|T|
            9F02|Amount, Authorised (Numeric)|n|6-6|T|
            9F03|Amount, Other (Numeric)|n|6-6|T|
            9F04|Amount, Other (Binary)|b|4-4|T|
            9F05|Application Discretionary Data|b|1-32|I|70 77
            9F06|Application Identifier (AID) - terminal|b|5-16|T|
            9F07|Application Usage Control|b|2-2|I|70 77
            9F08|Application Version Number (card)|b|2-2|I|70 77
            9F09|Application Version Number (terminal)|b|2-2|T|
            9F0A|Application Selection Registered Proprietary Data|b|0-255|I|BF0C
            9F0B|Cardholder Name Extended|ans|27-45|I|70 77
            9F0C|Issuer Identification Number Extended (IINE)|n|3-4|I|BF0C
            9F0D|Issuer Action Code - Default|b|5-5|I|70 77
            9F0E|Issuer Action Code - Denial|b|5-5|I|70 77
            9F0F|Issuer Action Code - Online|b|5-5|I|70 77
            9F10|Issuer Application Data|b|0-32|I|77 80
            9F11|Issuer Code Table Index|n|1-1|I|A5
            9F12|Application Preferred Name|ans|1-16|I|61 A5
            9F13|Last Online Application Transaction Counter (ATC) Register|b|2-2|I|
            9F14|Lower Consecutive Offline Limit|b|1-1|I|70 77
            9F15|Merchant Category Code|n|2-2|T|
            9F16|Merchant Identifier|ans|15-15|T|
            9F17|Personal Identification Number (PIN) Try Counter|b|1-1|I|
            9F18|Issuer Script Identifier|b|4-4|S|71 72
            9F19|Token Requestor ID|n|6-6|I|
            9F1A|Terminal Country Code|n|2-2|T|
            9F1B|Terminal Floor Limit|b|4-4|T|
            9F1C|Terminal Identification|an|8-8|T|
            9F1D|Terminal Risk Management Data|b|1-8|T|
            9F1E|Interface Device (IFD) Serial Number|an|8-8|T|
            9F1F|Track 1 Discretionary Data|ans|0-255|I|70 77
            9F20|Track 2 Discretionary Data|cn|0-255|I|70 77
            9F21|Transaction Time|n|3-3|T|
            9F22|Certification Authority Public Key Index (terminal)|b|1-1|T|
            9F23|Upper Consecutive Offline Limit|b|1-1|I|70 77
            9F24|Payment Account Reference (PAR)|an|29-29|I|
            9F25|Last 4 Digits of PAN|n|2-2|I|
            9F26|Application Cryptogram|b|8-8|I|77 80
            9F27|Cryptogram Information Data|b|1-1|I|77 80
            9F29|Extended Selection|b|0-255|I|61
            9F2A|Kernel Identifier|b|1-8|I|61
            9F2D|ICC PIN Encipherment Public Key Certificate|b|0-248|I|70 77
            9F2E|ICC PIN Encipherment Public Key Exponent|b|1-3|I|70 77
            9F2F|ICC PIN Encipherment Public Key Remainder|b|0-248|I|70 77
            9F32|Issuer Public Key Exponent|b|1-3|I|70 77
            9F33|Terminal Capabilities|b|3-3|T|
            9F34|Cardholder Verification Method (CVM) Results|b|3-3|T|
            9F35|Terminal Type|n|1-1|T|
            9F36|Application Transaction Counter (ATC)|b|2-2|I|77 80
            9F37|Unpredictable Number|b|4-4|T|
            9F38|Processing Options Data Object List (PDOL)|b|0-252|I|A5
            9F39|Point-of-Service (POS) Entry Mode|n|1-1|T|
            9F3A|Amount, Reference Currency|b|4-4|T|
            9F3B|Application Reference Currency|n|2-8|I|70 77
            9F3C|Transaction Reference Currency Code|n|2-2|T|
            9F3D|Transaction Reference Currency Exponent|n|1-1|T|
            9F40|Additional Terminal Capabilities|b|5-5|T|
            9F41|Transaction Sequence Counter|n|2-4|T|
            9F42|Application Currency Code|n|2-2|I|70 77
            9F43|Application Reference Currency Exponent|n|1-4|I|70 77
            9F44|Application Currency Exponent|n|1-1|I|70 77
            9F45|Data Authentication Code|b|2-2|I|
            9F46|ICC Public Key Certificate|b|0-248|I|70 77
            9F47|ICC Public Key Exponent|b|1-3|I|70 77
            9F48|ICC Public Key Remainder|b|0-248|I|70 77
            9F49|Dynamic Data Authentication Data Object List (DDOL)|b|0-252|I|70 77
            9F4A|Static Data Authentication Tag List|b|0-255|I|70 77
            9F4B|Signed Dynamic Application Data|b|0-248|I|77 80
            9F4C|ICC Dynamic Number|b|2-8|I|
            9F4D|Log Entry|b|2-2|I|BF0C
            9F4E|Merchant Name and Location|ans|0-255|T|
            9F4F|Log Format|b|0-255|I|
            9F51|Application Currency Code (Visa, UnionPay) / DRDOL (Mastercard)|b|0-255|I|
            9F52|Application Default Action (ADA)|b|2-2|I|
            9F53|Consecutive Transaction Limit (International) (Visa) / Transaction Category Code (Mastercard)|b|1-1|I|
            9F54|Cumulative Total Transaction Amount Limit (Visa) / DS ODS Card (Mastercard)|b|0-255|I|
            9F56|Issuer Authentication Indicator / Issuer Proprietary Bitmap|b|1-255|I|
            9F57|Issuer Country Code (Visa)|n|2-2|I|
            9F58|Lower Consecutive Offline Limit (Visa)|b|1-1|I|
            9F59|Upper Consecutive Offline Limit (Visa) / Terminal Transaction Information (Interac)|b|1-3|I|
            9F5A|Application Program Identifier (Visa) / Terminal Transaction Type (Interac)|b|1-16|I|
            9F5B|Issuer Script Results|b|0-255|T|
            9F5C|Cumulative Total Transaction Amount Upper Limit (Visa, UnionPay) / DS Requested Operator ID (Mastercard)|b|6-8|I|
            9F5D|Available Offline Spending Amount (Visa, UnionPay) / Application Capabilities Information (Mastercard)|b|3-6|I|
            9F5E|Consecutive Transaction International Upper Limit (Visa) / DS ID (Mastercard)|b|1-11|I|
            9F61|Cardholder ID Number (UnionPay)|an|1-40|I|70 77
            9F62|Cardholder ID Type (UnionPay) / PCVC3 (Track1) (Mastercard)|b|1-6|I|70 77
            9F63|Product Identification Information (UnionPay) / PUNATC (Track1) (Mastercard)|b|6-16|I|
            9F64|NATC (Track1) (Mastercard)|b|1-1|I|
            9F65|PCVC3 (Track2) (Mastercard)|b|2-2|I|
            9F66|Terminal Transaction Qualifiers (Visa, UnionPay) / PUNATC (Track2) (Mastercard)|b|2-4|T|
            9F67|NATC (Track2) (Mastercard) / MSD Offset (Visa)|b|1-1|I|
            9F68|Card Additional Processes (Visa)|b|4-4|I|
            9F69|Card Authentication Related Data (Visa, UnionPay) / UDOL (Mastercard)|b|0-255|I|
            9F6A|Unpredictable Number (Numeric) (Mastercard)|b|4-4|T|
            9F6B|Track 2 Data (Mastercard) / Card CVM Limit (Visa)|b|0-19|I|
            9F6C|Card Transaction Qualifiers (Visa, UnionPay) / Mag-stripe Application Version Number (Card) (Mastercard)|b|2-2|I|
            9F6D|VLP Reset Threshold (Visa) / EC Reset Threshold (UnionPay) / Mag-stripe Application Version Number (Reader) (Mastercard)|b|2-6|I|
            9F6E|Form Factor Indicator (Visa) / Third Party Data (Mastercard)|b|4-32|I|
            9F74|VLP Issuer Authorization Code (Visa) / EC Issuer Authorization Code (UnionPay)|a|6-6|I|
            9F77|VLP Funds Limit (Visa) / EC Balance Limit (UnionPay)|n|6-6|I|
            9F78|VLP Single Transaction Limit (Visa) / EC Single Transaction Limit (UnionPay)|n|6-6|I|
            9F79|VLP Available Funds (Visa) / EC Balance (UnionPay)|n|6-6|I|
            9F7A|VLP Terminal Support Indicator (Visa) / EC Terminal Support Indicator (UnionPay)|b|1-1|T|
            9F7B|VLP Terminal Transaction Limit (Visa) / EC Terminal Transaction Limit (UnionPay)|n|6-6|T|
            9F7C|Customer Exclusive Data (Visa) / Merchant Custom Data (Mastercard)|b|0-32|I|
            A5|File Control Information (FCI) Proprietary Template|b|0-252|I|6F
            BF0C|File Control Information (FCI) Issuer Discretionary Data|b|0-222|I|A5
            DF8101|DS Summary 2 (Mastercard)|b|8-16|I|
            DF8102|DS Summary 3 (Mastercard)|b|8-16|I|
            DF8104|Balance Read Before Gen AC (Mastercard)|n|6-6|T|
            DF8105|Balance Read After Gen AC (Mastercard)|n|6-6|T|
            DF8106|Data Needed (Mastercard)|b|0-255|T|
            DF8107|CDOL1 Related Data (Mastercard)|b|0-255|T|
            DF8108|DS AC Type (Mastercard)|b|1-1|T|
            DF8109|DS Input (Term) (Mastercard)|b|8-8|T|
            DF810A|DS ODS Info For Reader (Mastercard)|b|1-1|T|
            DF810B|DS Summary Status (Mastercard)|b|1-1|T|
            DF810C|Kernel ID (Mastercard)|b|1-1|T|
            DF810D|DSVN Term (Mastercard)|b|0-255|T|
            DF810E|Post-Gen AC Put Data Status (Mastercard)|b|1-1|T|
            DF810F|Pre-Gen AC Put Data Status (Mastercard)|b|1-1|T|
            DF8110|Proceed To First Write Flag (Mastercard)|b|1-1|T|
            DF8111|PDOL Related Data (Mastercard)|b|0-255|T|
            DF8112|Tags To Read (Mastercard)|b|0-255|T|
            DF8113|DRDOL Related Data (Mastercard)|b|0-255|T|
            DF8114|Reference Control Parameter (Mastercard)|b|1-1|T|
            DF8115|Error Indication (Mastercard)|b|6-6|T|
            DF8116|User Interface Request Data (Mastercard)|b|22-22|T|
            DF8117|Card Data Input Capability (Mastercard)|b|1-1|T|
            DF8118|CVM Capability - CVM Required (Mastercard)|b|1-1|T|
            DF8119|CVM Capability - No CVM Required (Mastercard)|b|1-1|T|
            DF811A|Default UDOL (Mastercard)|b|3-3|T|
            DF811B|Kernel Configuration (Mastercard)|b|1-1|T|
            DF811C|Max Lifetime of Torn Transaction Log Record (Mastercard)|b|2-2|T|
            DF811D|Max Number of Torn Transaction Log Records (Mastercard)|b|1-1|T|
            DF811E|Mag-stripe CVM Capability - CVM Required (Mastercard)|b|1-1|T|
            DF811F|Security Capability (Mastercard)|b|1-1|T|
            DF8120|Terminal Action Code - Default (Mastercard)|b|5-5|T|
            DF8121|Terminal Action Code - Denial (Mastercard)|b|5-5|T|
            DF8122|Terminal Action Code - Online (Mastercard)|b|5-5|T|
            DF8123|Reader Contactless Floor Limit (Mastercard)|n|6-6|T|
            DF8124|Reader Contactless Transaction Limit (No On-device CVM) (Mastercard)|n|6-6|T|
            DF8125|Reader Contactless Transaction Limit (On-device CVM) (Mastercard)|n|6-6|T|
            DF8126|Reader CVM Required Limit (Mastercard)|n|6-6|T|
            DF8127|Time Out Value (Mastercard)|b|2-2|T|
            DF8128|IDS Status (Mastercard)|b|1-1|T|
            DF8129|Outcome Parameter Set (Mastercard)|b|8-8|T|
            DF812A|DD Card (Track1) (Mastercard)|ans|0-56|T|
            DF812B|DD Card (Track2) (Mastercard)|b|0-8|T|
            DF812C|Mag-stripe CVM Capability - No CVM Required (Mastercard)|b|1-1|T|
            DF812D|Message Hold Time (Mastercard)|n|3-3|T|
            FF8101|Torn Record (Mastercard)|b|0-255|T|
            FF8102|Tags To Write Before Gen AC (Mastercard)|b|0-255|T|
            FF8103|Tags To Write After Gen AC (Mastercard)|b|0-255|T|
            FF8104|Data To Send (Mastercard)|b|0-255|T|
            FF8105|Data Record (Mastercard)|b|0-255|T|
            FF8106|Discretionary Data (Mastercard)|b|0-255|T|
            """;
}
