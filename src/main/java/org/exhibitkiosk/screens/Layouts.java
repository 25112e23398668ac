package org.exhibitkiosk.screens;

import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.TextBlock;

/** Pieces every screen uses, so screens look like one exhibit. EDT only. */
final class Layouts {

    /** Design pixels between the screen's edge and its content. */
    static final int MARGIN = 72;

    private Layouts() {
    }

    static TextBlock title(ScreenContext ctx, String name, String text) {
        TextBlock title = new TextBlock(text, ctx.font(FontStyle.DISPLAY_BOLD, 52), "Kiosk.foreground",
                TextBlock.Align.LEADING);
        title.setName(name);
        return title;
    }

    static TextBlock kicker(ScreenContext ctx, String name, String text) {
        TextBlock kicker = new TextBlock(text, ctx.font(FontStyle.BODY_BOLD, 24), "Kiosk.accent",
                TextBlock.Align.LEADING);
        kicker.setName(name);
        return kicker;
    }

    /**
     * A reading size for the screen's shape: a portrait panel's column is as wide as the screen and
     * has height to spare, so its text is set larger (a line still holds 45 to 60 characters).
     */
    static float readingSize(ScreenContext ctx, float design) {
        return ctx.metrics().isPortrait() ? design * 1.15f : design;
    }

    static TextBlock body(ScreenContext ctx, String name, String text) {
        TextBlock body = new TextBlock(text, ctx.reading(FontStyle.BODY, readingSize(ctx, 30)), "Kiosk.foreground",
                TextBlock.Align.LEADING);
        body.setName(name);
        body.setLineSpacing(1.35f);
        return body;
    }

    static TextBlock muted(ScreenContext ctx, String name, String text, float size) {
        TextBlock muted = new TextBlock(text, ctx.reading(FontStyle.BODY, size), "Kiosk.muted",
                TextBlock.Align.LEADING);
        muted.setName(name);
        return muted;
    }

    /**
     * In the two-language view, a text in the second language set under the first, smaller and
     * quieter; null without a second language.
     */
    static TextBlock second(ScreenContext ctx, String name, LocalizedText text, float size) {
        if (ctx.secondLanguage() == null) {
            return null;
        }
        TextBlock second = new TextBlock(text.in(ctx.secondLanguage()), ctx.reading(FontStyle.BODY_ITALIC, size),
                "Kiosk.muted", TextBlock.Align.LEADING);
        second.setName(name + ".second");
        second.setLanguage(ctx.secondLanguage());
        return second;
    }

    /** Appends {@link #second} under a text, where there is a second language. */
    static void appendSecond(Column into, ScreenContext ctx, String name, LocalizedText text, float size, int gap) {
        TextBlock second = second(ctx, name, text, size);
        if (second != null) {
            into.append(second, gap);
        }
    }

    /** A rounded card on the raised surface colour. */
    static Column card(ScreenContext ctx) {
        int pad = ctx.px(28);
        return new Column().card("Kiosk.surface", "Kiosk.rule", ctx.px(24), new Insets(pad, pad, pad, pad));
    }

    static void pad(JComponent component, ScreenContext ctx, int top, int sides, int bottom) {
        component.setBorder(BorderFactory.createEmptyBorder(ctx.px(top), ctx.px(sides), ctx.px(bottom), ctx.px(sides)));
    }
}
