package org.exhibitkiosk.attract;

import java.awt.Graphics2D;
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

/**
 * The map of the operations in the attract loop: a few key days, each in every language in turn,
 * the map of each drawn once into an image (by the map package's Java 2D canvas) that the loop
 * then pans slowly across. Successive days are framed differently (the whole region, then closer
 * on the fighting), so the loop zooms from day to day without scaling a picture per frame.
 * Immutable; {@link Picture#render} runs on any thread and never touches Swing.
 */
final class AttractMap {

    /** The days the loop shows, where the map has them: the advance, the fighting, the counter-attack, the end. */
    static final List<LocalDate> KEY_DAYS = List.of(LocalDate.of(1919, 11, 4), LocalDate.of(1919, 11, 6),
            LocalDate.of(1919, 11, 7), LocalDate.of(1919, 11, 9));

    private AttractMap() {
    }

    /** The key days the exhibit's map covers, in order. */
    static List<LocalDate> days(Exhibit exhibit) {
        List<LocalDate> days = new ArrayList<>(KEY_DAYS);
        days.retainAll(exhibit.map().days());
        return days;
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
            public BufferedImage render(int width, int height, float unit, GraphicsConfiguration gc) {
                BufferedImage image = gc != null ? gc.createCompatibleImage(width, height, Transparency.OPAQUE)
                        : new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                try {
                    g.setColor(palette.land());
                    g.fillRect(0, 0, width, height);
                    MapProjection projection = MapProjection.fit(exhibit.map().extent(), width, height);
                    // Every other day closer in, on the middle of the map where the fighting was.
                    if (dayIndex % 2 == 1) {
                        projection = projection.zoomedAt(width * 0.5, height * 0.42, 1.3);
                    }
                    Java2DMapCanvas canvas = new Java2DMapCanvas(g, exhibit.typefaces());
                    // Labels a little larger than on the map screen: the loop is read from further away.
                    MapScene scene = MapScene.build(exhibit, day, language, projection, unit * 1.1f, canvas,
                            palette);
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
