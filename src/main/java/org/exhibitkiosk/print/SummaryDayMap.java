package org.exhibitkiosk.print;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.OperationsMap;
import org.exhibitkiosk.map.pdf.PdfMap;
import org.exhibitkiosk.map.pdf.PdfMapFonts;

/**
 * The summary's map: the operations as they stood on the day the content chooses
 * ({@code summaryDay} in map.yaml), the whole region fitted into the box at the map's own
 * proportions (capped, so the text keeps room). No map, and no room for one, when the content
 * names no day. Immutable, thread-safe.
 */
public final class SummaryDayMap implements SummaryMap {

    /** The map never takes more than this share of its width in height. */
    private static final float MAX_ASPECT = 0.62f;

    /** The day this summary's map shows, or null for none. */
    public static LocalDate dayOf(Exhibit exhibit) {
        return exhibit.map() == null ? null : exhibit.map().printedDay();
    }

    @Override
    public String caption(Exhibit exhibit, String language) {
        LocalDate day = dayOf(exhibit);
        return day == null ? null : exhibit.map().texts().day(day, language);
    }

    @Override
    public float height(Exhibit exhibit, float width) {
        if (dayOf(exhibit) == null) {
            return 0;
        }
        OperationsMap.Extent extent = exhibit.map().extent();
        double cosLat = Math.cos(Math.toRadians((extent.south() + extent.north()) / 2));
        double aspect = (extent.north() - extent.south()) / ((extent.east() - extent.west()) * cosLat);
        return (float) (width * Math.min(aspect, MAX_ASPECT));
    }

    @Override
    public void draw(PDPageContentStream content, PDRectangle box, Exhibit exhibit, String language,
                     PdfMapFonts fonts) throws IOException {
        LocalDate day = dayOf(exhibit);
        if (day != null) {
            PdfMap.draw(content, box, fonts, exhibit, day, language);
        }
    }
}
