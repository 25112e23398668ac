package org.exhibitkiosk.screens;

import java.awt.BorderLayout;
import javax.swing.JPanel;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.GestureSurface;

/** A screen of one tall column that the visitor drags to scroll. EDT only. */
abstract class ScrollingScreen extends JPanel {

    private final GestureSurface surface;

    ScrollingScreen(ScreenContext ctx, String name, Column content) {
        super(new BorderLayout());
        setName(name);
        setOpaque(false);
        Layouts.pad(this, ctx, 44, Layouts.MARGIN, 24);
        surface = new GestureSurface(name + ".surface", content, ctx.metrics(), null);
        add(surface, BorderLayout.CENTER);
    }

    public GestureSurface surface() {
        return surface;
    }
}
