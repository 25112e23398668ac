package org.exhibitkiosk.screens;

import org.exhibitkiosk.content.ExhibitInfo;
import org.exhibitkiosk.content.Glossary;
import org.exhibitkiosk.content.Sources;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;

/** Credits, sources and glossary: who made the exhibit, from what, and what its words mean. */
public final class CreditsScreen extends ScrollingScreen {

    public CreditsScreen(ScreenContext ctx) {
        super(ctx, "screen.credits", build(ctx));
    }

    private static Column build(ScreenContext ctx) {
        Column page = new Column();
        page.append(Layouts.title(ctx, "credits.title", ctx.ui(UiKey.CREDITS_TITLE)), 0);
        int index = 0;
        for (ExhibitInfo.Credit credit : ctx.exhibit().info().credits()) {
            Column block = new Column();
            block.append(subheading(ctx, "credits.heading." + index, ctx.text(credit.heading())), 0);
            block.append(Layouts.body(ctx, "credits.text." + index, ctx.text(credit.text())), ctx.px(8));
            page.append(block, ctx.px(index == 0 ? 28 : 24));
            index++;
        }
        Sources sources = ctx.exhibit().sources();
        page.append(subtitle(ctx, "credits.sources", ctx.text(sources.title())), ctx.px(48));
        index = 0;
        for (Sources.Source source : sources.sources()) {
            String line = ctx.text(source.citation())
                    + (source.licence() != null ? " (" + ctx.text(source.licence()) + ")" : "");
            page.append(Layouts.body(ctx, "credits.source." + source.id(), line), ctx.px(index++ == 0 ? 16 : 10));
        }
        Glossary glossary = ctx.exhibit().glossary();
        page.append(subtitle(ctx, "credits.glossary", ctx.text(glossary.title())), ctx.px(48));
        for (Glossary.Term term : glossary.terms()) {
            Row row = new Row(ctx.px(24));
            TextBlock word = new TextBlock(ctx.text(term.term()), ctx.reading(FontStyle.BODY_BOLD, 26), "Kiosk.accent",
                    TextBlock.Align.LEADING);
            word.setName("credits.term." + term.id());
            TextBlock definition = Layouts.muted(ctx, "credits.definition." + term.id(), ctx.text(term.definition()),
                    26);
            if (ctx.metrics().isPortrait() || ctx.metrics().textScale() > 1.3f) {
                // Narrow, or large text: the term above its definition, so a long term is never squeezed.
                page.append(word, ctx.px(20));
                page.append(definition, ctx.px(4));
            } else {
                row.append(word, 1);
                row.append(definition, 3);
                page.append(row, ctx.px(14));
            }
        }
        return page;
    }

    private static TextBlock subtitle(ScreenContext ctx, String name, String text) {
        TextBlock block = new TextBlock(text, ctx.font(FontStyle.DISPLAY_BOLD, 38), "Kiosk.foreground",
                TextBlock.Align.LEADING);
        block.setName(name);
        return block;
    }

    private static TextBlock subheading(ScreenContext ctx, String name, String text) {
        TextBlock block = new TextBlock(text, ctx.reading(FontStyle.BODY_BOLD, 26), "Kiosk.accent",
                TextBlock.Align.LEADING);
        block.setName(name);
        return block;
    }
}
