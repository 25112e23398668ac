package org.exhibitkiosk.screens;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.Icon;
import javax.swing.JPanel;
import org.exhibitkiosk.content.ExhibitInfo;
import org.exhibitkiosk.content.HomeTile;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Icons;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.Tile;
import org.exhibitkiosk.ui.TilePicture;

/**
 * The exhibit's home: title, dates and one line of summary, then a large tile for each part of the
 * exhibit. EDT only; no I/O.
 */
public final class HomeScreen extends JPanel {

    /** Each kind of tile's icon, where its content names none. */
    static final String SECTION_ICON = "book";
    static final String KEY_FACTS_ICON = "list-numbers";
    static final String PERSPECTIVES_ICON = "scale";
    static final String MAP_ICON = "map";
    static final String SUMMARY_ICON = "printer";
    static final String CREDITS_ICON = "info-circle";

    /**
     * @param printerAvailable whether the summary tile offers printing or says the printer is unavailable
     * @param vignettes        the tiles' drawn pictures, kept from one visit of the home screen to the next
     */
    public HomeScreen(ScreenContext ctx, boolean printerAvailable, TileVignettes vignettes) {
        super(new BorderLayout(0, ctx.px(36)));
        setName("screen.home");
        setOpaque(false);
        Layouts.pad(this, ctx, 56, Layouts.MARGIN, 40);

        Column header = new Column();
        header.append(Layouts.title(ctx, "home.title", ctx.text(ctx.exhibit().info().title())), 0);
        header.append(Layouts.kicker(ctx, "home.dates", ctx.text(ctx.exhibit().info().dates())), ctx.px(10));
        // The header is display type (it does not grow with the text size), so the tiles never shrink.
        TextBlock tagline = new TextBlock(ctx.text(ctx.exhibit().info().tagline()), ctx.font(FontStyle.BODY, 28),
                "Kiosk.muted", TextBlock.Align.LEADING);
        tagline.setName("home.tagline");
        header.append(tagline, ctx.px(10));
        Layouts.appendSecond(header, ctx, "home.title", ctx.exhibit().info().title(), 24, ctx.px(6));
        add(new SizedByWidth(header), BorderLayout.NORTH);

        FontStack titleFont = ctx.font(FontStyle.DISPLAY_BOLD, 34);
        // The tiles' lines grow with the text size; a tile fits its line by setting it smaller again,
        // down to the size of the first step, never below.
        FontStack lineFont = ctx.reading(FontStyle.BODY, 23);
        List<Tile> tiles = new ArrayList<>();
        for (Section section : ctx.exhibit().sections()) {
            // Two languages: the tile's line names it in the second language instead.
            String line = ctx.secondLanguage() == null ? ctx.text(section.summary())
                    : section.title().in(ctx.secondLanguage());
            String name = "home.tile." + section.id();
            Tile tile = new Tile(name, ctx.text(section.title()), titleFont,
                    line, lineFont, false, ctx.metrics(), icon(ctx, section.tile(), SECTION_ICON));
            tile.addActionListener(e -> ctx.actions().go(new Place.Reading(section.id(), -1)));
            picture(ctx, tile, name, section.tile(), SECTION_ICON, vignettes);
            tiles.add(tile);
        }
        ExhibitInfo.Tiles looks = ctx.exhibit().info().tiles();
        tiles.add(tile(ctx, "home.tile.key-facts", UiKey.TILE_KEY_FACTS, factLabels(ctx),
                new Place.KeyFacts(), false, titleFont, lineFont, looks.keyFacts(), KEY_FACTS_ICON, vignettes));
        tiles.add(tile(ctx, "home.tile.perspectives", UiKey.TILE_PERSPECTIVES,
                ctx.text(ctx.exhibit().perspectives().topics().isEmpty() ? ctx.exhibit().perspectives().intro()
                        : ctx.exhibit().perspectives().topics().get(0).question()),
                new Place.Perspectives(), false, titleFont, lineFont, looks.perspectives(), PERSPECTIVES_ICON,
                vignettes));
        tiles.add(tile(ctx, "home.tile.map", UiKey.TILE_MAP, ctx.text(ctx.exhibit().map().texts().title()),
                new Place.Map(), false, titleFont, lineFont, looks.map(), MAP_ICON, vignettes));
        tiles.add(tile(ctx, "home.tile.summary", UiKey.TILE_SUMMARY,
                ctx.ui(printerAvailable ? UiKey.PRINT_CHOOSE_LANGUAGE : UiKey.PRINT_UNAVAILABLE),
                new Place.Print(), !printerAvailable, titleFont, lineFont, looks.summary(), SUMMARY_ICON, vignettes));
        tiles.add(tile(ctx, "home.tile.credits", UiKey.TILE_CREDITS, ctx.text(ctx.exhibit().sources().title())
                + " \u00B7 " + ctx.text(ctx.exhibit().glossary().title()),
                new Place.Credits(), false, titleFont, lineFont, looks.credits(), CREDITS_ICON, vignettes));

        int columns = ctx.metrics().isPortrait() ? 2 : 4;
        int rows = (tiles.size() + columns - 1) / columns;
        JPanel grid = new JPanel(new EvenRows(rows, columns, ctx.px(24)));
        grid.setName("home.tiles");
        grid.setOpaque(false);
        tiles.forEach(grid::add);
        add(grid, BorderLayout.CENTER);
    }

