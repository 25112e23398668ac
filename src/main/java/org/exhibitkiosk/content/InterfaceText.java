package org.exhibitkiosk.content;

import java.util.Collections;
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

    public LocalizedText get(UiKey key) {
        LocalizedText text = strings.get(key.key());
        if (text == null) {
            throw new IllegalStateException("interface text '" + key.key() + "' is missing");
        }
        return text;
    }
}
