package org.exhibitkiosk.shell;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
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
 * view. Laid out by {@link BarLayout}, which plans the bar from its buttons' own widths and the
 * screen's width (never by measuring after a layout), so that no button covers another at any
 * size, orientation, language or text step. EDT only.
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
     *                           print screen and the credits do not: there the button is hidden,
     *                           its place kept)
     */
    NavigationBar(ScreenContext ctx, int textStep, boolean offersTwoLanguages, Actions actions) {
        setName("nav.bar");
        setOpaque(false);
        int pad = ctx.px(14);
        int side = ctx.px(48);
        setBorder(BorderFactory.createEmptyBorder(pad, side, pad, side));
        // Read from across the room, as the rest of the exhibit's controls.
        float size = 30;

        TouchButton home = new TouchButton("nav.home", ctx.ui(UiKey.NAV_HOME),
                ctx.font(FontStyle.BODY_BOLD, size), "nav", ctx.metrics());
        home.withIcon("home", ctx.metrics());
        home.addActionListener(e -> actions.home());

        // The languages' sign before their buttons (not a target of its own), in the muted ink.
        JLabel languageSign = new JLabel(Icons.icon("language", ctx.px(34), "Kiosk.muted"));
        languageSign.setName("nav.languages.icon");
        List<JComponent> languages = new ArrayList<>();
        for (KioskConfig.Language language : ctx.languages()) {
            boolean current = language.code().equals(ctx.language());
            TouchButton button = new TouchButton("nav.language." + language.code(), language.name(),
                    ctx.font(FontStyle.BODY_BOLD, size), current ? "navActive" : "nav", ctx.metrics());
            button.addActionListener(e -> actions.switchLanguage(language.code()));
            languages.add(button);
        }

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
        List<JComponent> tools = new ArrayList<>(List.of(textSize));
        if (ctx.languages().size() > 1) {
            // Hidden where the screen has no second language to show, its place kept.
            twoLanguages.setVisible(offersTwoLanguages);
            tools.add(twoLanguages);
        }
        setLayout(new BarLayout(ctx.metrics().width(), ctx.px(12), home, languageSign, languages, tools));
        add(home);
        add(languageSign);
        languages.forEach(this::add);
        tools.forEach(this::add);
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

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(Theme.color("Kiosk.bar"));
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setColor(Theme.color("Kiosk.rule"));
        g.fillRect(0, 0, getWidth(), Math.max(1, getHeight() / 90));
    }

    /**
     * The bar's grid, planned from the buttons' preferred widths and the room the bar has (the
     * screen's width until the bar is laid out), in the first of these that fits:
     * <ol>
     * <li>one line: Home at the start, text size and two languages at the end, both sides as wide
     * as the wider, the languages centred between them with their sign, or without it;</li>
     * <li>two lines: the languages centred on the first (with their sign where it fits, wrapped
     * onto more lines where even their buttons alone do not fit), Home at the start of the second
     * and the others at its end;</li>
     * <li>where those three do not fit one line: Home and the languages on the first line, text size
     * and two languages at the end of the second;</li>
     * <li>else as many lines as the parts need, in that order.</li>
     * </ol>
     * A hidden button keeps its place. The preferred height is what the plan needs, so nothing is
     * cut off by the bar.
     */
    static final class BarLayout implements LayoutManager {

        private final int screenWidth;
        private final int gap;
        private final JComponent home;
        private final JComponent sign;
        private final List<JComponent> languages;
        private final List<JComponent> tools;

        BarLayout(int screenWidth, int gap, JComponent home, JComponent sign, List<JComponent> languages,
                  List<JComponent> tools) {
            this.screenWidth = screenWidth;
            this.gap = gap;
            this.home = home;
            this.sign = sign;
            this.languages = List.copyOf(languages);
            this.tools = List.copyOf(tools);
        }

        @Override
        public void addLayoutComponent(String name, Component comp) {
        }

        @Override
        public void removeLayoutComponent(Component comp) {
        }

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            int width = parent.getWidth() > 0 ? parent.getWidth() : screenWidth;
            Insets insets = parent.getInsets();
            Plan plan = plan(width - insets.left - insets.right);
            return new Dimension(width, plan.height + insets.top + insets.bottom);
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            return preferredLayoutSize(parent);
        }

        @Override
        public void layoutContainer(Container parent) {
            Insets insets = parent.getInsets();
            Plan plan = plan(parent.getWidth() - insets.left - insets.right);
            sign.setVisible(plan.bounds.containsKey(sign));
            for (Map.Entry<JComponent, Rectangle> entry : plan.bounds.entrySet()) {
                Rectangle r = entry.getValue();
                entry.getKey().setBounds(r.x + insets.left, r.y + insets.top, r.width, r.height);
            }
        }

        /** Where each shown part goes, in the bar's inner coordinates, and the height it takes. */
        record Plan(Map<JComponent, Rectangle> bounds, int height) {
        }

        Plan plan(int room) {
            int homeWidth = width(home);
            int toolsWidth = span(tools);
            int languagesWidth = span(languages);
            int signWidth = width(sign) + gap;
            int sideWidth = Math.max(homeWidth, toolsWidth);
            int lineHeight = lineHeight();
            Map<JComponent, Rectangle> bounds = new LinkedHashMap<>();
            for (boolean withSign : new boolean[] {true, false}) {
                int middle = languagesWidth + (withSign ? signWidth : 0);
                if (2 * sideWidth + middle + 2 * gap <= room) {
                    place(bounds, List.of(home), 0, 0, lineHeight);
                    place(bounds, tools, room - toolsWidth, 0, lineHeight);
                    int x = (room - middle) / 2;
                    if (withSign) {
                        place(bounds, List.of(sign), x, 0, lineHeight);
                        x += signWidth;
                    }
                    place(bounds, languages, x, 0, lineHeight);
                    return new Plan(bounds, lineHeight);
                }
            }
            List<JComponent> rest = new ArrayList<>();
            rest.add(home);
            rest.addAll(tools);
            if (span(rest) > room && homeWidth + gap + signWidth + languagesWidth <= room && toolsWidth <= room) {
                // Two lines still, where Home, text size and two languages would need three: Home and
                // the languages on the first, the tools at the end of the second.
                place(bounds, List.of(home), 0, 0, lineHeight);
                place(bounds, List.of(sign), room - languagesWidth - signWidth, 0, lineHeight);
                place(bounds, languages, room - languagesWidth, 0, lineHeight);
                place(bounds, tools, room - toolsWidth, lineHeight + gap, lineHeight);
                return new Plan(bounds, 2 * lineHeight + gap);
            }
            // The languages first, on a line (or lines) of their own.
            int y = 0;
            List<List<JComponent>> languageLines = lines(languages, room);
            boolean withSign = languageLines.size() == 1 && languagesWidth + signWidth <= room;
            for (List<JComponent> line : languageLines) {
                int middle = span(line) + (withSign ? signWidth : 0);
                int x = Math.max(0, (room - middle) / 2);
                if (withSign) {
                    place(bounds, List.of(sign), x, y, lineHeight);
                    x += signWidth;
                }
                place(bounds, line, x, y, lineHeight);
                y += lineHeight + gap;
            }
            // Then Home and the tools: Home at the start, the tools at the end, on as few lines as hold them.
            List<List<JComponent>> restLines = lines(rest, room);
            for (List<JComponent> line : restLines) {
                if (line.get(0) == home && line.size() > 1) {
                    place(bounds, List.of(home), 0, y, lineHeight);
                    List<JComponent> others = line.subList(1, line.size());
                    place(bounds, others, room - span(others), y, lineHeight);
                } else {
                    int width = span(line);
                    place(bounds, line, width <= room ? (line.get(0) == home ? 0 : room - width) : 0, y, lineHeight);
                }
                y += lineHeight + gap;
            }
            return new Plan(bounds, y - gap);
        }

        /** The parts in order, as many on a line as fit; one that is too wide alone has a line of its own. */
        private List<List<JComponent>> lines(List<JComponent> parts, int room) {
            List<List<JComponent>> lines = new ArrayList<>();
            List<JComponent> line = new ArrayList<>();
            for (JComponent part : parts) {
                List<JComponent> longer = new ArrayList<>(line);
                longer.add(part);
                if (!line.isEmpty() && span(longer) > room) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                line.add(part);
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }

        /** Side by side from x, each as wide as it wishes (never wider than the bar), centred in the line. */
        private void place(Map<JComponent, Rectangle> bounds, List<JComponent> parts, int x, int y, int lineHeight) {
            for (JComponent part : parts) {
                Dimension size = part.getPreferredSize();
                int height = Math.min(lineHeight, size.height);
                bounds.put(part, new Rectangle(x, y + (lineHeight - height) / 2, size.width, height));
                x += size.width + gap;
            }
        }

        private int span(List<JComponent> parts) {
            int width = 0;
            for (JComponent part : parts) {
                width += width(part);
            }
            return width + gap * Math.max(0, parts.size() - 1);
        }

        private static int width(JComponent part) {
            return part.getPreferredSize().width;
        }

        private int lineHeight() {
            int height = home.getPreferredSize().height;
            for (JComponent part : languages) {
                height = Math.max(height, part.getPreferredSize().height);
            }
            for (JComponent part : tools) {
                height = Math.max(height, part.getPreferredSize().height);
            }
            return height;
        }
    }
}
