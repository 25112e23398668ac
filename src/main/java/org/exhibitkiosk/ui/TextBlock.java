package org.exhibitkiosk.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStackText;
import org.exhibitkiosk.text.LineBreaks;

/**
 * Text set in runs of the bundled fonts, so Armenian digits and Latin punctuation never show as
 * boxes, wrapped to the component's width where the text's language allows a break
 * ({@link LineBreaks}: never inside a word or a figure; a word wider than the line sets the whole
 * text smaller instead). Height follows width ({@link #heightForWidth}).
 * The laid-out lines are cached until the text, font or width changes. EDT only.
 */
public class TextBlock extends JComponent implements HeightForWidth {

    /** Horizontal alignment of the lines. */
    public enum Align { LEADING, CENTER, TRAILING }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private String text;
    private FontStack stack;
    private String colorKey;
    private Align align;
    private float lineSpacing = 1.3f;
    private boolean verticallyCentered;
    /** The smallest a text is set to make its longest word fit, as a share of its size. */
    private static final float MIN_FIT = 0.7f;

    private String language;
    private List<TextLayout> cachedLines;
    private List<String> cachedLineTexts = List.of();
    private final List<Integer> starts = new ArrayList<>();
    private List<Integer> cachedStarts = List.of();
    private int cachedWidth = -1;

    public TextBlock(String text, FontStack stack, String colorKey, Align align) {
        this.text = text;
        this.stack = stack;
        this.colorKey = colorKey;
        this.align = align;
        setOpaque(false);
    }

    /** Whether every line fits the component's current size: nothing is cut off. */
    public boolean fitsItsBounds() {
        return getHeight() >= heightForWidth(getWidth()) && naturalLineWidths(getWidth()) <= getWidth();
    }

    private int naturalLineWidths(int width) {
        Insets insets = getInsets();
        float widest = 0;
        for (TextLayout line : lines(Math.max(1, width - insets.left - insets.right))) {
            widest = Math.max(widest, line.getVisibleAdvance());
        }
        return (int) Math.floor(widest) + insets.left + insets.right;
    }

    /** The fonts the text is set in (before any fitting), in fallback order. */
    public FontStack fonts() {
        return stack;
    }

    /** The size of the text's first font, in pixels. */
    public float fontSize() {
        return stack.primary().getSize2D();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        if (!text.equals(this.text)) {
            this.text = text;
            invalidateLines();
        }
    }

    /** Centres the lines vertically in the component (for button labels). */
    public void setVerticallyCentered(boolean verticallyCentered) {
        this.verticallyCentered = verticallyCentered;
        repaint();
    }

    public void setAlign(Align align) {
        this.align = align;
        repaint();
    }

    /** The theme colour the text is drawn in ("Kiosk.foreground"). */
    public String colorKey() {
        return colorKey;
    }

    public void setColorKey(String colorKey) {
        this.colorKey = colorKey;
        repaint();
    }

    public void setStack(FontStack stack) {
        this.stack = stack;
        invalidateLines();
    }

    public void setLineSpacing(float lineSpacing) {
        this.lineSpacing = lineSpacing;
        invalidateLines();
    }

    private void invalidateLines() {
        cachedLines = null;
        revalidate();
        repaint();
    }

    /** The height the text needs when wrapped to {@code width} pixels. */
    @Override
    public int heightForWidth(int width) {
        Insets insets = getInsets();
        int inner = Math.max(1, width - insets.left - insets.right);
        float height = 0;
        List<TextLayout> lines = lines(inner);
        for (int i = 0; i < lines.size(); i++) {
            height += lineHeight(lines.get(i), i == lines.size() - 1);
        }
        return (int) Math.ceil(height) + insets.top + insets.bottom;
    }

