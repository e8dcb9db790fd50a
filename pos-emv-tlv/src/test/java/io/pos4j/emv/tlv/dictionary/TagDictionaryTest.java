package io.pos4j.emv.tlv.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pos4j.emv.tlv.SensitiveTags;
import io.pos4j.emv.tlv.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagDictionaryTest {

    private final TagDictionary d = TagDictionary.standard();

    @Test
    void standard_knowsAnnexAElements_withFormatLengthSourceTemplate() {
        TagInfo amount = d.find(Tag.of(0x9F02)).orElseThrow();
        assertEquals("Amount, Authorised (Numeric)", amount.name());
        assertEquals(TagFormat.N, amount.format());
        assertEquals(6, amount.minLength());
        assertEquals(6, amount.maxLength());
        assertEquals(TagSource.TERMINAL, amount.source());
        TagInfo pan = d.find(Tag.of(0x5A)).orElseThrow();
        assertEquals(TagFormat.CN, pan.format());
        assertEquals(List.of(Tag.of(0x70), Tag.of(0x77)), pan.templates());
        assertTrue(pan.sensitive());
        assertEquals(TagSource.ISSUER, d.find(Tag.of(0x91)).orElseThrow().source());
        assertEquals("Application Cryptogram", d.name(Tag.of(0x9F26)).orElseThrow());
    }

    @Test
    void standard_coversEveryTagOfTheSamples() {
        for (String t : List.of("50", "57", "5A", "5F20", "5F24", "5F28", "5F2A", "5F30", "5F34", "82",
                "84", "95", "9A", "9B", "9C", "9F02", "9F03", "9F06", "9F09", "9F10", "9F1A", "9F1C",
                "9F1E", "9F26", "9F27", "9F33", "9F34", "9F35", "9F36", "9F37", "9F41", "6F", "A5",
                "BF0C", "61", "4F", "87", "9F38", "9F4D", "9F12", "9F11", "5F2D", "70", "77", "80",
                "94", "8C", "8D", "8E", "9F07", "9F08", "9F0D", "9F0E", "9F0F", "9F1F", "9F40",
                "9F4E", "9F39", "9F6C", "9F66", "9F5D", "DF8129", "9F49", "9F44")) {
            assertTrue(d.find(Tag.parse(t)).isPresent(), t);
        }
    }

    @Test
    void standard_sensitiveFlags_matchSensitiveTags() {
        for (TagInfo i : d.entries()) {
            assertEquals(SensitiveTags.isSensitive(i.tag()), i.sensitive(), i.tag().toString());
        }
        for (String t : List.of("5A", "57", "56", "5F20", "9F1F", "9F20", "9F6B")) {
            assertTrue(d.isSensitive(Tag.parse(t)), t);
        }
        assertFalse(d.isSensitive(Tag.of(0x9F02)));
    }

    @Test
    void standard_entries_haveConsistentConstructedTemplates() {
        for (TagInfo i : d.entries()) {
            for (Tag template : i.templates()) {
                // 80 (response format 1) is the one primitive "template": values concatenated
                assertTrue(template.isConstructed() || template.value() == 0x80, i.tag() + " in " + template);
            }
        }
        assertTrue(d.entries().size() > 200);
    }

    @Test
    void with_addsProprietaryTag_withoutChangingStandard() {
        Tag df01 = Tag.of(0xDF01);
        TagDictionary mine = d.with(TagInfo.of(df01, "Vendor flags", TagFormat.B, 1, 1, TagSource.TERMINAL));
        assertEquals("Vendor flags", mine.name(df01).orElseThrow());
        assertTrue(d.find(df01).isEmpty());
        assertEquals(TagFormat.B, d.format(df01));
    }
}
