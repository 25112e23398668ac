package org.exhibitkiosk.print;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The map of the printed summary, drawn as vectors into a box the layout reserves for it. The map
 * issue provides the real one; until then {@link #NONE} reserves no space. Implementations must be
 * thread-safe and must not import Swing.
 */
public interface SummaryMap {

    /** No map: the summary's layout leaves no room for one. */
    SummaryMap NONE = new SummaryMap() {
        @Override
        public float height(float width) {
            return 0;
        }

        @Override
        public void draw(PDPageContentStream content, PDRectangle box, String language) {
            // nothing to draw
        }
    };

    /** The height the map wants at a given width, in points; 0 for no map. */
    float height(float width);

    /** Draws the map inside {@code box} (PDF user space, points), with place names in {@code language}. */
    void draw(PDPageContentStream content, PDRectangle box, String language) throws IOException;
}
