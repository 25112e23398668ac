package org.exhibitkiosk.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStackText;
import org.exhibitkiosk.text.Typefaces;

/**
 * A {@link MapCanvas} on a Java 2D graphics: the screen, or an image. Measures text with the same
 * font render context it draws with, so labels are exactly as wide as the layout thinks. Draws on
 * the graphics it is given without disposing it. Not thread-safe.
 */
public final class Java2DMapCanvas implements MapCanvas {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Graphics2D g;
    private final Typefaces typefaces;
    private final Map<TextStyle, FontStack> stacks = new HashMap<>();
    private final Map<String, TextLayout> layouts = new HashMap<>();
    private Shape savedClip;

    public Java2DMapCanvas(Graphics2D g, Typefaces typefaces) {
        this.g = g;
        this.typefaces = typefaces;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** A canvas that only measures, for laying a map out before there is anything to draw on. */
    public static TextMeasureOnly measuring(Typefaces typefaces) {
        return new TextMeasureOnly(typefaces);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return text.isEmpty() ? 0 : layout(text, style).getAdvance();
    }

    @Override
    public double ascent(TextStyle style) {
        return metrics(style).getAscent();
    }

    @Override
    public double descent(TextStyle style) {
        return metrics(style).getDescent();
    }

    @Override
    public void fill(Shape shape, Color color) {
        g.setColor(color);
        g.fill(shape);
    }

    @Override
    public void stroke(Shape shape, Color color, float width, float[] dash) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        g.draw(shape);
    }

    @Override
    public void text(String text, TextStyle style, double x, double baseline, Color color, Color halo,
                     float haloWidth) {
        if (text.isEmpty()) {
            return;
        }
        TextLayout layout = layout(text, style);
        if (halo != null && haloWidth > 0) {
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
            g.setColor(halo);
            g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(color);
        layout.draw(g, (float) x, (float) baseline);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        savedClip = g.getClip();
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void unclip() {
        g.setClip(savedClip);
    }

    private TextLayout layout(String text, TextStyle style) {
        return layouts.computeIfAbsent(style.font() + "/" + style.size() + "/" + text,
                k -> new TextLayout(FontStackText.attributed(text, stack(style)).getIterator(), FRC));
    }

    private LineMetrics metrics(TextStyle style) {
        return stack(style).primary().getLineMetrics("Ag", FRC);
    }

    private FontStack stack(TextStyle style) {
        return stacks.computeIfAbsent(style, s -> typefaces.stack(s.font()).atSize(s.size()));
    }

    /** Measures text as a Java 2D canvas would, without drawing anything. Not thread-safe. */
    public static final class TextMeasureOnly implements TextMeasure {
        private final Java2DMapCanvas canvas;

        private TextMeasureOnly(Typefaces typefaces) {
            BufferedImage scratch = new BufferedImage(1, 1,
                    BufferedImage.TYPE_INT_ARGB);
            canvas = new Java2DMapCanvas(scratch.createGraphics(), typefaces);
        }

        @Override
        public double textWidth(String text, TextStyle style) {
            return canvas.textWidth(text, style);
        }

        @Override
        public double ascent(TextStyle style) {
            return canvas.ascent(style);
        }

        @Override
        public double descent(TextStyle style) {
            return canvas.descent(style);
        }
    }
}
