package org.exhibitkiosk.shell;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.screens.ScreenContext;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Icons;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Theme;
import org.exhibitkiosk.ui.TouchButton;

/**
 * The bar along the bottom of every screen after the welcome, within reach of a child or a
 * wheelchair user: Home, the languages (each in its own script), text size and the two-language
 * view. EDT only.
 */
final class NavigationBar extends JPanel {

    /** What the bar's buttons ask for. */
    interface Actions {
        void home();

        void switchLanguage(String language);

        void nextTextSize();

        void nextSecondLanguage();
    }

    /**
     * @param offersTwoLanguages whether the screen shows two languages when asked (the map, the
     *                           print screen and the credits do not: there the button is hidden)
     */
    NavigationBar(ScreenContext ctx, int textStep, boolean offersTwoLanguages, Actions actions) {
        super(new BorderLayout());
        setName("nav.bar");
        setOpaque(false);
        int pad = ctx.px(14);
        setBorder(BorderFactory.createEmptyBorder(pad, ctx.px(48), pad, ctx.px(48)));
        // Read from across the room, as the rest of the exhibit's controls.
        float size = 30;

        TouchButton home = new TouchButton("nav.home", ctx.ui(UiKey.NAV_HOME),
                ctx.font(FontStyle.BODY_BOLD, size), "nav", ctx.metrics());
        home.withIcon("home", ctx.metrics());
        home.addActionListener(e -> actions.home());
        boolean portrait = ctx.metrics().isPortrait();
        JPanel first = new JPanel(new BorderLayout());
        first.setOpaque(false);
        first.add(wrap(ctx, home), BorderLayout.WEST);

        JPanel languages = new JPanel(new FlowLayout(FlowLayout.CENTER, ctx.px(12), 0));
        languages.setOpaque(false);
        // The languages' sign before their buttons (not a target of its own), in the muted ink.
        JLabel languageSign = new JLabel(Icons.icon("language", ctx.px(34), "Kiosk.muted"));
        languageSign.setName("nav.languages.icon");
        languages.add(languageSign);
        for (KioskConfig.Language language : ctx.languages()) {
            boolean current = language.code().equals(ctx.language());
            TouchButton button = new TouchButton("nav.language." + language.code(), language.name(),
                    ctx.font(FontStyle.BODY_BOLD, size), current ? "navActive" : "nav", ctx.metrics());
            button.addActionListener(e -> actions.switchLanguage(language.code()));
            languages.add(button);
        }
        if (portrait) {
            // A portrait panel is narrow: the languages get a row of their own.
            languages.setBorder(BorderFactory.createEmptyBorder(0, 0, ctx.px(12), 0));
            add(languages, BorderLayout.NORTH);
        } else {
            first.add(languages, BorderLayout.CENTER);
        }

        JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, ctx.px(12), 0));
        right.setOpaque(false);
        TouchButton textSize = new TouchButton("nav.text-size", ctx.ui(UiKey.NAV_TEXT_SIZE) + " " + "+".repeat(textStep),
                ctx.font(FontStyle.BODY_BOLD, size), textStep > 0 ? "navActive" : "nav", ctx.metrics());
        textSize.withIcon("text-size", ctx.metrics());
        textSize.addActionListener(e -> actions.nextTextSize());
        // Each button as wide as its longest label, so that nothing beside it moves when a label
        // changes ("Text size ++", "Two languages + Հայերեն").
        List<String> sizes = new ArrayList<>();
        for (int step = 0; step < Metrics.textSteps(); step++) {
            sizes.add(ctx.ui(UiKey.NAV_TEXT_SIZE) + " " + "+".repeat(step));
        }
        holdWidest(textSize, sizes, ctx, size, "text-size");
        right.add(textSize);
        String second = ctx.secondLanguage() == null ? "" : "  + " + ctx.languageName(ctx.secondLanguage());
        TouchButton twoLanguages = new TouchButton("nav.two-languages", ctx.ui(UiKey.NAV_TWO_LANGUAGES) + second,
                ctx.font(FontStyle.BODY_BOLD, size), ctx.secondLanguage() != null ? "navActive" : "nav",
                ctx.metrics());
        twoLanguages.withIcon("users", ctx.metrics());
        twoLanguages.addActionListener(e -> actions.nextSecondLanguage());
        List<String> seconds = new ArrayList<>(List.of(ctx.ui(UiKey.NAV_TWO_LANGUAGES)));
        for (KioskConfig.Language language : ctx.languages()) {
            if (!language.code().equals(ctx.language())) {
                seconds.add(ctx.ui(UiKey.NAV_TWO_LANGUAGES) + "  + " + language.name());
            }
        }
        holdWidest(twoLanguages, seconds, ctx, size, "users");
        if (ctx.languages().size() > 1 && offersTwoLanguages) {
            right.add(twoLanguages);
        } else if (ctx.languages().size() > 1) {
            // Hidden where the screen has no second language to show, its place kept.
            right.add(Box.createRigidArea(twoLanguages.getPreferredSize()));
        }
        first.add(right, BorderLayout.EAST);
        add(first, BorderLayout.CENTER);
        // Both sides as wide as the wider, always: the languages stay centred on the bar, whatever
        // the buttons beside them say or whether one is hidden.
        JPanel left = (JPanel) first.getComponent(0);
        int side = Math.max(left.getPreferredSize().width, right.getPreferredSize().width);
        int room = ctx.metrics().width() - 2 * ctx.px(48);
        // (In portrait the languages have a row of their own, and Home and the rest share theirs.)
        if (!portrait && 2 * side + languages.getPreferredSize().width <= room) {
            left.setPreferredSize(new Dimension(side, left.getPreferredSize().height));
            right.setPreferredSize(new Dimension(side, right.getPreferredSize().height));
        }
        // Where the languages' buttons would not fit on one line beside the rest, their sign goes:
        // a button pushed onto a second line would be cut off by the bar.
        int beside = portrait ? 0 : left.getPreferredSize().width + right.getPreferredSize().width;
        if (beside + languages.getPreferredSize().width > room) {
            languages.remove(languageSign);
        }
    }

    private static void holdWidest(TouchButton button, List<String> labels, ScreenContext ctx, float size,
                                   String icon) {
        int widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, new TouchButton("nav.measure", label, ctx.font(FontStyle.BODY_BOLD, size), "nav",
                    ctx.metrics()).withIcon(icon, ctx.metrics()).getPreferredSize().width);
        }
        button.setPreferredSize(new Dimension(widest, button.getPreferredSize().height));
    }

    private static JPanel wrap(ScreenContext ctx, TouchButton button) {
        JPanel holder = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        holder.setOpaque(false);
        holder.add(button);
        return holder;
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        return new Dimension(size.width, size.height);
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(Theme.color("Kiosk.bar"));
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setColor(Theme.color("Kiosk.rule"));
        g.fillRect(0, 0, getWidth(), Math.max(1, getHeight() / 90));
    }
}
