package org.exhibitkiosk.content;

import java.util.Collections;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ui-strings.yaml}: every label, button and message of the interface, by key.
 * Immutable, thread-safe.
 */
public record InterfaceText(Map<String, LocalizedText> strings) {

    public InterfaceText {
        strings = Collections.unmodifiableMap(new TreeMap<>(strings));
    }

    /** The text for a key in a language; the key itself if the validator was bypassed. */
    public String get(UiKey key, String language) {
        LocalizedText text = strings.get(key.key());
        return text == null ? key.key() : text.in(language);
    }

    /**
     * The text for a key with its {0}-style values filled in. Curators write apostrophes as plain
     * text (Armenian and Azerbaijani use them), so only the braces are special.
     */
    public String format(UiKey key, String language, Object... values) {
        String pattern = get(key, language);
        if (values.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(values);
    }

    public LocalizedText get(UiKey key) {
        LocalizedText text = strings.get(key.key());
        if (text == null) {
            throw new IllegalStateException("interface text '" + key.key() + "' is missing");
        }
        return text;
    }
}
