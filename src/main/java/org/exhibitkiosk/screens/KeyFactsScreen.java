package org.exhibitkiosk.screens;

import java.util.ArrayList;
import java.util.List;
import org.exhibitkiosk.content.KeyFacts;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;

/**
 * The facts at a glance: the general facts as cards, then the two sides face to face, each
 * contested figure with who gives it right beside it. EDT only; no I/O.
 */
public final class KeyFactsScreen extends ScrollingScreen {

    public KeyFactsScreen(ScreenContext ctx) {
        super(ctx, "screen.key-facts", build(ctx));
    }

    private static Column build(ScreenContext ctx) {
        KeyFacts facts = ctx.exhibit().keyFacts();
        Column page = new Column();
        page.append(Layouts.title(ctx, "facts.title", ctx.text(facts.title())), 0);
        Layouts.appendSecond(page, ctx, "facts.title", facts.title(), 30, ctx.px(4));

        List<KeyFacts.KeyFact> general = new ArrayList<>();
        List<KeyFacts.KeyFact> bySide = new ArrayList<>();
        for (KeyFacts.KeyFact fact : facts.facts()) {
            boolean sided = fact.values().stream().anyMatch(v -> v.side() != null);
            (sided ? bySide : general).add(fact);
        }
        boolean portrait = ctx.metrics().isPortrait();
        int perRow = portrait ? 1 : 3;
        for (int i = 0; i < general.size(); i += perRow) {
            Row row = new Row(ctx.px(24));
            for (int j = i; j < i + perRow; j++) {
                row.append(j < general.size() ? factCard(ctx, general.get(j)) : new Column(), 1);
            }
            page.append(row, ctx.px(i == 0 ? 32 : 24));
        }
        if (!bySide.isEmpty() && !facts.sides().isEmpty()) {
            // In portrait, each figure's label runs above its two cells, which then share the width.
            Row heads = new Row(ctx.px(24));
            if (!portrait) {
                heads.append(new Column(), 1);
            }
            for (KeyFacts.Side side : facts.sides()) {
                TextBlock name = new TextBlock(ctx.text(side.name()), ctx.font(FontStyle.DISPLAY_BOLD, 40),
                        "Kiosk.accent", TextBlock.Align.LEADING);
                name.setName("facts.side." + side.id());
                heads.append(name, 2);
            }
            page.append(heads, ctx.px(48));
            for (KeyFacts.KeyFact fact : bySide) {
                Row row = new Row(ctx.px(24));
                Column label = new Column();
                TextBlock labelText = new TextBlock(ctx.text(fact.label()), ctx.reading(FontStyle.BODY_BOLD, 30),
                        "Kiosk.muted", TextBlock.Align.LEADING);
                labelText.setName("facts.label." + fact.id());
                label.append(labelText, 0);
                Layouts.appendSecond(label, ctx, "facts.label." + fact.id(), fact.label(), 26, ctx.px(2));
                if (portrait) {
                    page.append(label, ctx.px(28));
                } else {
                    row.append(label, 1);
                }
                for (KeyFacts.Side side : facts.sides()) {
                    Column cell = Layouts.card(ctx);
                    cell.setName("facts.cell." + fact.id() + "." + side.id());
                    int index = 0;
                    for (KeyFacts.Value value : fact.values()) {
                        if (side.id().equals(value.side())) {
                            addValue(ctx, cell, "facts.value." + fact.id() + "." + side.id() + "." + index, value,
                                    index == 0 ? 0 : ctx.px(18));
                            index++;
                        }
                    }
                    row.append(cell, 2);
                }
                page.append(row, ctx.px(portrait ? 10 : 18));
            }
        }
        return page;
    }

    private static Column factCard(ScreenContext ctx, KeyFacts.KeyFact fact) {
        Column card = Layouts.card(ctx);
        card.setName("facts.card." + fact.id());
        TextBlock label = new TextBlock(ctx.text(fact.label()), ctx.font(FontStyle.BODY_BOLD, 28), "Kiosk.accent",
                TextBlock.Align.LEADING);
        label.setName("facts.label." + fact.id());
        card.append(label, 0);
        Layouts.appendSecond(card, ctx, "facts.label." + fact.id(), fact.label(), 24, ctx.px(2));
        int index = 0;
        for (KeyFacts.Value value : fact.values()) {
            addValue(ctx, card, "facts.value." + fact.id() + "." + index, value, ctx.px(index == 0 ? 10 : 16));
            index++;
        }
        return card;
    }

    private static void addValue(ScreenContext ctx, Column into, String name, KeyFacts.Value value, int gap) {
        TextBlock text = new TextBlock(ctx.text(value.text()), ctx.reading(FontStyle.BODY, 34), "Kiosk.foreground",
                TextBlock.Align.LEADING);
        text.setName(name);
        into.append(text, gap);
        Layouts.appendSecond(into, ctx, name, value.text(), 27, ctx.px(4));
        if (value.attribution() != null) {
            TextBlock attribution = new TextBlock(ctx.ui(UiKey.FACTS_ACCORDING_TO, ctx.text(value.attribution())),
                    ctx.reading(FontStyle.BODY_ITALIC, 27), "Kiosk.accent", TextBlock.Align.LEADING);
            attribution.setName(name + ".attribution");
            into.append(attribution, ctx.px(4));
            if (ctx.secondLanguage() != null) {
                TextBlock second = new TextBlock(ctx.uiIn(ctx.secondLanguage(), UiKey.FACTS_ACCORDING_TO,
                        value.attribution().in(ctx.secondLanguage())), ctx.reading(FontStyle.BODY_ITALIC, 23),
                        "Kiosk.muted", TextBlock.Align.LEADING);
                second.setName(name + ".attribution.second");
                into.append(second, ctx.px(2));
            }
        }
    }
}
