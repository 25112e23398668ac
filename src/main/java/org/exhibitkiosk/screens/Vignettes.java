package org.exhibitkiosk.screens;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.Image;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.HistoricDate;
import org.exhibitkiosk.content.HomeTile;
import org.exhibitkiosk.content.KeyFacts;
import org.exhibitkiosk.content.Timeline;
import org.exhibitkiosk.map.Java2DMapCanvas;
import org.exhibitkiosk.map.MapCanvas;
import org.exhibitkiosk.map.MapPalette;
import org.exhibitkiosk.map.MapProjection;
import org.exhibitkiosk.map.MapRenderer;
import org.exhibitkiosk.map.MapScene;
import org.exhibitkiosk.map.TextStyle;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStackText;
import org.exhibitkiosk.text.FontStyle;

/**
 * The pictures on the home tiles that the exhibit's own data draws, since it has no photographs: a
 * small map of a day (by the map package, framed on the day's action, without its legend and
 * scale), a key figure set as large numerals, the timeline as a strip of days. Each is drawn into
 * an image of the size asked; the tile paints the finished image. Stateless; any thread (never on
 * the EDT: the colours come in as {@link Inks}, read on the EDT).
 */
final class Vignettes {

    private Vignettes() {
    }

    /** The theme's colours a vignette is drawn in, read on the EDT. */
    record Inks(Color ground, Color text, Color muted, Color accent, Color rule, MapPalette map) {
    }

    /** What a tile's picture shows, when the exhibit's data can draw it; null when it shows none. */
    static Drawing of(Exhibit exhibit, HomeTile tile) {
        if (tile.image() != null) {
            return null;
        }
        if (tile.mapDate() != null && exhibit.map() != null && exhibit.map().days().contains(tile.mapDate())) {
            return new Drawing() {
                @Override
                public BufferedImage draw(String language, int width, int height, float unit, Inks inks) {
                    return map(exhibit, tile.mapDate(), language, width, height, unit, inks);
                }

                @Override
                public boolean fits(String language, int width, int height, float unit) {
                    // Smaller than this, a map is a smudge: no place can be told from another.
                    return width >= 200 * unit && height >= 110 * unit;
                }
            };
        }
        if (tile.figure() != null) {
            KeyFacts.KeyFact fact = exhibit.keyFacts().facts().stream().filter(f -> f.id().equals(tile.figure()))
                    .findFirst().orElse(null);
            if (fact != null) {
                return new Drawing() {
                    @Override
                    public BufferedImage draw(String language, int width, int height, float unit, Inks inks) {
                        return figure(exhibit, fact, language, width, height, unit, inks);
                    }

                    @Override
                    public boolean fits(String language, int width, int height, float unit) {
                        return figureFits(exhibit, fact, language, width, height, unit);
                    }
                };
            }
        }
        if (tile.showsTimeline() && exhibit.map() != null && !exhibit.map().days().isEmpty()) {
            return new Drawing() {
                @Override
                public BufferedImage draw(String language, int width, int height, float unit, Inks inks) {
                    return timeline(exhibit, width, height, unit, inks);
                }

                @Override
                public boolean fits(String language, int width, int height, float unit) {
                    // A day's cell a finger's breadth at least, and room for the day's number under it.
                    return (float) width / Math.max(1, exhibit.map().days().size() + 1) >= 14 * unit
                            && height >= 70 * unit;
                }
            };
        }
        return null;
    }

    /** Draws one vignette. */
    interface Drawing {
        BufferedImage draw(String language, int width, int height, float unit, Inks inks);

        /**
         * Whether the picture can be drawn whole and legible at this size (cheap, any thread): where
         * it cannot, the tile lays out without its picture rather than show an empty or broken slot.
         */
        boolean fits(String language, int width, int height, float unit);
    }

    /** How much larger than the vignette the map is laid out, so that it keeps a map's proportions of type and line. */
    private static final int MAP_OVERSIZE = 2;

