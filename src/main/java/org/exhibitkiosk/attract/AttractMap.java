package org.exhibitkiosk.attract;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.GraphicsConfiguration;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.map.Java2DMapCanvas;
import org.exhibitkiosk.map.MapPalette;
import org.exhibitkiosk.map.MapProjection;
import org.exhibitkiosk.map.MapRenderer;
import org.exhibitkiosk.map.MapScene;
import org.exhibitkiosk.map.TextMeasure;

/**
 * The map of the operations in the attract loop: the days the content names ({@code mapDays} in
 * attract.yaml), each in every language in turn, the map of each drawn once into an image (by the
 * map package's Java 2D canvas) that the loop then pans slowly across. Each day is framed on its
 * own action, so the loop moves from place to place without scaling a picture per frame; the
 * legend, the scale and every label stay inside the part of the picture that every moment of the
 * pan shows. Immutable; {@link Picture#render} runs on any thread and never touches Swing.
 */
final class AttractMap {

    private AttractMap() {
    }

    /** The days the loop shows, in order: those the content names that the exhibit's map covers. */
    static List<LocalDate> days(Exhibit exhibit) {
        if (exhibit.map() == null) {
            return List.of();
        }
        List<LocalDate> days = new ArrayList<>(exhibit.attract().mapDates());
        days.retainAll(exhibit.map().days());
        return days;
    }

    /**
     * The map of {@code day} in {@code language} laid out in a picture of {@code width} by
     * {@code height}: framed on the day's action, its labels a little larger than on the map screen
     * (the loop is read from further away), labels and furniture inside {@code seen}.
     */
    static MapScene scene(Exhibit exhibit, LocalDate day, String language, int width, int height, Rectangle seen,
                          float unit, MapPalette palette, TextMeasure measure) {
        MapProjection projection = MapScene.dayView(exhibit, day, width, height);
        return MapScene.build(exhibit, day, language, projection,
                MapScene.Look.of(palette, unit).withTextScale(1.15f).withSeen(seen).withLegendOpen(true), measure);
    }

    /**
     * The map of {@code day} in {@code language}.
     *
     * @param dayIndex which of the key days (sets the framing and the pan's direction)
     * @param part     which of the day's languages, in turn
     * @param parts    how many languages the day is shown in
     */
    static AttractLoop.Picture picture(Exhibit exhibit, LocalDate day, int dayIndex, String language, int part,
                                       int parts, MapPalette palette) {
        return new AttractLoop.Picture() {
            @Override
            public BufferedImage render(int width, int height, Rectangle seen, float unit, GraphicsConfiguration gc) {
                BufferedImage image = gc != null ? gc.createCompatibleImage(width, height, Transparency.OPAQUE)
                        : new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                try {
                    g.setColor(palette.land());
                    g.fillRect(0, 0, width, height);
                    Java2DMapCanvas canvas = new Java2DMapCanvas(g, exhibit.typefaces());
                    MapScene scene = scene(exhibit, day, language, width, height, seen, unit, palette, canvas);
                    MapRenderer.draw(canvas, scene);
                } finally {
                    g.dispose();
                }
                return image;
            }

            @Override
            public int pan() {
                return dayIndex;
            }

            @Override
            public int part() {
                return part;
            }

            @Override
            public int parts() {
                return parts;
            }
        };
    }
}
