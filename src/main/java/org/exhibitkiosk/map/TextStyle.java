package org.exhibitkiosk.map;

import org.exhibitkiosk.text.FontStyle;

/**
 * How a text on the map is set: one of the exhibit's font styles (each a fallback stack of the
 * bundled fonts) at a size in the canvas's units. Immutable.
 *
 * @param font the style
 * @param size the size, pixels on screen or points in a PDF
 */
public record TextStyle(FontStyle font, float size) {
}
