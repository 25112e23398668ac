package org.exhibitkiosk.screens;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.content.Panel;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.GestureSurface;
import org.exhibitkiosk.ui.PageDots;
import org.exhibitkiosk.ui.PictureView;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.TouchButton;

/**
 * One panel of a section at a time: the heading, a few short paragraphs, a pull quote or picture
 * set apart; page dots and large arrows below, and a swipe turns the page too. In the two-language
 * view, the visitor's language and a second one stand side by side. EDT only; no I/O.
 */
public final class ReaderScreen extends JPanel {

    private final GestureSurface surface;

    public ReaderScreen(ScreenContext ctx, Section section, int page) {
        super(new BorderLayout(0, ctx.px(20)));
        setName("screen.reader");
        setOpaque(false);
        Layouts.pad(this, ctx, 44, Layouts.MARGIN, 24);
        Panel panel = section.panels().get(page);
        int pages = section.panels().size();

        // The section on the left, "Page N of M" flush right above the text's edge, on one line.
        Row header = new Row(ctx.px(24));
        header.append(Layouts.kicker(ctx, "reader.section", ctx.text(section.title())), 3);
        TextBlock counter = new TextBlock(ctx.ui(UiKey.NAV_PAGE_OF, page + 1, pages),
                ctx.font(FontStyle.BODY_BOLD, 24), "Kiosk.muted", TextBlock.Align.TRAILING);
        counter.setName("reader.counter");
        header.append(counter, 1);
        add(new SizedByWidth(header), BorderLayout.NORTH);

        Column content = new Column();
        content.setName("reader.panel." + panel.id());
        if (ctx.secondLanguage() != null && ctx.metrics().isPortrait()) {
            // A portrait panel is too narrow for two columns: one language under the other.
            content.append(text(ctx, panel, ctx.language(), "reader"), 0);
            content.append(text(ctx, panel, ctx.secondLanguage(), "reader.second"), ctx.px(48));
            extras(ctx, panel, content, null);
        } else if (ctx.secondLanguage() != null) {
            Row columns = new Row(ctx.px(56));
            columns.append(text(ctx, panel, ctx.language(), "reader"), 1);
            columns.append(text(ctx, panel, ctx.secondLanguage(), "reader.second"), 1);
            content.append(columns, 0);
            extras(ctx, panel, content, null);
        } else if (ctx.metrics().isPortrait() || (panel.quote() == null && panel.image() == null)) {
            Row narrow = new Row(0);
            narrow.append(text(ctx, panel, ctx.language(), "reader"), 3);
            if (!ctx.metrics().isPortrait() && ctx.metrics().textScale() < 1.3f) {
                // Larger text gets a wider column, so a line still holds a readable number of words.
                narrow.append(new Column(), ctx.metrics().textScale() > 1.1f ? 0.5f : 1);
            }
            content.append(narrow, 0);
            extras(ctx, panel, content, null);
        } else {
            Row columns = new Row(ctx.px(64));
            columns.append(text(ctx, panel, ctx.language(), "reader"), 3);
            Column side = new Column();
            extras(ctx, panel, side, side);
            columns.append(side, 2);
            content.append(columns, 0);
        }
        surface = new GestureSurface("reader.surface", content, ctx.metrics(), ctx.actions()::turnPage);
        add(surface, BorderLayout.CENTER);
        Place.Map map = panel.places().isEmpty() && panel.mapDate() == null ? null
                : new Place.Map(panel.mapDate(), new Place.Reading(section.id(), page));
        Section next = nextSection(ctx, section);
        add(pager(ctx, page, pages, map, page == pages - 1 ? next : null), BorderLayout.SOUTH);
    }

    /** The panel's text area, where a drag scrolls and a swipe turns the page. */
    public GestureSurface surface() {
        return surface;
    }