    /**
     * The tiles' grid, every row alike: where one tile of a row has no room for its picture, no
     * tile of the row shows one, and the pictures of a row are all as tall as the shortest.
     */
    private static final class EvenRows extends GridLayout {
        private final int columns;

        EvenRows(int rows, int columns, int gap) {
            super(rows, columns, gap, gap);
            this.columns = columns;
        }

        @Override
        public void layoutContainer(Container parent) {
            super.layoutContainer(parent);
            Component[] tiles = parent.getComponents();
            for (int start = 0; start < tiles.length; start += columns) {
                List<Tile> row = new ArrayList<>();
                for (int i = start; i < Math.min(tiles.length, start + columns); i++) {
                    if (tiles[i] instanceof Tile tile && tile.picture() != null) {
                        row.add(tile);
                    }
                }
                int height = Integer.MAX_VALUE;
                for (Tile tile : row) {
                    height = Math.min(height, tile.plannedPictureHeight());
                }
                for (Tile tile : row) {
                    tile.capPicture(height);
                }
            }
        }
    }

    /** What the key facts hold, as the tile's line: "Date · Place · Result · ...". */
    private static String factLabels(ScreenContext ctx) {
        return String.join(" \u00B7 ", ctx.exhibit().keyFacts().facts().stream().skip(2).limit(5)
                .map(f -> ctx.text(f.label())).toList());
    }

    private static Tile tile(ScreenContext ctx, String name, UiKey label, String line, Place place, boolean comingSoon,
                             FontStack titleFont, FontStack lineFont, HomeTile look, String kindIcon,
                             TileVignettes vignettes) {
        String shown = ctx.secondLanguage() == null ? line : ctx.uiIn(ctx.secondLanguage(), label);
        Tile tile = new Tile(name, ctx.ui(label), titleFont, shown, lineFont, comingSoon, ctx.metrics(),
                icon(ctx, look, kindIcon));
        tile.addActionListener(e -> ctx.actions().go(place));
        picture(ctx, tile, name, look, kindIcon, vignettes);
        return tile;
    }

    private static Icon icon(ScreenContext ctx, HomeTile look, String kindIcon) {
        return Icons.icon(look.iconOr(kindIcon), ctx.px(44), "Kiosk.accent");
    }

    /** The tile's picture: the content's own, or one the exhibit's data draws (off the EDT, kept). */
    private static void picture(ScreenContext ctx, Tile tile, String name, HomeTile look, String kindIcon,
                                TileVignettes vignettes) {
        if (look.image() != null) {
            ctx.exhibit().image(look.image()).ifPresent(image -> {
                tile.setPicture(new TilePicture(name + ".picture", image, null, ctx.metrics()));
                tile.getAccessibleContext().setAccessibleDescription(ctx.text(look.image().description()));
            });
            return;
        }
        Vignettes.Drawing drawing = Vignettes.of(ctx.exhibit(), look);
        if (drawing == null) {
            tile.setWatermark(Icons.icon(look.iconOr(kindIcon), ctx.px(120), "Kiosk.rule"));
            return;
        }
        TilePicture[] holder = new TilePicture[1];
        holder[0] = new TilePicture(name + ".picture", null, size -> vignettes.request(ctx.exhibit(), name,
                ctx.language(), size.width, size.height, ctx.metrics().scale(), drawing, image -> holder[0].show(image)),
                ctx.metrics()).drawableAt(size -> drawing.fits(ctx.language(), size.width, size.height,
                ctx.metrics().scale()));
        tile.setPicture(holder[0]);
    }
}
