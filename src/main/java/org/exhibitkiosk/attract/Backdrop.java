package org.exhibitkiosk.attract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * The attract loop's and the "closed" screen's backdrop, drawn once per screen size: gradients
 * are the most expensive thing Java 2D fills, so no frame ever fills one (a frame copies these
 * images). Any thread; touches nothing of Swing.
 */
final class Backdrop {

    /** The side of the glow's gradient before it is scaled up: soft light needs no more detail. */
    private static final int GLOW_DETAIL = 160;

    private Backdrop() {
    }

    /** The ground: the background, falling off to the bar colour at the top and bottom edges. */
    static BufferedImage ground(int width, int height, Color background, Color edge, GraphicsConfiguration gc) {
        BufferedImage image = gc != null ? gc.createCompatibleImage(width, height, Transparency.OPAQUE)
                : new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new LinearGradientPaint(0, 0, 0, Math.max(1, height), new float[] {0f, 0.22f, 0.7f, 1f},
                    new Color[] {edge, background, background, edge}));
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A soft round light of the accent colour, {@code size} across, transparent at its rim. */
    static BufferedImage glow(int size, Color accent, GraphicsConfiguration gc) {
        BufferedImage small = new BufferedImage(GLOW_DETAIL, GLOW_DETAIL, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = small.createGraphics();
        try {
            g.setPaint(new RadialGradientPaint(new Point2D.Float(GLOW_DETAIL / 2f, GLOW_DETAIL / 2f), GLOW_DETAIL / 2f,
                    new float[] {0f, 0.5f, 1f},
                    new Color[] {withAlpha(accent, 54), withAlpha(accent, 22), withAlpha(accent, 0)},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fillRect(0, 0, GLOW_DETAIL, GLOW_DETAIL);
        } finally {
            g.dispose();
        }
        int side = Math.max(1, size);
        BufferedImage image = gc != null ? gc.createCompatibleImage(side, side, Transparency.TRANSLUCENT)
                : new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D big = image.createGraphics();
        try {
            big.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            big.drawImage(small, 0, 0, side, side, null);
        } finally {
            big.dispose();
        }
        return image;
    }

    private static Color withAlpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
