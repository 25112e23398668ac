package org.exhibitkiosk.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.geom.Path2D;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntConsumer;
import javax.swing.JPanel;
import javax.swing.Timer;

/**
 * Holds content that may be taller than the screen: a vertical drag scrolls it with inertia, a
 * horizontal swipe (where enabled) reports a page turn. The first clear movement decides which.
 * A thin bar shows the scroll position, and while more follows below, the text fades out over an
 * arrow pointing down. EDT only.
 */
public final class GestureSurface extends JPanel implements Gestures {

    private static final int FRAME_MS = 16;
    private static final double FRICTION = 0.94;

    private final Component content;
    private final Metrics metrics;
    private final IntConsumer onSwipe;
    private final Timer fling = new Timer(FRAME_MS, e -> flingStep());
    private final Deque<long[]> samples = new ArrayDeque<>();
    private Point start;
    private int startOffset;
    private int offset;
    private Axis axis = Axis.UNDECIDED;
    private double velocity;

    private enum Axis { UNDECIDED, HORIZONTAL, VERTICAL }

    /**
     * @param content the content; as wide as the surface, as tall as it needs
     * @param onSwipe called with +1 (swipe left: next) or -1 (swipe right: previous); null for no swipes
     */
    public GestureSurface(String name, Component content, Metrics metrics, IntConsumer onSwipe) {
        super(null);
        setName(name);
        this.content = content;
        this.metrics = metrics;
        this.onSwipe = onSwipe;
        setOpaque(false);
        add(content);
        MouseAdapter direct = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                dragStarted(e.getLocationOnScreen());
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                dragged(e.getLocationOnScreen());
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                dragEnded(e.getLocationOnScreen());
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                fling.stop();
                scrollTo(offset + (int) Math.round(e.getPreciseWheelRotation() * metrics.px(80)));
            }
        };
        addMouseListener(direct);
        addMouseMotionListener(direct);
        addMouseWheelListener(direct);
    }

    /** How far the content is scrolled, in pixels from its top. */
    public int scrollOffset() {
        return offset;
    }

    /** The furthest the content can scroll. */
    public int maxScroll() {
        return Math.max(0, contentHeight() - getHeight());
    }

    public void scrollTo(int newOffset) {
        int clamped = Math.max(0, Math.min(newOffset, maxScroll()));
        if (clamped != offset) {
            offset = clamped;
            content.setLocation(0, -offset);
            repaint();
        }
    }

    @Override
    public void doLayout() {
        content.setBounds(0, -offset, contentWidth(), contentHeight());
        scrollTo(offset);
    }

    /** The content leaves a gutter on the right for the scroll position bar. */
    private int contentWidth() {
        return Math.max(1, getWidth() - metrics.px(28));
    }

    private int contentHeight() {
        return Math.max(getHeight(), HeightForWidth.of(content, contentWidth()));
    }

    @Override
    public void dragStarted(Point at) {
        fling.stop();
        start = at;
        startOffset = offset;
        axis = Axis.UNDECIDED;
        samples.clear();
        sample(at);
    }

    @Override
    public void dragged(Point now) {
        if (start == null) {
            return;
        }
        int dx = now.x - start.x;
        int dy = now.y - start.y;
        int tolerance = metrics.px(Gestures.TAP_TOLERANCE);
        if (axis == Axis.UNDECIDED && Math.max(Math.abs(dx), Math.abs(dy)) > tolerance) {
            axis = onSwipe != null && Math.abs(dx) > Math.abs(dy) ? Axis.HORIZONTAL : Axis.VERTICAL;
        }
        if (axis == Axis.VERTICAL) {
            scrollTo(startOffset - dy);
        }
        sample(now);
    }

    @Override
    public void dragEnded(Point end) {
        if (start == null) {
            return;
        }
        sample(end);
        int dx = end.x - start.x;
        if (axis == Axis.HORIZONTAL && Math.abs(dx) > metrics.px(80)) {
            onSwipe.accept(dx < 0 ? 1 : -1);
        } else if (axis == Axis.VERTICAL) {
            velocity = -recentVelocity();
            if (Math.abs(velocity) > 0.1) {
                fling.start();
            }
        }
        start = null;
        axis = Axis.UNDECIDED;
    }

    private void sample(Point at) {
        samples.addLast(new long[] {System.nanoTime(), at.y});
        while (samples.size() > 6) {
            samples.removeFirst();
        }
    }

    /** Pixels per millisecond over the last few samples. */
    private double recentVelocity() {
        if (samples.size() < 2) {
            return 0;
        }
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        double ms = (last[0] - first[0]) / 1_000_000.0;
        return ms <= 0 ? 0 : (last[1] - first[1]) / ms;
    }

    private void flingStep() {
        int before = offset;
        scrollTo(offset + (int) Math.round(velocity * FRAME_MS));
        velocity *= FRICTION;
        if (Math.abs(velocity) < 0.05 || offset == before) {
            fling.stop();
        }
    }

    /** Whether there is more text than shows: then a fade and an arrow say so (never a silent cut). */
    public boolean showsScrollCue() {
        return maxScroll() > 0;
    }

    /**
     * The cue that there is more: the text fades out at the edge where more follows, and below, an
     * arrow pointing down until the end is reached.
     */
    private void paintCue(Graphics2D g2, int max) {
        Color background = Theme.color("Kiosk.background");
        Color clear = new Color(background.getRed(), background.getGreen(), background.getBlue(), 0);
        int fade = Math.min(getHeight() / 4, metrics.px(110));
        int width = contentWidth();
        if (offset > 0) {
            g2.setPaint(new GradientPaint(0, 0, background, 0, fade / 2f, clear));
            g2.fillRect(0, 0, width, fade / 2);
        }
        if (offset < max) {
            int top = getHeight() - fade;
            g2.setPaint(new GradientPaint(0, top, clear, 0, getHeight() - metrics.px(8), background));
            g2.fillRect(0, top, width, fade);
            float size = metrics.px(26);
            float cx = width / 2f;
            float cy = getHeight() - size * 0.9f;
            Path2D arrow = new Path2D.Float();
            arrow.moveTo(cx - size, cy - size * 0.45f);
            arrow.lineTo(cx, cy + size * 0.45f);
            arrow.lineTo(cx + size, cy - size * 0.45f);
            g2.setColor(Theme.color("Kiosk.accent"));
            g2.setStroke(new BasicStroke(Math.max(3f, metrics.px(6)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(arrow);
        }
    }

    @Override
    protected void paintChildren(Graphics g) {
        super.paintChildren(g);
        int max = maxScroll();
        if (max <= 0) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int trackHeight = getHeight();
            int thumb = Math.max(metrics.px(40), trackHeight * getHeight() / (max + getHeight()));
            int y = (trackHeight - thumb) * offset / max;
            int w = Math.max(3, metrics.px(6));
            g2.setColor(Theme.color("Kiosk.scrollThumb"));
            g2.fillRoundRect(getWidth() - w - metrics.px(4), y, w, thumb, w, w);
            paintCue(g2, max);
        } finally {
            g2.dispose();
        }
    }
}
