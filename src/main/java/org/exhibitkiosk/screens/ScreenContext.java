package org.exhibitkiosk.screens;

import java.util.List;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Metrics;

/**
 * What a screen is built from: the exhibit, the visitor's languages, the sizes of this display,
 * and where to send touches. Immutable; screens are rebuilt when any of it changes.
 *
 * @param exhibit        the content snapshot
 * @param languages      the languages the kiosk offers, in order
 * @param language       the visitor's language
 * @param secondLanguage the language shown beside it in the two-language view, or null
 * @param metrics        sizes for this display and text size
 * @param actions        where touches go
 */
public record ScreenContext(Exhibit exhibit, List<KioskConfig.Language> languages, String language,
                            String secondLanguage, Metrics metrics, VisitorActions actions) {

    public ScreenContext {
        languages = List.copyOf(languages);
    }

    /** An interface text in the visitor's language, with {0}-style values filled in. */
    public String ui(UiKey key, Object... values) {
        return uiIn(language, key, values);
    }

    /**
     * An interface text in another language than the visitor's. A name of its own, so that a text
     * value is never taken for a language code ({@code ui(key, "General X")} fills in {0}).
     */
    public String uiIn(String inLanguage, UiKey key, Object... values) {
        return exhibit.format(key, inLanguage, values);
    }

    /** A content text in the visitor's language. */
    public String text(LocalizedText text) {
        return text.in(language);
    }

    /** Headings and labels: scaled with the screen. */
    public FontStack font(FontStyle style, float designSize) {
        return exhibit.typefaces().stack(style).atSize(metrics.font(designSize));
    }

    /** Reading text: scaled with the screen and the visitor's text size. */
    public FontStack reading(FontStyle style, float designSize) {
        return exhibit.typefaces().stack(style).atSize(metrics.text(designSize));
    }

    public int px(float design) {
        return metrics.px(design);
    }

    /** The name of a language in its own script, as configured. */
    public String languageName(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).map(KioskConfig.Language::name)
                .findFirst().orElse(code);
    }
}
