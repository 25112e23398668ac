package org.exhibitkiosk.screens;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import javax.swing.JPanel;
import org.exhibitkiosk.ui.HeightForWidth;

/**
 * Lets a height-for-width component sit in an ordinary layout: its preferred height follows the
 * width it was last given. EDT only.
 */
final class SizedByWidth extends JPanel {

    private final Component content;
    private int preferredWidth = 1;

    SizedByWidth(Component content) {
        super(new BorderLayout());
        this.content = content;
        setOpaque(false);
        add(content, BorderLayout.CENTER);
    }

    /**
     * As narrow as can be (layouts that fill horizontally widen it), as tall as the content needs at
     * its current width, or at its parent's width before it has one.
     */
    @Override
    public Dimension getPreferredSize() {
        int width = getWidth() > 0 ? getWidth() : preferredWidth > 1 ? preferredWidth
                : getParent() != null && getParent().getWidth() > 0 ? getParent().getWidth() : 1200;
        return new Dimension(preferredWidth, HeightForWidth.of(content, width));
    }

    /** The width asked of a layout that honours preferred widths (1, as narrow as can be, unless set). */
    void setPreferredWidth(int width) {
        preferredWidth = width;
    }

    @Override
    public Dimension getMinimumSize() {
        return getPreferredSize();
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean widthChanged = width != getWidth();
        super.setBounds(x, y, width, height);
        if (widthChanged && getParent() != null) {
            // The height depends on the width just given: let the parent lay out again.
            getParent().revalidate();
        }
    }
}
