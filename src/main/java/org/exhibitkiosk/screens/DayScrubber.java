package org.exhibitkiosk.screens;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javax.swing.JComponent;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStackText;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Theme;

/**
 * The map screen's timeline: the days as ticks on a track, a gap between periods; the visitor
 * drags the thumb or taps a day. EDT only.
 */
final class DayScrubber extends JComponent {

    private final ScreenContext ctx;
    private final List<LocalDate> days;
    private final IntSupplier current;
    private final int allGaps;

    /**
     * @param current  the index of the day shown now
     * @param onPress  runs when the visitor touches the track (the map screen stops playing)
     * @param onSelect told the index of the day the visitor's finger is nearest, when it changes
     */
    DayScrubber(ScreenContext ctx, List<LocalDate> days, IntSupplier current, Runnable onPress,
                IntConsumer onSelect) {
        this.ctx = ctx;
        this.days = List.copyOf(days);
        this.current = current;
        this.allGaps = gapsBefore(days.size() - 1);
        setName("map.scrubber");
        setOpaque(false);
        setPreferredSize(new Dimension(10, Math.max(ctx.metrics().target(), ctx.px(96))));
        MouseAdapter drag = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                onPress.run();
                select(e.getX(), onSelect);
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                select(e.getX(), onSelect);
            }
        };
        addMouseListener(drag);
        addMouseMotionListener(drag);
    }

    private void select(int x, IntConsumer onSelect) {
        int nearest = 0;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < days.size(); i++) {
            double d = Math.abs(xOf(i) - x);
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        if (nearest != current.getAsInt()) {
            onSelect.accept(nearest);
        }
    }

    /** Period breaks up to day {@code i}: days that do not follow the day before them. */
    private int gapsBefore(int i) {
        int gaps = 0;
        for (int k = 1; k <= i; k++) {
            if (!days.get(k).equals(days.get(k - 1).plusDays(1))) {
                gaps++;
            }
        }
        return gaps;
    }

    /** Where day {@code i} sits, in this component's pixels: evenly spaced, one and a half steps between periods. */
    double xOf(int i) {
        double margin = ctx.px(28);
        double steps = Math.max(1, days.size() - 1 + allGaps * 1.5);
        return margin + (getWidth() - 2 * margin) * (i + gapsBefore(i) * 1.5) / steps;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int dayIndex = current.getAsInt();
            int trackY = ctx.px(34);
            Color rule = Theme.color("Kiosk.rule");
            Color accent = Theme.color("Kiosk.accent");
            Color muted = Theme.color("Kiosk.muted");
            float thickness = ctx.px(6);
            FontStack font = ctx.font(FontStyle.BODY, 20);
            for (int i = 0; i < days.size(); i++) {
                double x = xOf(i);
                boolean startsPeriod = i == 0 || !days.get(i).equals(days.get(i - 1).plusDays(1));
                if (!startsPeriod) {
                    g2.setColor(i <= dayIndex ? accent : rule);
                    double from = xOf(i - 1);
                    g2.fill(new RoundRectangle2D.Double(from, trackY - thickness / 2, x - from, thickness,
                            thickness, thickness));
                }
            }
            for (int i = 0; i < days.size(); i++) {
                double x = xOf(i);
                double r = ctx.px(7);
                g2.setColor(i <= dayIndex ? accent : rule);
                g2.fill(new Ellipse2D.Double(x - r, trackY - r, 2 * r, 2 * r));
                // Day numbers only: the full date, with its month, stands above the map.
                String label = Integer.toString(days.get(i).getDayOfMonth());
                TextLayout layout = new TextLayout(FontStackText.attributed(label, font).getIterator(),
                        g2.getFontRenderContext());
                float tx = (float) (x - layout.getAdvance() / 2);
                tx = Math.max(0, Math.min(getWidth() - layout.getAdvance(), tx));
                g2.setColor(i == dayIndex ? Theme.color("Kiosk.foreground") : muted);
                layout.draw(g2, tx, trackY + ctx.px(24) + layout.getAscent());
            }
            double x = xOf(dayIndex);
            double r = ctx.px(20);
            g2.setColor(accent);
            g2.fill(new Ellipse2D.Double(x - r, trackY - r, 2 * r, 2 * r));
            g2.setColor(Theme.color("Kiosk.background"));
            g2.setStroke(new BasicStroke(ctx.px(3)));
            g2.draw(new Ellipse2D.Double(x - r, trackY - r, 2 * r, 2 * r));
        } finally {
            g2.dispose();
        }
    }
}