    private static Column text(ScreenContext ctx, Panel panel, String language, String name) {
        Column column = new Column();
        TextBlock heading = new TextBlock(panel.heading().in(language), ctx.reading(FontStyle.DISPLAY_BOLD, Layouts.readingSize(ctx, 46)),
                "Kiosk.foreground", TextBlock.Align.LEADING);
        heading.setName(name + ".heading");
        heading.setLineSpacing(1.15f);
        column.append(heading, 0);
        int index = 0;
        for (LocalizedText paragraph : panel.paragraphs()) {
            TextBlock body = Layouts.body(ctx, name + ".paragraph." + index++, paragraph.in(language));
            column.append(body, ctx.px(index == 1 ? 28 : 18));
        }
        return column;
    }

    /** The quote and picture: beside the text in a wide layout (side), else beneath it. */
    private static void extras(ScreenContext ctx, Panel panel, Column into, Column side) {
        int gap = side != null ? 0 : ctx.px(36);
        if (panel.image() != null) {
            Optional<BufferedImage> image = ctx.exhibit().image(panel.image());
            if (image.isPresent()) {
                Column figure = new Column();
                figure.append(new PictureView("reader.image", image.get()), 0);
                figure.append(Layouts.muted(ctx, "reader.image.caption", ctx.text(panel.image().caption()), 22), ctx.px(10));
                figure.append(Layouts.muted(ctx, "reader.image.credit", ctx.text(panel.image().credit()), 18), ctx.px(4));
                into.append(figure, gap);
                gap = ctx.px(28);
            }
        }
        if (panel.quote() != null) {
            if (ctx.secondLanguage() != null) {
                Row quotes = new Row(ctx.px(56));
                quotes.append(QuoteCard.of(ctx, "reader.quote", panel.quote(), ctx.language()), 1);
                quotes.append(QuoteCard.of(ctx, "reader.second.quote", panel.quote(), ctx.secondLanguage()), 1);
                into.append(quotes, gap);
            } else {
                into.append(QuoteCard.of(ctx, "reader.quote", panel.quote(), ctx.language()), gap);
            }
        }
    }

    /** The section after this one, or null after the last. */
    private static Section nextSection(ScreenContext ctx, Section section) {
        List<Section> sections = ctx.exhibit().sections();
        int index = sections.indexOf(section);
        return index >= 0 && index + 1 < sections.size() ? sections.get(index + 1) : null;
    }

