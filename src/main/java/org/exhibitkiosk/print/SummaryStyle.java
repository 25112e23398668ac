package org.exhibitkiosk.print;

import java.awt.Color;
import org.exhibitkiosk.text.FontStyle;

/**
 * The take-home summary's design, in one place: its inks, the proportions of its page, and each
 * kind of text with its type, size (in points, at full scale), line height and ink. The layout in
 * {@link SummaryDocument} sets sizes and spaces smaller by one scale when the text must shrink to
 * fit. Paper is printed in black and a dark red on white, whatever the screen's theme. Immutable.
 */
final class SummaryStyle {

    private SummaryStyle() {
    }

    // ---- inks ----

    static final Color INK = new Color(0x1d, 0x1b, 0x19);
    static final Color MUTED = new Color(0x5b, 0x56, 0x50);
    static final Color ACCENT = new Color(0x8a, 0x2c, 0x1d);
    /** The ground behind the side column and the museum block. */
    static final Color TINT = new Color(0xf3, 0xef, 0xe8);
    static final Color RULE = new Color(0xc9, 0xbf, 0xb0);

    // ---- the page ----

    /** The scales tried, largest first, until everything fits two pages. */
    static final float[] SCALES = {1f, 0.96f, 0.92f, 0.88f, 0.84f, 0.8f, 0.76f, 0.72f};
    /** Margins as a share of the paper's width. */
    static final float MARGIN_SHARE = 0.075f;
    /** The page header starts this share of a margin below the paper's top edge. */
    static final float HEADER_TOP_SHARE = 0.8f;
    /** Between the main column and the side column. */
    static final float GUTTER = 20;
    /** The main column's share of the width inside the margins and the gutter. */
    static final float MAIN_SHARE = 0.6f;
    /** Inside the tinted side column and museum block. */
    static final float PAD = 12;
    /** The footer's rule stands this share of a margin, plus {@link #FOOTER_RISE}, above the paper's foot. */
    static final float FOOTER_SHARE = 0.72f;
    static final float FOOTER_RISE = 16;
    /** Between the columns' foot and the footer's rule. */
    static final float ABOVE_FOOTER = 14;
    /** Between a page's header and its columns, and between the map and the columns. */
    static final float BELOW_HEADER = 14;
    static final float BELOW_MAP = 16;
    static final float BELOW_MAP_CAPTION = 8;
    /** The QR code's side at most; between it and the museum's name. */
    static final float QR_SIDE = 78;
    static final float BELOW_QR = 8;
    /** Between the side column's foot on page two and the museum block. */
    static final float ABOVE_MUSEUM_BLOCK = 10;

    // ---- spaces before (points at full scale) ----

    static final float BEFORE_TITLE = 4;
    static final float BEFORE_DATES = 3;
    static final float BEFORE_TAGLINE = 2;
    static final float BEFORE_PARAGRAPH = 7;
    static final float BEFORE_SECTION = 16;
    static final float BEFORE_FACT = 8;
    static final float BEFORE_FACT_VALUE = 2;
    static final float BEFORE_EVENT = 7;
    static final float BEFORE_SOURCE = 7;
    static final float BEFORE_SOURCE_URL = 1;
    static final float BEFORE_MUSEUM_URL = 2;

    // ---- rules: height taken, space before, thickness ----

    record Rule(float height, float spaceBefore, Color color, float thickness) {
        ColumnFlow.RuleItem item() {
            return new ColumnFlow.RuleItem(height, spaceBefore, color, thickness);
        }
    }

    /** Under the page-one header; its space before shrinks with the scale. */
    static final Rule HEADER_RULE = new Rule(6, 6, ACCENT, 1.2f);
    static final Rule RUNNING_HEAD_RULE = new Rule(6, 3, RULE, 0.6f);
    static final Rule HEADING_RULE = new Rule(5, 1, ACCENT, 0.8f);
    static final Rule FOOTER_RULE = new Rule(1, 0, RULE, 0.6f);

    // ---- kinds of text ----

    /**
     * One kind of text.
     *
     * @param size    points at full scale
     * @param leading line height as a multiple of the size
     */
    record Type(FontStyle font, float size, float leading, Color color) {
        PdfText.Style at(float scale) {
            return new PdfText.Style(font, size * scale, color);
        }
    }

    static final Type MUSEUM = new Type(FontStyle.BODY_BOLD, 9.5f, 1.3f, ACCENT);
    static final Type TITLE = new Type(FontStyle.DISPLAY_BOLD, 23f, 1.18f, INK);
    static final Type DATES = new Type(FontStyle.DISPLAY_ITALIC, 12.5f, 1.35f, ACCENT);
    static final Type TAGLINE = new Type(FontStyle.BODY, 9.5f, 1.35f, MUTED);
    static final Type RUNNING_HEAD = new Type(FontStyle.BODY_BOLD, 8.5f, 1.3f, MUTED);
    static final Type BODY = new Type(FontStyle.DISPLAY, 10.5f, 1.45f, INK);
    static final Type HEADING = new Type(FontStyle.DISPLAY_BOLD, 13f, 1.3f, INK);
    static final Type FACT_LABEL = new Type(FontStyle.BODY_BOLD, 7.8f, 1.35f, ACCENT);
    static final Type FACT_VALUE = new Type(FontStyle.BODY, 8.6f, 1.32f, INK);
    static final Type FACT_SIDE = new Type(FontStyle.BODY_BOLD, 8.6f, 1.32f, INK);
    static final Type FACT_ATTRIBUTION = new Type(FontStyle.BODY_ITALIC, 7.8f, 1.3f, MUTED);
    static final Type EVENT_WHEN = new Type(FontStyle.BODY_BOLD, 8.2f, 1.3f, ACCENT);
    static final Type EVENT_TITLE = new Type(FontStyle.BODY_BOLD, 9.2f, 1.35f, INK);
    static final Type EVENT_TEXT = new Type(FontStyle.BODY, 9f, 1.35f, INK);
    static final Type SOURCE = new Type(FontStyle.BODY, 7.6f, 1.32f, INK);
    static final Type SOURCE_DETAIL = new Type(FontStyle.BODY, 7f, 1.3f, MUTED);
    static final Type MUSEUM_BLOCK_NAME = new Type(FontStyle.BODY_BOLD, 9f, 1.3f, INK);
    static final Type MUSEUM_BLOCK_URL = new Type(FontStyle.BODY, 7.5f, 1.3f, MUTED);
    /** The footer, never scaled; set smaller, down to {@link #FOOTER_SMALLEST}, rather than cut. */
    static final Type FOOTER = new Type(FontStyle.BODY, 7f, 1.2f, MUTED);
    static final float FOOTER_SMALLEST = 4.5f;
    static final float FOOTER_STEP = 0.25f;
    /** Between the footer's two texts, at least; the footer's baseline below its rule. */
    static final float FOOTER_SPACE = 24;
    static final float FOOTER_BASELINE = 12;
}
