package org.exhibitkiosk.print;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.map.pdf.PdfMapFonts;

/**
 * The map of the printed summary, drawn as vectors into a box the layout reserves for it: a full
 * width band at the top of each language's second page. {@link #NONE} reserves no space;
 * {@link SummaryDayMap} draws the operations on one day. Implementations must be thread-safe and
 * must not import Swing.
 */
public interface SummaryMap {

    /** No map: the summary's layout leaves no room for one. */
    SummaryMap NONE = new SummaryMap() {
        @Override
        public float height(Exhibit exhibit, float width) {
            return 0;
        }

        @Override
        public void draw(PDPageContentStream content, PDRectangle box, Exhibit exhibit, String language,
                         PdfMapFonts fonts) {
            // nothing to draw
        }
    };

    /** The line set above the map (what it shows, say its day), or null for none. */
    default String caption(Exhibit exhibit, String language) {
        return null;
    }

    /** The height the map wants at a given width, in points; 0 for no map. */
    float height(Exhibit exhibit, float width);

    /**
     * Draws the map inside {@code box} (PDF user space, points), with place names in
     * {@code language}, set in the summary's own fonts.
     *
     * @param exhibit the content snapshot the summary is printed from
     * @param fonts   the document's fonts, embedded as subsets as they are used
     */
    void draw(PDPageContentStream content, PDRectangle box, Exhibit exhibit, String language, PdfMapFonts fonts)
            throws IOException;
}