    /**
     * Page turns and dots; and, for a panel that names places, the way to the map (on the panel's day). On a section's
     * last page, "Next" offers the next section by name (after the last section it goes home).
     */
    private static JPanel pager(ScreenContext ctx, int page, int pages, Place.Map offerMap, Section nextSection) {
        JPanel pager = new JPanel(new BorderLayout(ctx.px(24), 0));
        pager.setOpaque(false);
        TouchButton previous = new TouchButton("reader.previous", "\u2039  " + ctx.ui(UiKey.NAV_PREVIOUS),
                ctx.font(FontStyle.BODY_BOLD, 28), "pager", ctx.metrics());
        previous.addActionListener(e -> ctx.actions().turnPage(-1));
        String nextLabel = nextSection != null ? ctx.ui(UiKey.NAV_NEXT_SECTION, ctx.text(nextSection.title()))
                : ctx.ui(UiKey.NAV_NEXT);
        TouchButton next = new TouchButton("reader.next", nextLabel + "  \u203A",
                ctx.font(FontStyle.BODY_BOLD, 28), "primary", ctx.metrics());
        if (nextSection != null) {
            next.addActionListener(e -> ctx.actions().go(new Place.Reading(nextSection.id(), 0)));
        } else {
            next.addActionListener(e -> ctx.actions().turnPage(1));
        }
        // Every label on one line: "Next: Military operations" needs more room than "Next", so every
        // page gets the room of the longest (the dots stay put from page to page), and Previous the
        // room of its own label.
        int height = ctx.metrics().target();
        int previousWidth = Math.max(ctx.px(ctx.metrics().isPortrait() ? 160 : 240), previous.getPreferredSize().width);
        int nextWidth = previousWidth;
        List<String> labels = new ArrayList<>(List.of(ctx.ui(UiKey.NAV_NEXT)));
        ctx.exhibit().sections().forEach(s -> labels.add(ctx.ui(UiKey.NAV_NEXT_SECTION, ctx.text(s.title()))));
        for (String label : labels) {
            nextWidth = Math.max(nextWidth, new TouchButton("reader.next.measure", label + "  \u203A",
                    ctx.font(FontStyle.BODY_BOLD, 28), "primary", ctx.metrics()).getPreferredSize().width);
        }
        int room = ctx.metrics().width() - ctx.px(2 * Layouts.MARGIN);
        int gap = ctx.px(24);
        previous.setPreferredSize(new Dimension(previousWidth, height));
        next.setPreferredSize(new Dimension(nextWidth, height));
        JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
        right.setOpaque(false);
        right.add(next);
        // On the first page Previous stays in its place, disabled, so nothing moves from page to page.
        previous.setEnabled(page > 0);
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        left.setOpaque(false);
        left.add(previous);
        JPanel dots = new JPanel(new GridBagLayout());
        dots.setOpaque(false);
        // The map's button is on every page, in the same place, so the dots never move: where a
        // panel names no places and no day, it is there, disabled.
        TouchButton map = new TouchButton("reader.map", ctx.ui(UiKey.TILE_MAP), ctx.font(FontStyle.BODY_BOLD, 28),
                "pager", ctx.metrics());
        map.withIcon("map", ctx.metrics());
        map.setPreferredSize(new Dimension(map.getPreferredSize().width, height));
        map.addActionListener(e -> {
            if (offerMap != null) {
                ctx.actions().go(offerMap);
            }
        });
        map.setEnabled(offerMap != null);
        Component place = map;
        PageDots pageDots = new PageDots(pages, page, ctx.metrics());
        int side = Math.max(previousWidth, nextWidth);
        int between = room - 2 * side - 3 * gap;
        // One arrangement for every page of every section (decided by the section with the most
        // pages), so the row does not change from one section to the next.
        int mostPages = ctx.exhibit().sections().stream().mapToInt(s -> s.panels().size()).max().orElse(pages);
        int dotsWidth = new PageDots(Math.max(pages, mostPages), 0, ctx.metrics()).getPreferredSize().width;
        boolean oneRow = !ctx.metrics().isPortrait()
                && map.getPreferredSize().width + dotsWidth <= between;
        if (oneRow) {
            // Both sides as wide as the wider, so the dots stand in the middle.
            left.setPreferredSize(new Dimension(side, height));
            right.setPreferredSize(new Dimension(side, height));
            GridBagConstraints c = new GridBagConstraints();
            c.insets = new Insets(0, 0, 0, gap);
            dots.add(place, c);
        } else {
            // The map and the dots on a row of their own above the page turns (the dots under the
            // map where the two do not fit side by side).
            boolean besides = map.getPreferredSize().width + gap + dotsWidth <= room;
            JPanel above = new JPanel(new GridBagLayout());
            above.setOpaque(false);
            GridBagConstraints c = new GridBagConstraints();
            c.insets = new Insets(0, 0, besides ? 0 : ctx.px(16), besides ? gap : 0);
            above.add(place, c);
            c = new GridBagConstraints();
            c.gridy = besides ? 0 : 1;
            above.add(pageDots, c);
            above.setBorder(BorderFactory.createEmptyBorder(0, 0, ctx.px(16), 0));
            pager.add(above, BorderLayout.NORTH);
            if (previousWidth + gap + nextWidth > room) {
                // Too narrow for both on one line: Next gets a line of its own beneath.
                JPanel turns = new JPanel(new BorderLayout(0, ctx.px(16)));
                turns.setOpaque(false);
                turns.add(left, BorderLayout.NORTH);
                turns.add(right, BorderLayout.SOUTH);
                pager.add(turns, BorderLayout.CENTER);
                return pager;
            }
            pager.add(left, BorderLayout.WEST);
            pager.add(right, BorderLayout.EAST);
            return pager;
        }
        pager.add(left, BorderLayout.WEST);
        dots.add(pageDots);
        pager.add(dots, BorderLayout.CENTER);
        pager.add(right, BorderLayout.EAST);
        return pager;
    }
}
