package org.exhibitkiosk.ui;

import java.awt.BasicStroke;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.JComponent;

/**
 * The "delete the last digit" mark of a keypad, drawn (the bundled fonts have no ⌫ glyph): a key
 * shape pointing left with a cross in it, in the foreground colour, centred in the component. EDT only.
 */
public final class BackspaceMark extends JComponent {

    private final float size;

    /** @param size the mark's width in pixels */
    public BackspaceMark(float size) {
        this.size = size;
        setOpaque(false);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(isEnabled() ? Theme.color("Kiosk.foreground") : Theme.color("Kiosk.muted"));
            float w = Math.min(size, getWidth() * 0.8f);
            float h = w * 0.62f;
            float x = (getWidth() - w) / 2f;
            float y = (getHeight() - h) / 2f;
            g2.setStroke(new BasicStroke(Math.max(2f, w / 14f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D key = new Path2D.Float();
            key.moveTo(x, y + h / 2);
            key.lineTo(x + w * 0.3f, y);
            key.lineTo(x + w, y);
            key.lineTo(x + w, y + h);
            key.lineTo(x + w * 0.3f, y + h);
            key.closePath();
            g2.draw(key);
            float cx = x + w * 0.64f;
            float cy = y + h / 2;
            float arm = h * 0.2f;
            Path2D cross = new Path2D.Float();
            cross.moveTo(cx - arm, cy - arm);
            cross.lineTo(cx + arm, cy + arm);
            cross.moveTo(cx + arm, cy - arm);
            cross.lineTo(cx - arm, cy + arm);
            g2.draw(cross);
        } finally {
            g2.dispose();
        }
    }
}
