package org.exhibitkiosk.map;

/**
 * How wide and tall text is on some canvas: what the label layout needs to know before anything
 * is drawn. Not necessarily thread-safe.
 */
public interface TextMeasure {

    double textWidth(String text, TextStyle style);

    double ascent(TextStyle style);

    double descent(TextStyle style);

    /** A line's height: ascent and descent. */
    default double lineHeight(TextStyle style) {
        return ascent(style) + descent(style);
    }
}
