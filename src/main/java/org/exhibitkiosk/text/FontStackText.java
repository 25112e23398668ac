package org.exhibitkiosk.text;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;

/** Text ready for Java 2D, each run in the font of the stack that has its glyphs. Stateless. */
public final class FontStackText {

    private FontStackText() {
    }

    /** An attributed string whose runs carry their fonts, for TextLayout and LineBreakMeasurer. */
    public static AttributedString attributed(String text, FontStack stack) {
        AttributedString attributed = new AttributedString(text);
        if (text.isEmpty()) {
            return attributed;
        }
        for (TextRun run : stack.runs(text)) {
            if (!run.text().isEmpty()) {
                attributed.addAttribute(TextAttribute.FONT, run.font(), run.start(), run.start() + run.text().length());
            }
        }
        return attributed;
    }

    /** One font that can draw the whole text, where there is one; else the stack's first. */
    public static Font singleFontFor(String text, FontStack stack) {
        for (Font font : stack.fonts()) {
            if (font.canDisplayUpTo(text) < 0) {
                return font;
            }
        }
        return stack.primary();
    }
}