    /**
     * The day's map, framed on its action, without its words: at a tile's size they could not be
     * read, and the tile's title says what the map is. The map is laid out at twice the size and
     * drawn smaller, so that its lines and places keep their proportions.
     */
    static BufferedImage map(Exhibit exhibit, LocalDate day, String language, int width, int height, float unit,
                             Inks inks) {
        int bigWidth = width * MAP_OVERSIZE;
        int bigHeight = height * MAP_OVERSIZE;
        BufferedImage big = new BufferedImage(bigWidth, bigHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = big.createGraphics();
        try {
            smooth(g);
            MapProjection projection = MapScene.dayView(exhibit, day, bigWidth, bigHeight);
            Java2DMapCanvas canvas = new Java2DMapCanvas(g, exhibit.typefaces());
            MapScene scene = MapScene.build(exhibit, day, language, projection,
                    MapScene.Look.of(inks.map(), unit).withLegendOpen(false), canvas);
            List<Rectangle2D> furniture = new ArrayList<>(scene.furniture().boxes());
            // The scale bar and the note beneath it share one panel.
            furniture.add(scene.furniture().scale().createUnion(scene.furniture().noteBox()));
            MapRenderer.draw(new WithoutWords(canvas, furniture, inks.map()), scene);
        } finally {
            g.dispose();
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D small = image.createGraphics();
        try {
            smooth(small);
            small.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            small.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            small.setClip(new RoundRectangle2D.Float(0, 0, width, height, 18 * unit, 18 * unit));
            small.drawImage(big.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
            small.setClip(null);
            small.setColor(inks.rule());
            small.setStroke(new BasicStroke(Math.max(1, 1.5f * unit)));
            small.draw(new RoundRectangle2D.Float(0.5f, 0.5f, width - 1, height - 1, 18 * unit, 18 * unit));
        } finally {
            small.dispose();
        }
        return image;
    }

    /**
     * A key figure: each of the fact's sides with its first value, side by side, the value as
     * large as fits (a contested figure is never shown for one side alone).
     */
    static BufferedImage figure(Exhibit exhibit, KeyFacts.KeyFact fact, String language, int width, int height,
                                float unit, Inks inks) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            List<String[]> shown = new ArrayList<>();
            Set<String> sides = new LinkedHashSet<>();
            for (KeyFacts.Value value : fact.values()) {
                String side = value.side() == null ? "" : value.side();
                if (sides.add(side)) {
                    String name = exhibit.keyFacts().sides().stream().filter(s -> s.id().equals(value.side()))
                            .map(s -> s.name().in(language)).findFirst().orElse(fact.label().in(language));
                    shown.add(new String[] {value.text().in(language), name});
                }
            }
            int columns = Math.max(1, Math.min(shown.size(), 3));
            float gap = 16 * unit;
            float columnWidth = (width - gap * (columns - 1)) / columns;
            FontStack numeral = exhibit.typefaces().stack(FontStyle.DISPLAY_BOLD);
            FontStack label = exhibit.typefaces().stack(FontStyle.BODY).atSize(Math.max(15, 20 * unit));
            FontRenderContext frc = g.getFontRenderContext();
            // One size for every column: the largest at which each value fits its column.
            float size = Math.min(height * 0.55f, 88 * unit);
            for (String[] column : shown.subList(0, columns)) {
                while (size > 18 * unit && advance(column[0], numeral.atSize(size), frc) > columnWidth) {
                    size *= 0.92f;
                }
            }
            for (int i = 0; i < columns; i++) {
                String[] column = shown.get(i);
                float x = i * (columnWidth + gap);
                if (i > 0) {
                    g.setColor(inks.rule());
                    g.setStroke(new BasicStroke(Math.max(1, 2 * unit)));
                    g.draw(new Line2D.Float(x - gap / 2, height * 0.12f, x - gap / 2, height * 0.88f));
                }
                TextLayout value = layout(column[0], numeral.atSize(size), frc);
                TextLayout name = layout(column[1], label, frc);
                float block = value.getAscent() + value.getDescent() + 6 * unit + name.getAscent();
                float top = (height - block) / 2;
                g.setColor(inks.accent());
                value.draw(g, x, top + value.getAscent());
                g.setColor(inks.muted());
                if (name.getAdvance() <= columnWidth) {
                    name.draw(g, x, top + value.getAscent() + value.getDescent() + 6 * unit + name.getAscent());
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Whether each side's value fits its column at a size still read as a figure (30 design px),
     * with the side's name under it.
     */
    static boolean figureFits(Exhibit exhibit, KeyFacts.KeyFact fact, String language, int width, int height,
                              float unit) {
        Set<String> sides = new LinkedHashSet<>();
        List<String> values = new ArrayList<>();
        for (KeyFacts.Value value : fact.values()) {
            if (sides.add(value.side() == null ? "" : value.side())) {
                values.add(value.text().in(language));
            }
        }
        int columns = Math.max(1, Math.min(values.size(), 3));
        float columnWidth = (width - 16 * unit * (columns - 1)) / columns;
        float size = 30 * unit;
        FontStack numeral = exhibit.typefaces().stack(FontStyle.DISPLAY_BOLD).atSize(size);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (String value : values.subList(0, columns)) {
            if (advance(value, numeral, frc) > columnWidth) {
                return false;
            }
        }
        return height >= size * 1.3f + 6 * unit + Math.max(15, 20 * unit) * 1.3f;
    }

    /**
     * The days the map steps through as a strip of cells, each day that has an event of the
     * timeline marked; the day of the month under each cell, where there is room for it.
     */
    static BufferedImage timeline(Exhibit exhibit, int width, int height, float unit, Inks inks) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            List<LocalDate> days = exhibit.map().days();
            Set<LocalDate> withEvents = new TreeSet<>();
            for (Timeline.Event event : exhibit.timeline().events()) {
                LocalDate from = dayOf(event.date());
                LocalDate until = event.until() == null ? from : dayOf(event.until());
                if (from == null) {
                    continue;
                }
                for (LocalDate d = from; until != null && !d.isAfter(until); d = d.plusDays(1)) {
                    withEvents.add(d);
                }
            }
            // A gap in the days (between two periods of the map) gets a space of its own.
            int slots = days.size();
            for (int i = 1; i < days.size(); i++) {
                if (!days.get(i).equals(days.get(i - 1).plusDays(1))) {
                    slots++;
                }
            }
            float cell = Math.min((float) width / slots, height * 0.5f);
            float x0 = (width - cell * slots) / 2;
            float stripTop = height * 0.18f;
            float stripHeight = Math.min(height * 0.34f, cell * 1.6f);
            FontStack digits = exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(Math.max(13, Math.min(cell * 0.55f,
                    22 * unit)));
            FontRenderContext frc = g.getFontRenderContext();
            boolean everyDay = advance("30", digits, frc) < cell * 0.9f;
            int slot = 0;
            g.setColor(inks.rule());
            g.setStroke(new BasicStroke(Math.max(1, 2 * unit)));
            g.draw(new Line2D.Float(x0, stripTop + stripHeight / 2, x0 + cell * slots, stripTop + stripHeight / 2));
            for (int i = 0; i < days.size(); i++) {
                if (i > 0 && !days.get(i).equals(days.get(i - 1).plusDays(1))) {
                    slot++;
                }
                LocalDate day = days.get(i);
                float x = x0 + slot * cell;
                boolean marked = withEvents.contains(day);
                Shape box = new RoundRectangle2D.Float(x + cell * 0.12f, stripTop, cell * 0.76f, stripHeight,
                        cell * 0.3f, cell * 0.3f);
                g.setColor(marked ? inks.accent() : inks.rule());
                g.fill(box);
                if (marked) {
                    float dot = cell * 0.22f;
                    g.setColor(inks.ground());
                    g.fill(new Ellipse2D.Float(x + cell / 2 - dot / 2, stripTop + stripHeight / 2 - dot / 2, dot, dot));
                }
                boolean first = i == 0 || !days.get(i).equals(days.get(i - 1).plusDays(1));
                if (everyDay || first || marked && day.getDayOfMonth() % 2 == 1) {
                    TextLayout number = layout(Integer.toString(day.getDayOfMonth()), digits, frc);
                    g.setColor(marked ? inks.text() : inks.muted());
                    number.draw(g, x + (cell - number.getAdvance()) / 2,
                            stripTop + stripHeight + 8 * unit + number.getAscent());
                }
                slot++;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static LocalDate dayOf(HistoricDate date) {
        return date.hasDay() ? date.firstDay() : null;
    }

    private static float advance(String text, FontStack stack, FontRenderContext frc) {
        return layout(text, stack, frc).getAdvance();
    }

    private static TextLayout layout(String text, FontStack stack, FontRenderContext frc) {
        return new TextLayout(FontStackText.attributed(text.isEmpty() ? " " : text, stack).getIterator(), frc);
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /**
     * A canvas that leaves out the map's words and whatever is drawn inside its furniture (legend,
     * scale bar, north arrow): a vignette is too small for them.
     */
    private static final class WithoutWords implements MapCanvas {
        private final MapCanvas canvas;
        private final List<Rectangle2D> furniture;

        private final MapPalette palette;

        WithoutWords(MapCanvas canvas, List<Rectangle2D> furniture, MapPalette palette) {
            this.canvas = canvas;
            this.furniture = furniture;
            this.palette = palette;
        }

        /** A label's leader line and its end dot, in the leader's ink: they go with the words. */
        private boolean ofALabel(Color color) {
            return color.equals(palette.leader());
        }

        private boolean inFurniture(Rectangle2D bounds) {
            for (Rectangle2D box : furniture) {
                Rectangle2D grown = new Rectangle2D.Double(box.getX() - 2, box.getY() - 2, box.getWidth() + 4,
                        box.getHeight() + 4);
                if (grown.contains(bounds)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public double textWidth(String text, TextStyle style) {
            return canvas.textWidth(text, style);
        }

        @Override
        public double ascent(TextStyle style) {
            return canvas.ascent(style);
        }

        @Override
        public double descent(TextStyle style) {
            return canvas.descent(style);
        }

        @Override
        public void fill(Shape shape, Color color) {
            if (!inFurniture(shape.getBounds2D()) && !ofALabel(color)) {
                canvas.fill(shape, color);
            }
        }

        @Override
        public void stroke(Shape shape, Color color, float width, float[] dash) {
            boolean leaderHalo = shape instanceof Line2D && color.equals(palette.halo());
            if (!inFurniture(shape.getBounds2D()) && !ofALabel(color) && !leaderHalo) {
                canvas.stroke(shape, color, width, dash);
            }
        }

        @Override
        public void text(String text, TextStyle style, double x, double baseline, Color color, Color halo,
                         float haloWidth) {
            // No words: a label's halo and leader line go with it (they are drawn as text's halo).
        }

        @Override
        public void clip(double x, double y, double width, double height) {
            canvas.clip(x, y, width, height);
        }

        @Override
        public void unclip() {
            canvas.unclip();
        }
    }
}
