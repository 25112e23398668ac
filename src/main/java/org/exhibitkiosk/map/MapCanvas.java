package org.exhibitkiosk.map;

import java.awt.Color;
import java.awt.Shape;

/**
 * What the map renderer draws on: lines, shapes and text in a box whose origin is its top left
 * corner and whose y grows downwards, in the box's own units. One implementation draws with Java
 * 2D (the screen), another into a PDF page as vectors; the map looks the same on both because
 * the layout measures text through the canvas it is drawn on. Text is set in runs of the bundled
 * fonts, each character in the first font of the style's stack that has it.
 * Not thread-safe: one canvas draws one picture.
 */
public interface MapCanvas extends TextMeasure {

    /** Fills a shape (its curves may be flattened). */
    void fill(Shape shape, Color color);

    /**
     * Strokes a shape's outline with round joins and caps.
     *
     * @param dash lengths of dashes and gaps, or null for a solid line
     */
    void stroke(Shape shape, Color color, float width, float[] dash);

    /**
     * Sets one line of text with its baseline's left end at {@code x, baseline}.
     *
     * @param halo       a colour drawn around the letters first, so they read over lines; null for none
     * @param haloWidth  the width of that outline
     */
    void text(String text, TextStyle style, double x, double baseline, Color color, Color halo, float haloWidth);

    /** Limits drawing to a rectangle until {@link #unclip()}. */
    void clip(double x, double y, double width, double height);

    void unclip();
}
