package org.exhibitkiosk.text;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Fonts in fallback order for one style (say, body regular): each character is drawn by the first
 * font that has its glyph. Noto Sans Armenian has no digits and no Latin punctuation, so Armenian
 * text is set in runs that alternate between it and Noto Sans.
 * Immutable, thread-safe.
 */
public final class FontStack {

    private final List<Font> fonts;

    public FontStack(List<Font> fonts) {
        if (fonts.isEmpty()) {
            throw new IllegalArgumentException("a font stack needs at least one font");
        }
        this.fonts = List.copyOf(fonts);
    }

    public List<Font> fonts() {
        return fonts;
    }

    /** The font that draws text when no other has a say (the first). */
    public Font primary() {
        return fonts.get(0);
    }

    /** Whether some font of the stack has a glyph for the code point. */
    public boolean canDisplay(int codePoint) {
        return indexFor(codePoint) >= 0;
    }

    /** The same stack at another size. */
    public FontStack atSize(float size) {
        List<Font> sized = new ArrayList<>(fonts.size());
        for (Font font : fonts) {
            sized.add(font.deriveFont(size));
        }
        return new FontStack(sized);
    }

    /**
     * Splits text into runs that each one font can draw. Characters no font has (and spaces, marks,
     * controls, which every font can carry) stay in the run around them rather than break it.
     */
    public List<TextRun> runs(String text) {
        List<TextRun> runs = new ArrayList<>();
        int runStart = 0;
        int runFont = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int font = neutral(codePoint) ? -1 : indexFor(codePoint);
            if (font >= 0 && runFont >= 0 && font != runFont) {
                runs.add(new TextRun(text.substring(runStart, i), fonts.get(runFont), runStart));
                runStart = i;
            }
            if (font >= 0) {
                runFont = font;
            }
            i += Character.charCount(codePoint);
        }
        if (runStart < text.length() || runs.isEmpty()) {
            runs.add(new TextRun(text.substring(runStart), fonts.get(Math.max(runFont, 0)), runStart));
        }
        return runs;
    }

    private int indexFor(int codePoint) {
        for (int i = 0; i < fonts.size(); i++) {
            if (fonts.get(i).canDisplay(codePoint)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean neutral(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }
}
