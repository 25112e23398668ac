package org.exhibitkiosk.ui;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;

/** A picture scaled to the width it is given, keeping its proportions. EDT only. */
public final class PictureView extends JComponent implements HeightForWidth {

    private final BufferedImage image;

    public PictureView(String name, BufferedImage image) {
        this.image = image;
        setName(name);
    }

    @Override
    public int heightForWidth(int width) {
        return Math.round((float) width * image.getHeight() / Math.max(1, image.getWidth()));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            int height = Math.min(getHeight(), heightForWidth(getWidth()));
            g2.drawImage(image, 0, 0, getWidth(), height, null);
        } finally {
            g2.dispose();
        }
    }
}
