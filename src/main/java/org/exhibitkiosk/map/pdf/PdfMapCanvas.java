package org.exhibitkiosk.map.pdf;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.exhibitkiosk.map.MapCanvas;
import org.exhibitkiosk.map.TextStyle;

/**
 * A {@link MapCanvas} on a PDF page, as vectors: paths for lines and shapes, text in the fonts
 * the document lends it ({@link PdfMapFonts}), each run of characters in the first font of the
 * style that has them. The map's box is given in PDF points; the canvas turns the map's top-left, y-down
 * coordinates into the page's. Transparent colours use extended graphics states. Never touches
 * Swing. Not thread-safe: one canvas draws into one content stream.
 */
public final class PdfMapCanvas implements MapCanvas {

    private final PDPageContentStream out;
    private final PDRectangle box;
    private final PdfMapFonts fonts;
    private final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();

    /**
     * @param out   the page's content stream, open for appending
     * @param box   where the map goes on the page, in points
     * @param fonts the document's fonts
     */
    public PdfMapCanvas(PDPageContentStream out, PDRectangle box, PdfMapFonts fonts) {
        this.out = out;
        this.box = box;
        this.fonts = fonts;
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        double width = 0;
        for (PdfMapFonts.Run run : fonts.runs(text, style.font())) {
            width += run.emWidth();
        }
        return width * style.size();
    }

    @Override
    public double ascent(TextStyle style) {
        return fonts.ascent(style.font()) * style.size();
    }

    @Override
    public double descent(TextStyle style) {
        return fonts.descent(style.font()) * style.size();
    }

    @Override
    public void fill(Shape shape, Color color) {
        try {
            colour(color, false);
            path(shape);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stroke(Shape shape, Color color, float width, float[] dash) {
        try {
            colour(color, true);
            out.setLineWidth(width);
            out.setLineCapStyle(1);
            out.setLineJoinStyle(1);
            out.setLineDashPattern(dash == null ? new float[0] : dash, 0);
            path(shape);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, TextStyle style, double x, double baseline, Color color, Color halo,
                     float haloWidth) {
        if (text.isEmpty()) {
            return;
        }
        try {
            out.setLineDashPattern(new float[0], 0);
            if (halo != null && haloWidth > 0) {
                colour(halo, true);
                out.setLineWidth(haloWidth);
                out.setLineJoinStyle(1);
                setText(text, style, x, baseline, RenderingMode.STROKE);
            }
            colour(color, false);
            setText(text, style, x, baseline, RenderingMode.FILL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        try {
            out.saveGraphicsState();
            out.addRect((float) px(x), (float) py(y + height), (float) width, (float) height);
            out.clip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void unclip() {
        try {
            out.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void setText(String text, TextStyle style, double x, double baseline, RenderingMode mode)
            throws IOException {
        out.beginText();
        out.setRenderingMode(mode);
        out.newLineAtOffset((float) px(x), (float) py(baseline));
        for (PdfMapFonts.Run run : fonts.runs(text, style.font())) {
            out.setFont(run.font(), style.size());
            out.showText(run.text());
        }
        out.endText();
    }

    private void colour(Color color, boolean stroking) throws IOException {
        if (stroking) {
            out.setStrokingColor(color);
        } else {
            out.setNonStrokingColor(color);
        }
        out.setGraphicsStateParameters(alphas.computeIfAbsent(color.getAlpha(), alpha -> {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(alpha / 255f);
            state.setStrokingAlphaConstant(alpha / 255f);
            return state;
        }));
    }

    private void path(Shape shape) throws IOException {
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    out.moveTo((float) px(c[0]), (float) py(c[1]));
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    out.lineTo((float) px(c[0]), (float) py(c[1]));
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic curve as the cubic with the same shape.
                    double x1 = lastX + 2.0 / 3 * (c[0] - lastX);
                    double y1 = lastY + 2.0 / 3 * (c[1] - lastY);
                    double x2 = c[2] + 2.0 / 3 * (c[0] - c[2]);
                    double y2 = c[3] + 2.0 / 3 * (c[1] - c[3]);
                    out.curveTo((float) px(x1), (float) py(y1), (float) px(x2), (float) py(y2), (float) px(c[2]),
                            (float) py(c[3]));
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.curveTo((float) px(c[0]), (float) py(c[1]), (float) px(c[2]), (float) py(c[3]),
                            (float) px(c[4]), (float) py(c[5]));
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> out.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
    }

    private double px(double x) {
        return box.getLowerLeftX() + x;
    }

    private double py(double y) {
        return box.getLowerLeftY() + box.getHeight() - y;
    }
}
