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
 * The summary's map: the operations as they stood on one day, the whole region fitted into the
 * box at the map's own proportions (capped, so the text keeps room). Immutable, thread-safe.
 */
public final class SummaryDayMap implements SummaryMap {

    /** 7 November 1919: the advance, the fighting and the counter-offensive all on the map. */
    public static final LocalDate KEY_DAY = LocalDate.of(1919, 11, 7);

    /** The map never takes more than this share of its width in height. */
    private static final float MAX_ASPECT = 0.62f;

    private final LocalDate day;

    public SummaryDayMap(LocalDate day) {
        this.day = day;
    }

    public LocalDate day() {
        return day;
    }

    @Override
    public String caption(Exhibit exhibit, String language) {
        return exhibit.map().texts().day(day, language);
    }

    @Override
    public float height(Exhibit exhibit, float width) {
        OperationsMap.Extent extent = exhibit.map().extent();
        double cosLat = Math.cos(Math.toRadians((extent.south() + extent.north()) / 2));
        double aspect = (extent.north() - extent.south()) / ((extent.east() - extent.west()) * cosLat);
        return (float) (width * Math.min(aspect, MAX_ASPECT));
    }

    @Override
    public void draw(PDPageContentStream content, PDRectangle box, Exhibit exhibit, String language,
                     PdfMapFonts fonts) throws IOException {
        PdfMap.draw(content, box, fonts, exhibit, day, language);
    }
}
