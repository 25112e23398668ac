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
 * The first screen a visitor meets: the exhibit's title in every language, and one large button
 * per language, labelled in its own script, with "choose your language" in that language beneath.
 * EDT only; no I/O.
 */
public final class WelcomeScreen extends JPanel {

    public WelcomeScreen(ScreenContext ctx) {
        super(new GridBagLayout());
        setName("screen.welcome");
        setOpaque(false);
        Column column = new Column();
        boolean first = true;
        for (KioskConfig.Language language : ctx.languages()) {
            TextBlock title = new TextBlock(ctx.exhibit().info().title().in(language.code()),
                    ctx.font(FontStyle.DISPLAY_BOLD, first ? 76 : 60), first ? "Kiosk.foreground" : "Kiosk.muted",
                    TextBlock.Align.CENTER);
            title.setName("welcome.title." + language.code());
            column.append(title, first ? 0 : ctx.px(8));
            first = false;
        }
        TextBlock dates = new TextBlock(ctx.exhibit().info().dates().in(ctx.languages().get(0).code()),
                ctx.font(FontStyle.DISPLAY, 36), "Kiosk.accent", TextBlock.Align.CENTER);
        dates.setName("welcome.dates");
        column.append(dates, ctx.px(28));

        boolean portrait = ctx.metrics().isPortrait();
        Row buttons = new Row(ctx.px(36));
        Column stacked = new Column();
        for (KioskConfig.Language language : ctx.languages()) {
            Column choice = new Column();
            TouchButton button = new TouchButton("welcome.language." + language.code(), language.name(),
                    ctx.font(FontStyle.BODY_BOLD, 44), "language", ctx.metrics());
            button.setPreferredSize(new Dimension(ctx.px(380), ctx.px(150)));
            button.addActionListener(e -> ctx.actions().chooseLanguage(language.code()));
            choice.append(button, 0);
            TextBlock prompt = new TextBlock(ctx.exhibit().text(UiKey.WELCOME_CHOOSE_LANGUAGE, language.code()),
                    ctx.font(FontStyle.BODY, 28), "Kiosk.muted", TextBlock.Align.CENTER);
            prompt.setName("welcome.prompt." + language.code());
            choice.append(prompt, ctx.px(16));
            if (portrait) {
                stacked.append(choice, ctx.px(stacked.getComponentCount() == 0 ? 0 : 40));
            } else {
                buttons.append(choice, 1);
            }
        }
        column.append(portrait ? stacked : buttons, ctx.px(72));

        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        int side = portrait ? 120 : 200;
        c.insets = new Insets(ctx.px(24), ctx.px(side), ctx.px(24), ctx.px(side));
        add(new SizedByWidth(column), c);
    }
}
