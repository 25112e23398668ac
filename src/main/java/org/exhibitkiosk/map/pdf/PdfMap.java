package org.exhibitkiosk.map.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.map.MapPalette;
import org.exhibitkiosk.map.MapProjection;
import org.exhibitkiosk.map.MapRenderer;
import org.exhibitkiosk.map.MapScene;

/**
 * The map of one day drawn into a box of a PDF page, as vectors, in paper's colours: what the
 * printed summary calls. The day's action is framed in the box (as on the kiosk's screen, where
 * the map opens on it); text is sized for the box (a box
 * 515 points wide sets place names at about 8 points). Stateless; each call draws into the stream
 * it is given. Never touches Swing.
 */
public final class PdfMap {

    /** The width, in design pixels, the map's sizes are drawn for (the kiosk's map at 1080p). */
    public static final double DESIGN_WIDTH = 1240;

    private PdfMap() {
    }

    /**
     * Draws the map of {@code day} in {@code language} into {@code box} of the page that
     * {@code out} writes.
     *
     * @return the scene drawn (its labels, for checks)
     */
    public static MapScene draw(PDPageContentStream out, PDRectangle box, PdfMapFonts fonts, Exhibit exhibit,
                                LocalDate day, String language) throws IOException {
        PdfMapCanvas canvas = new PdfMapCanvas(out, box, fonts);
        // Framed on the day's action, as the kiosk's map opens: the whole region at this size has
        // no room to name every place of a busy day clear of the rivers and the movements.
        MapProjection projection = MapScene.dayView(exhibit, day, box.getWidth(), box.getHeight());
        float unit = (float) (box.getWidth() / DESIGN_WIDTH);
        // Paper cannot unfold a legend: it is always open, where it covers least.
        MapScene scene = MapScene.build(exhibit, day, language, projection,
                MapScene.Look.of(MapPalette.fromThemeFile(MapPalette.PRINT), unit).withLegendOpen(true), canvas);
        try {
            MapRenderer.draw(canvas, scene);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return scene;
    }
}
