package org.exhibitkiosk.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.util.HashMap;
import java.util.Map;
import javax.swing.JPanel;

/**
 * Children side by side, sharing the row's width by weight, as tall as the tallest needs; each
 * child is stretched to the row's height so cards line up. EDT only.
 */
public class Row extends JPanel implements HeightForWidth {

    private final Map<Component, Float> weights = new HashMap<>();
    private final int gap;

    public Row(int gap) {
        this.gap = gap;
        setLayout(new RowLayout());
        setOpaque(false);
    }

    public Row append(Component child, float weight) {
        weights.put(child, weight);
        super.add(child);
        return this;
    }

    @Override
    public int heightForWidth(int width) {
        Insets insets = getInsets();
        int[] widths = widths(width - insets.left - insets.right);
        int tallest = 0;
        Component[] children = getComponents();
        for (int i = 0; i < children.length; i++) {
            tallest = Math.max(tallest, HeightForWidth.of(children[i], widths[i]));
        }
        return tallest + insets.top + insets.bottom;
    }

    private int[] widths(int inner) {
        Component[] children = getComponents();
        int[] widths = new int[children.length];
        float total = 0;
        for (Component child : children) {
            total += weights.getOrDefault(child, 1f);
        }
        int available = inner - gap * Math.max(0, children.length - 1);
        for (int i = 0; i < children.length; i++) {
            widths[i] = Math.round(available * weights.getOrDefault(children[i], 1f) / Math.max(total, 0.001f));
        }
        return widths;
    }

    private final class RowLayout implements LayoutManager {
        @Override
        public void addLayoutComponent(String name, Component comp) {
        }

        @Override
        public void removeLayoutComponent(Component comp) {
            weights.remove(comp);
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
            int[] widths = widths(parent.getWidth() - insets.left - insets.right);
            int height = parent.getHeight() - insets.top - insets.bottom;
            int x = insets.left;
            Component[] children = parent.getComponents();
            for (int i = 0; i < children.length; i++) {
                children[i].setBounds(x, insets.top, widths[i], height);
                x += widths[i] + gap;
            }
        }
    }
}
