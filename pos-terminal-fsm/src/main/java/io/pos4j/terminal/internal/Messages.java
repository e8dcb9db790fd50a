package io.pos4j.terminal.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Loads the operator and cardholder messages. The bundles live inside this module and are loaded
 * from this module's own code (a named module's bundles are invisible to other modules). An empty
 * {@code messages_en} bundle exists so that asking for English never falls back to the JVM's
 * default locale.
 */
public final class Messages {

    private static final String BASE = "io.pos4j.terminal.internal.messages";

    private Messages() {
    }

    /**
     * @param locale any locale; {@code zh*} selects Simplified Chinese, everything else English
     * @param key    the message key
     * @return the message
     * @throws MissingResourceException when the key is missing (a bug: every key is tested)
     */
    public static String get(Locale locale, String key) {
        Locale l = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle(BASE, l).getString(key);
    }
}
