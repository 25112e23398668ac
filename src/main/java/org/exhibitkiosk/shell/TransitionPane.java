package org.exhibitkiosk.shell;

import java.awt.AlphaComposite;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.JLayeredPane;
import javax.swing.Timer;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.ui.Theme;

/**
 * Shows one screen and moves to the next with a short slide (300 ms, eased), or a cut where motion
 * is reduced. During a slide the new screen is already live underneath: touches reach it at once.
 * Each frame draws two prepared images, so the animation stays cheap. EDT only.
 */
final class TransitionPane extends JLayeredPane {

    /** How long a transition lasts. */
    static final int DURATION_MS = 300;
    private static final int FRAME_MS = 16;

    private final Overlay overlay = new Overlay();
    private JComponent current;
    private boolean reducedMotion;

    TransitionPane() {
        setName("kiosk.screens");
        setOpaque(true);
        setBackground(Theme.color("Kiosk.background"));
        overlay.setVisible(false);
        add(overlay, JLayeredPane.DRAG_LAYER);
    }

    void setReducedMotion(boolean reducedMotion) {
        this.reducedMotion = reducedMotion;
    }

    JComponent current() {
        return current;
    }

    /**
     * Puts {@code next} on screen. {@code direction} +1 slides it in from the right (deeper into the
     * exhibit), -1 from the left (back), 0 cuts.
     */
    void show(JComponent next, int direction) {
        Threads.assertEdt();
        overlay.stop();
        JComponent previous = current;
        BufferedImage before = previous != null && direction != 0 && !reducedMotion && getWidth() > 0
                ? snapshot(previous) : null;
        if (previous != null) {
            remove(previous);
        }
        current = next;
        add(next, JLayeredPane.DEFAULT_LAYER);
        next.setBounds(0, 0, getWidth(), getHeight());
        next.validate();
        if (before != null) {
            overlay.start(before, snapshot(next), direction);
        }
        revalidate();
        repaint();
    }

    /** Whether a slide is under way (for tests and the benchmark). */
    boolean isAnimating() {
        return overlay.isVisible();
    }

    @Override
    public void doLayout() {
        if (current != null) {
            current.setBounds(0, 0, getWidth(), getHeight());
        }
        overlay.setBounds(0, 0, getWidth(), getHeight());
    }

    private BufferedImage snapshot(JComponent component) {
        BufferedImage image = getGraphicsConfiguration() != null
                ? getGraphicsConfiguration().createCompatibleImage(getWidth(), getHeight())
                : new BufferedImage(getWidth(), getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            component.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the two screens sliding past each other. */
    private final class Overlay extends JComponent {
        private final Timer timer = new Timer(FRAME_MS, e -> repaint());
        private BufferedImage from;
        private BufferedImage to;
        private int direction;
        private long startNanos;

        Overlay() {
            setName("kiosk.transition");
            setOpaque(true);
        }

        void start(BufferedImage from, BufferedImage to, int direction) {
            this.from = from;
            this.to = to;
            this.direction = direction;
            startNanos = System.nanoTime();
            setVisible(true);
            timer.start();
        }

        void stop() {
            timer.stop();
            setVisible(false);
            from = null;
            to = null;
        }

        @Override
        protected void paintComponent(Graphics g) {
            if (from == null || to == null) {
                return;
            }
            double t = Math.min(1, (System.nanoTime() - startNanos) / 1e6 / DURATION_MS);
            double eased = 1 - Math.pow(1 - t, 3);
            int width = getWidth();
            int shift = (int) Math.round(eased * width) * direction;
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.drawImage(from, -shift, 0, null);
                g2.drawImage(to, direction * width - shift, 0, null);
                g2.setComposite(AlphaComposite.SrcOver);
            } finally {
                g2.dispose();
            }
            if (t >= 1) {
                // The last frame is the new screen itself; hand over to the live components.
                stop();
            }
        }
    }
}
