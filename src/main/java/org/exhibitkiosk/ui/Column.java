package org.exhibitkiosk.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.awt.RenderingHints;
import java.util.HashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JPanel;

/**
 * Children stacked top to bottom at the column's full width, each as tall as its text needs at
 * that width, so text reflows when the screen or the text size changes. Optionally drawn as a
 * card: a rounded panel in a theme colour. EDT only.
 */
public class Column extends JPanel implements HeightForWidth {

    private final Map<Component, Integer> gapsBefore = new HashMap<>();
    private String backgroundKey;
    private String borderKey;
    private int arc;

    public Column() {
        setLayout(new ColumnLayout());
        setOpaque(false);
    }

    /** Adds a child with {@code gap} pixels above it. */
    public Column append(Component child, int gap) {
        gapsBefore.put(child, gap);
        super.add(child);
        return this;
    }

    /** Draws the column as a rounded card in theme colours (keys such as "Kiosk.surface"). */
    public Column card(String backgroundKey, String borderKey, int arc, Insets padding) {
        this.backgroundKey = backgroundKey;
        this.borderKey = borderKey;
        this.arc = arc;
        setBorder(BorderFactory.createEmptyBorder(padding.top, padding.left, padding.bottom, padding.right));
        return this;
    }

    @Override
    public int heightForWidth(int width) {
        Insets insets = getInsets();
        int inner = width - insets.left - insets.right;
        int height = insets.top + insets.bottom;
        for (Component child : getComponents()) {
            if (child.isVisible()) {
                height += gapsBefore.getOrDefault(child, 0) + HeightForWidth.of(child, inner);
            }
        }
        return height;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (backgroundKey == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(Theme.color(backgroundKey));
            g2.fillRoundRect(0, 0, getWidth(), getHeight(), arc, arc);
            if (borderKey != null) {
                Color border = Theme.color(borderKey);
                g2.setColor(border);
                g2.drawRoundRect(0, 0, getWidth() - 1, getHeight() - 1, arc, arc);
            }
        } finally {
            g2.dispose();
        }
    }

    private final class ColumnLayout implements LayoutManager {
        @Override
        public void addLayoutComponent(String name, Component comp) {
        }

        @Override
        public void removeLayoutComponent(Component comp) {
            gapsBefore.remove(comp);
        }

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            int width = parent.getWidth() > 0 ? parent.getWidth() : 800;
            return new Dimension(width, heightForWidth(width));
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            return new Dimension(0, 0);
        }

        @Override
        public void layoutContainer(Container parent) {
            Insets insets = parent.getInsets();
            int inner = parent.getWidth() - insets.left - insets.right;
            int y = insets.top;
            for (Component child : parent.getComponents()) {
                if (!child.isVisible()) {
                    continue;
                }
                y += gapsBefore.getOrDefault(child, 0);
                int height = HeightForWidth.of(child, inner);
                child.setBounds(insets.left, y, inner, height);
                y += height;
            }
        }
    }
}
