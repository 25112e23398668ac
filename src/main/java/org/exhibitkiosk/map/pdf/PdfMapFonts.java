package org.exhibitkiosk.map.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.exhibitkiosk.text.FontStyle;

/**
 * The fonts a map is set in on a PDF page, as the document that holds the page provides them: the
 * printed summary lends the map its own fonts (parsed once for every document, embedded in this
 * one as subsets), so the map and the text around it share one font-loading path. Text is split
 * into runs, each in the first font of the style's stack that has its characters.
 * Belongs to one document; not thread-safe.
 */
public interface PdfMapFonts {

    /**
     * One stretch of text that one font draws.
     *
     * @param text       the characters
     * @param font       the embedded font that draws them
     * @param emWidth    their advance at a size of 1 point
     */
    record Run(String text, PDFont font, double emWidth) {
    }

    /** The runs of {@code text} in {@code style}; characters no font has are left out. */
    List<Run> runs(String text, FontStyle style);

    /** The height above the baseline of the style's first font, at a size of 1 point. */
    double ascent(FontStyle style);

    /** The depth below the baseline of the style's first font (positive), at a size of 1 point. */
    double descent(FontStyle style);
}
