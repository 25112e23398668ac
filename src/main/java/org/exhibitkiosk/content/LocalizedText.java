package org.exhibitkiosk.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.exhibitkiosk.files.LanguageMap;

/**
 * A text a visitor can see, in every language of the exhibit: {@code {en: ..., az: ..., hy: ...}}.
 * The validator guarantees every configured language is present and not blank.
 * Immutable, thread-safe.
 */
@LanguageMap
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedText of(Map<String, String> values) {
        return new LocalizedText(values);
    }

    /** A text with the same words in every language (names of fonts, licences). */
    public static LocalizedText same(String text, Iterable<String> languages) {
        Map<String, String> values = new LinkedHashMap<>();
        languages.forEach(language -> values.put(language, text));
        return new LocalizedText(values);
    }

    @JsonValue
    @Override
    public Map<String, String> values() {
        return values;
    }

    /** The text in {@code language}; English, then any language, if it is missing. */
    public String in(String language) {
        String text = values.get(language);
        if (text != null) {
            return text;
        }
        return values.getOrDefault("en", values.values().iterator().next());
    }
}
