package org.exhibitkiosk.ui;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.JComponent;

/**
 * The picture in a home tile: a photograph (cropped to fill, never stretched) or a picture drawn to
 * this size elsewhere, off the EDT. Until a drawn picture arrives the place stays empty; when the
 * component's size changes it asks for the picture at the new size. Only paints. EDT only.
 */
public final class TilePicture extends JComponent {

    private final Consumer<Dimension> askAt;
    private final float arc;
    private BufferedImage image;
    private Dimension askedFor;
    private Predicate<Dimension> drawable = size -> true;

    /**
     * @param askAt asked for the picture at a size (on the EDT, when the size changes); answers with
     *              {@link #show}; null for a fixed image
     */
    public TilePicture(String name, BufferedImage image, Consumer<Dimension> askAt, Metrics metrics) {
        setName(name);
        this.image = image;
        this.askAt = askAt;
        this.arc = metrics.px(18);
        setOpaque(false);
    }

    /**
     * Which sizes the picture can be drawn at, whole and legible; the tile leaves the picture out
     * at any other (it never shows an empty slot). Returns this picture.
     */
    public TilePicture drawableAt(Predicate<Dimension> drawable) {
        this.drawable = drawable;
        return this;
    }

    /** Whether the picture can be drawn at this size. */
    public boolean canDrawAt(int width, int height) {
        return width > 0 && height > 0 && drawable.test(new Dimension(width, height));
    }

    /** The picture to paint (drawn for the size that was asked). */
    public void show(BufferedImage drawn) {
        image = drawn;
        repaint();
    }

    public boolean hasImage() {
        return image != null;
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        Dimension size = new Dimension(width, height);
        if (askAt != null && width > 0 && height > 0 && !size.equals(askedFor)) {
            askedFor = size;
            askAt.accept(size);
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            if (image == null) {
                // Being drawn: its place, quietly, so the tile does not jump when it comes.
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setColor(Theme.color("Kiosk.surface"));
                g2.fill(new RoundRectangle2D.Float(0, 0, getWidth(), getHeight(), arc, arc));
                return;
            }
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (askAt != null) {
                // Drawn for this size: at its own pixels (a stale size is scaled until the new one comes).
                g2.drawImage(image, 0, 0, getWidth(), getHeight(), null);
                return;
            }
            g2.clip(new RoundRectangle2D.Float(0, 0, getWidth(), getHeight(), arc, arc));
            double scale = Math.max((double) getWidth() / image.getWidth(), (double) getHeight() / image.getHeight());
            int w = (int) Math.ceil(image.getWidth() * scale);
            int h = (int) Math.ceil(image.getHeight() * scale);
            g2.drawImage(image, (getWidth() - w) / 2, (getHeight() - h) / 2, w, h, null);
        } finally {
            g2.dispose();
        }
    }
}
