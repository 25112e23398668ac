package org.exhibitkiosk.shell;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GridBagLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JPanel;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.Theme;

/**
 * A layer over the whole kiosk that takes every touch: "Still there?" with its countdown and a
 * large Continue button (a touch anywhere continues), or the cleaning countdown (touches are
 * ignored). EDT only.
 */
final class SessionOverlay extends JPanel {

    private final TextBlock countdown;
    private boolean hidesBelow;

    /**
     * @param card     the overlay's message, built by the caller
     * @param countdown the line that counts down, part of {@code card}
     * @param onTouch  what a touch anywhere does; null ignores touches
     */
    SessionOverlay(String name, Column card, TextBlock countdown, Metrics metrics, Runnable onTouch) {
        super(new GridBagLayout());
        setName(name);
        this.countdown = countdown;
        setOpaque(false);
        JPanel holder = new JPanel(new BorderLayout());
        holder.setOpaque(false);
        holder.add(card);
        int width = Math.min(metrics.px(900), metrics.width() - metrics.px(80));
        holder.setPreferredSize(new Dimension(width, card.heightForWidth(width)));
        add(holder);
        MouseAdapter swallow = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                e.consume();
                if (onTouch != null) {
                    onTouch.run();
                }
            }
        };
        // Every touch stops here: nothing underneath acts on it.
        addMouseListener(swallow);
        addMouseMotionListener(swallow);
        addMouseWheelListener(swallow);
    }

    /** Whether the overlay hides the screen below entirely (a card below would stand under its own). */
    void setHidesBelow(boolean hides) {
        hidesBelow = hides;
        repaint();
    }

    void setCountdown(String text) {
        countdown.setText(text);
    }

    String countdownText() {
        return countdown.getText();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Color scrim = Theme.color(hidesBelow ? "Kiosk.background" : "Kiosk.scrim");
        g.setColor(scrim);
        g.fillRect(0, 0, getWidth(), getHeight());
    }
}
