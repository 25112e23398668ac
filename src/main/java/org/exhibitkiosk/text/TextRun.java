package org.exhibitkiosk.text;

import java.awt.Font;

/**
 * A stretch of text that one font draws.
 *
 * @param text  the characters
 * @param font  the font that has their glyphs
 * @param start index of the first character in the whole string
 */
public record TextRun(String text, Font font, int start) {
}
