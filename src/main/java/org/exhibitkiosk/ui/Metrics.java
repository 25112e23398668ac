package org.exhibitkiosk.ui;

import java.awt.Dimension;

/**
 * Sizes for one screen size: the design is drawn for 1920x1080 (1080x1920 in portrait) and scaled
 * to fit, so a 4K panel doubles everything, a 1280x800 one shrinks it by a third. A visitor's text-size step enlarges reading text only.
 * Immutable, thread-safe.
 *
 * @param width     the kiosk's drawing area in pixels
 * @param height    the kiosk's drawing area in pixels
 * @param scale     design pixels to screen pixels
 * @param textScale the visitor's reading-text enlargement (1, 1.2 or 1.4)
 */
public record Metrics(int width, int height, float scale, float textScale) {

    /** Reading-text enlargement of each text-size step. */
    private static final float[] TEXT_STEPS = {1f, 1.2f, 1.4f};

    public static int textSteps() {
        return TEXT_STEPS.length;
    }

    /**
     * Metrics for a drawing area; {@code configuredScale} 0 derives the scale from the area.
     */
    public static Metrics of(Dimension size, double configuredScale, int textStep) {
        float scale;
        if (configuredScale > 0) {
            scale = (float) configuredScale;
        } else if (size.width >= size.height) {
            scale = Math.min(size.width / 1920f, size.height / 1080f);
        } else {
            scale = Math.min(size.width / 1080f, size.height / 1920f);
        }
        return new Metrics(size.width, size.height, Math.max(0.4f, scale),
                TEXT_STEPS[Math.max(0, Math.min(textStep, TEXT_STEPS.length - 1))]);
    }

    /** A design length in screen pixels. */
    public int px(float design) {
        return Math.round(design * scale);
    }

    /** A font size in screen pixels, for headings and labels. */
    public float font(float design) {
        return design * scale;
    }

    /** A reading-text size in screen pixels, with the visitor's enlargement. */
    public float text(float design) {
        return design * scale * textScale;
    }

    public boolean isPortrait() {
        return height > width;
    }

    /** The smallest touch target: 80 design pixels, never under 48 screen pixels. */
    public int target() {
        return Math.max(48, px(88));
    }
}
