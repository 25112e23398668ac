package org.exhibitkiosk.ui;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;

/** Where the visitor is in a run of pages: one dot per page, the current one filled. EDT only. */
public final class PageDots extends JComponent {

    private final int pages;
    private final int current;
    private final Metrics metrics;

    public PageDots(int pages, int current, Metrics metrics) {
        this.pages = pages;
        this.current = current;
        this.metrics = metrics;
        setName("reader.dots");
    }

    public int current() {
        return current;
    }

    public int pages() {
        return pages;
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(pages * metrics.px(36), metrics.px(24));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int step = metrics.px(36);
            int size = metrics.px(14);
            int x = (getWidth() - pages * step) / 2 + (step - size) / 2;
            int y = (getHeight() - size) / 2;
            for (int i = 0; i < pages; i++) {
                if (i == current) {
                    g2.setColor(Theme.color("Kiosk.accent"));
                    g2.fillOval(x + i * step - size / 4, y - size / 4, size + size / 2, size + size / 2);
                } else {
                    g2.setColor(Theme.color("Kiosk.rule"));
                    g2.fillOval(x + i * step, y, size, size);
                }
            }
        } finally {
            g2.dispose();
        }
    }
}
