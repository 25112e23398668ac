package org.exhibitkiosk.text;

import java.util.List;

/**
 * {@code fonts/fonts.yaml}: which bundled font files set each style, in fallback order.
 *
 * @param body    the reading text
 * @param display headings and titles
 */
public record FontFiles(Family body, Family display) {

    /** The files of one family, each list in fallback order. */
    public record Family(List<String> regular, List<String> bold, List<String> italic) {
        public Family {
            regular = List.copyOf(regular);
            bold = List.copyOf(bold);
            italic = List.copyOf(italic);
        }
    }

    public List<String> filesOf(FontStyle style) {
        return switch (style) {
            case BODY -> body.regular();
            case BODY_BOLD -> body.bold();
            case BODY_ITALIC -> body.italic();
            case DISPLAY -> display.regular();
            case DISPLAY_BOLD -> display.bold();
            case DISPLAY_ITALIC -> display.italic();
        };
    }
}