    /** Width of the longest unwrapped line. */
    public int naturalWidth() {
        float widest = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (!paragraph.isEmpty()) {
                widest = Math.max(widest, new TextLayout(FontStackText.attributed(paragraph, stack).getIterator(), FRC)
                        .getAdvance());
            }
        }
        Insets insets = getInsets();
        return (int) Math.ceil(widest) + insets.left + insets.right;
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        int width = getWidth() > 0 ? getWidth() : naturalWidth();
        return new Dimension(Math.min(width, naturalWidth()), heightForWidth(width));
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(0, getPreferredSize().height);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Color color = Theme.color(colorKey);
            g2.setColor(color);
            Insets insets = getInsets();
            int inner = getWidth() - insets.left - insets.right;
            float y = insets.top;
            List<TextLayout> lines = lines(inner);
            if (verticallyCentered) {
                y += Math.max(0, (getHeight() - heightForWidth(getWidth())) / 2f);
            }
            for (int i = 0; i < lines.size(); i++) {
                TextLayout line = lines.get(i);
                y += line.getAscent();
                float x = insets.left;
                if (align == Align.CENTER) {
                    x += (inner - line.getAdvance()) / 2f;
                } else if (align == Align.TRAILING || !line.isLeftToRight()) {
                    x += inner - line.getAdvance();
                }
                line.draw(g2, x, y);
                y += lineHeight(line, i == lines.size() - 1) - line.getAscent();
            }
        } finally {
            g2.dispose();
        }
    }

    private float lineHeight(TextLayout line, boolean last) {
        float natural = line.getAscent() + line.getDescent();
        return last ? natural : natural * lineSpacing;
    }

    private List<TextLayout> lines(int width) {
        if (cachedLines != null && cachedWidth == width) {
            return cachedLines;
        }
        // A word is never broken: where one is wider than the line, the text is set smaller,
        // down to a floor, until it fits (a long Armenian word in a narrow tile).
        FontStack fitted = stack;
        float floor = stack.primary().getSize2D() * MIN_FIT;
        List<TextLayout> lines = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        while (!layOut(fitted, width, lines, texts) && fitted.primary().getSize2D() * 0.92f >= floor) {
            fitted = fitted.atSize(fitted.primary().getSize2D() * 0.92f);
        }
        cachedLines = lines;
        cachedLineTexts = List.copyOf(texts);
        cachedStarts = List.copyOf(starts);
        cachedWidth = width;
        return lines;
    }

    /** Lays the text out in {@code lines}; false when some word was wider than {@code width}. */
    private boolean layOut(FontStack fonts, int width, List<TextLayout> lines, List<String> texts) {
        lines.clear();
        texts.clear();
        starts.clear();
        boolean fits = true;
        int paragraphStart = 0;
        for (String paragraph : text.split("\n", -1)) {
            int thisStart = paragraphStart;
            paragraphStart += paragraph.length() + 1;
            if (paragraph.isEmpty()) {
                lines.add(new TextLayout(" ", fonts.primary(), FRC));
                texts.add("");
                starts.add(thisStart);
                continue;
            }
            String shaped = LineBreaks.keepFiguresWhole(paragraph);
            AttributedCharacterIterator iterator = FontStackText.attributed(shaped, fonts).getIterator();
            LineBreaks breaks = LineBreaks.forLanguage(language != null ? language : LineBreaks.languageOf(paragraph));
            LineBreakMeasurer measurer = new LineBreakMeasurer(iterator, breaks, FRC);
            int end = iterator.getEndIndex();
            while (measurer.getPosition() < end) {
                int start = measurer.getPosition();
                TextLayout line = measurer.nextLayout(Math.max(1, width), end, true);
                if (line == null) {
                    // The next word alone is wider than the line: set it whole, and say so.
                    fits = false;
                    breaks.setText(iterator);
                    int next = breaks.following(start);
                    line = measurer.nextLayout(Float.MAX_VALUE, next == BreakIterator.DONE ? end : next, false);
                }
                lines.add(line);
                texts.add(paragraph.substring(start, measurer.getPosition()));
                starts.add(thisStart + start);
            }
        }
        return fits;
    }

    /**
     * The lines as laid out at the component's width, each the characters it shows (for tests and
     * checks: where the text broke).
     */
    public List<String> lineTexts() {
        Insets insets = getInsets();
        lines(Math.max(1, getWidth() - insets.left - insets.right));
        return cachedLineTexts;
    }

    /** Where each line starts, as an offset into the text, at the component's width. */
    public List<Integer> lineStarts() {
        lineTexts();
        return cachedStarts;
    }

    /** The language whose rules break the lines; null lets the text's script decide. */
    public void setLanguage(String language) {
        this.language = language;
        invalidateLines();
    }
}
