package org.exhibitkiosk.screens;

import org.exhibitkiosk.content.Perspectives;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;

/**
 * Where accounts differ: for each question, the accounts side by side, each headed by whose it is.
 * The exhibit gives no verdict, and says so. EDT only; no I/O.
 */
public final class PerspectivesScreen extends ScrollingScreen {

    public PerspectivesScreen(ScreenContext ctx) {
        super(ctx, "screen.perspectives", build(ctx));
    }

    private static Column build(ScreenContext ctx) {
        Perspectives perspectives = ctx.exhibit().perspectives();
        Column page = new Column();
        page.append(Layouts.title(ctx, "perspectives.title", ctx.text(perspectives.title())), 0);
        Layouts.appendSecond(page, ctx, "perspectives.title", perspectives.title(), 30, ctx.px(4));
        page.append(Layouts.body(ctx, "perspectives.intro", ctx.text(perspectives.intro())), ctx.px(20));
        Layouts.appendSecond(page, ctx, "perspectives.intro", perspectives.intro(), 24, ctx.px(8));
        page.append(Layouts.muted(ctx, "perspectives.no-verdict", ctx.ui(UiKey.PERSPECTIVES_NO_VERDICT), 24), ctx.px(10));
        for (Perspectives.Topic topic : perspectives.topics()) {
            TextBlock question = new TextBlock(ctx.text(topic.question()), ctx.reading(FontStyle.DISPLAY_BOLD, 34),
                    "Kiosk.foreground", TextBlock.Align.LEADING);
            question.setName("perspectives.question." + topic.id());
            page.append(question, ctx.px(48));
            Layouts.appendSecond(page, ctx, "perspectives.question." + topic.id(), topic.question(), 26, ctx.px(4));
            int perRow = ctx.metrics().isPortrait() ? 1 : Math.min(3, topic.accounts().size());
            for (int i = 0; i < topic.accounts().size(); i += perRow) {
                Row row = new Row(ctx.px(24));
                for (int j = i; j < i + perRow; j++) {
                    row.append(j < topic.accounts().size()
                            ? account(ctx, topic.id() + "." + j, topic.accounts().get(j)) : new Column(), 1);
                }
                page.append(row, ctx.px(i == 0 ? 18 : 24));
            }
        }
        return page;
    }

    private static Column account(ScreenContext ctx, String id, Perspectives.Account account) {
        Column card = Layouts.card(ctx);
        card.setName("perspectives.account." + id);
        TextBlock source = new TextBlock(ctx.text(account.source()), ctx.reading(FontStyle.BODY_BOLD, 24),
                "Kiosk.accent", TextBlock.Align.LEADING);
        source.setName("perspectives.source." + id);
        card.append(source, 0);
        Layouts.appendSecond(card, ctx, "perspectives.source." + id, account.source(), 20, ctx.px(2));
        TextBlock text = new TextBlock(ctx.text(account.text()), ctx.reading(FontStyle.BODY, 28), "Kiosk.foreground",
                TextBlock.Align.LEADING);
        text.setName("perspectives.text." + id);
        text.setLineSpacing(1.3f);
        card.append(text, ctx.px(12));
        Layouts.appendSecond(card, ctx, "perspectives.text." + id, account.text(), 23, ctx.px(12));
        return card;
    }
}
