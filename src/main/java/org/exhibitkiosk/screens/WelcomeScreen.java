package org.exhibitkiosk.screens;

import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JPanel;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.TouchButton;

/**
 * The first screen a visitor meets, in every language alike (none is the visitor's yet): for each,
 * the exhibit's title and dates, and one large button labelled in its own script, with "choose
 * your language" in that language beneath.
 * EDT only; no I/O.
 */
public final class WelcomeScreen extends JPanel {

    public WelcomeScreen(ScreenContext ctx) {
        super(new GridBagLayout());
        setName("screen.welcome");
        setOpaque(false);
        // No language is the visitor's yet: each is shown alike (same size, weight and colour), side
        // by side in landscape, one under the other in portrait, each with its title, its dates, its
        // button and "choose your language" in its own words.
        boolean portrait = ctx.metrics().isPortrait();
        Column column = new Column();
        Row titles = new Row(ctx.px(36));
        Row buttons = new Row(ctx.px(36));
        for (KioskConfig.Language language : ctx.languages()) {
            Column heading = new Column();
            TextBlock title = new TextBlock(ctx.exhibit().info().title().in(language.code()),
                    ctx.font(FontStyle.DISPLAY_BOLD, portrait ? 64 : 60), "Kiosk.foreground", TextBlock.Align.CENTER);
            title.setName("welcome.title." + language.code());
            title.setLanguage(language.code());
            heading.append(title, 0);
            TextBlock dates = new TextBlock(ctx.exhibit().info().dates().in(language.code()),
                    ctx.font(FontStyle.DISPLAY, 34), "Kiosk.accent", TextBlock.Align.CENTER);
            dates.setName("welcome.dates." + language.code());
            dates.setLanguage(language.code());
            heading.append(dates, ctx.px(12));

            Column choice = new Column();
            TouchButton button = new TouchButton("welcome.language." + language.code(), language.name(),
                    ctx.font(FontStyle.BODY_BOLD, 44), "language", ctx.metrics());
            button.setPreferredSize(new Dimension(ctx.px(380), ctx.px(150)));
            button.addActionListener(e -> ctx.actions().chooseLanguage(language.code()));
            choice.append(button, 0);
            TextBlock prompt = new TextBlock(ctx.exhibit().text(UiKey.WELCOME_CHOOSE_LANGUAGE, language.code()),
                    ctx.font(FontStyle.BODY, 30), "Kiosk.muted", TextBlock.Align.CENTER);
            prompt.setName("welcome.prompt." + language.code());
            prompt.setLanguage(language.code());
            choice.append(prompt, ctx.px(16));
            if (portrait) {
                Column alone = new Column();
                alone.append(heading, 0);
                alone.append(choice, ctx.px(28));
                column.append(alone, ctx.px(column.getComponentCount() == 0 ? 0 : 72));
            } else {
                titles.append(heading, 1);
                buttons.append(choice, 1);
            }
        }
        if (!portrait) {
            // Titles in one row, buttons in the next: the buttons line up whatever the titles take.
            column.append(titles, 0);
            column.append(buttons, ctx.px(80));
        }

        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        int side = portrait ? 120 : 140;
        c.insets = new Insets(ctx.px(24), ctx.px(side), ctx.px(24), ctx.px(side));
        add(new SizedByWidth(column), c);
    }
}
