package org.exhibitkiosk.screens;

import org.exhibitkiosk.content.Quote;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.TextBlock;

/**
 * A pull quote set apart from the text: the words, who said them, and, where the words are shown
 * in another language than the source gives, that they are a translation. EDT only.
 */
final class QuoteCard {

    private QuoteCard() {
    }

    static Column of(ScreenContext ctx, String name, Quote quote, String language) {
        Column card = Layouts.card(ctx);
        card.setName(name);
        TextBlock mark = new TextBlock("\u201C", ctx.font(FontStyle.DISPLAY_BOLD, 72), "Kiosk.accent",
                TextBlock.Align.LEADING);
        card.append(mark, 0);
        TextBlock words = new TextBlock(quote.text().in(language), ctx.reading(FontStyle.DISPLAY_ITALIC, 29),
                "Kiosk.foreground", TextBlock.Align.LEADING);
        words.setName(name + ".text");
        words.setLineSpacing(1.35f);
        card.append(words, 0);
        TextBlock attribution = new TextBlock("\u2014 " + quote.attribution().in(language),
                ctx.reading(FontStyle.BODY_BOLD, 24), "Kiosk.accent", TextBlock.Align.LEADING);
        attribution.setName(name + ".attribution");
        card.append(attribution, ctx.px(20));
        if (quote.note() != null) {
            card.append(Layouts.muted(ctx, name + ".note", quote.note().in(language), 22), ctx.px(8));
        }
        if (quote.isTranslationIn(language)) {
            TextBlock translation = new TextBlock(ctx.uiIn(language, UiKey.QUOTE_TRANSLATION),
                    ctx.reading(FontStyle.BODY_ITALIC, 22), "Kiosk.muted", TextBlock.Align.LEADING);
            translation.setName(name + ".translation");
            card.append(translation, ctx.px(8));
        }
        return card;
    }
}
