package org.exhibitkiosk.content;

import org.exhibitkiosk.files.OptionalKey;

/**
 * A quotation, always with who said or wrote it.
 *
 * @param text             the words, in each language
 * @param attribution      who said it, where and when, in each language
 * @param originalLanguage the language in which the source gives the words; in every other
 *                         language the kiosk marks the quotation as a translation
 * @param note             what the quotation is, where that helps (for example "leaflet, October 1919")
 */
public record Quote(LocalizedText text, LocalizedText attribution, String originalLanguage,
                    @OptionalKey LocalizedText note) {

    public Quote {
        if (!originalLanguage.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("originalLanguage must be a language code such as en");
        }
    }

    /** Whether the words shown in {@code language} are a translation of the original. */
    public boolean isTranslationIn(String language) {
        return !originalLanguage.equals(language);
    }
}
