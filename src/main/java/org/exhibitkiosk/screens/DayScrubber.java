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
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStackText;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Theme;

/**
 * The map screen's timeline: the days as ticks on a track, each in a slot at least a touch
 * target wide (80 design pixels, never under 48 screen pixels), so the day numbers never run
 * together and a finger finds each day. Periods that fit side by side share a row, a gap between
 * them; where the width does not allow it, each period takes a row of its own (and a period longer
 * than a row is split), one above the other like the weeks of a calendar. The visitor drags the
 * thumb or taps a day. EDT only.
 */
final class DayScrubber extends JComponent {

    /** Slots left empty between two periods in one row. */
    private static final int GAP_SLOTS = 1;

    private final ScreenContext ctx;
    private final List<LocalDate> days;
    private final IntSupplier current;
    /** For each row, the indices of its days; recomputed when the width changes. */
    private List<List<Integer>> rows = List.of();
    /** For each day, its slot in its row (gaps between periods count as slots). */
    private int[] slotOf = new int[0];
    private int[] rowOf = new int[0];
    private int laidOutFor = -1;

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
        setName("map.scrubber");
        setOpaque(false);
        MouseAdapter drag = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                onPress.run();
                select(e.getX(), e.getY(), onSelect);
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                select(e.getX(), e.getY(), onSelect);
            }
        };
        addMouseListener(drag);
        addMouseMotionListener(drag);
    }

    /** The width of one day's slot: a touch target. */
    int slotWidth() {
        return Math.max(48, ctx.px(80));
    }

    /** The height of one row: a touch target, with room for the day numbers under the track. */
    int rowHeight() {
        return Math.max(ctx.metrics().target(), ctx.px(92));
    }

    /** How many rows the days take at {@code width}. */
    int rowsFor(int width) {
        return layOut(width).size();
    }

    /** The rows the last preferred size was given for: when the real width differs, lay out again once. */
    private int preferredRows = -1;

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        int rowsNow = rowsFor(width);
        if (rowsNow != preferredRows) {
            preferredRows = rowsNow;
            SwingUtilities.invokeLater(this::revalidate);
        }
    }

    @Override
    public Dimension getPreferredSize() {
        int width = getWidth() > 0 ? getWidth() : ctx.metrics().width();
        preferredRows = rowsFor(width);
        return new Dimension(10, preferredRows * rowHeight());
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(10, getPreferredSize().height);
    }

    /** Packs the periods into rows at this width; a period too long for one row is split. */
    private List<List<Integer>> layOut(int width) {
        if (width == laidOutFor) {
            return rows;
        }
        int perRow = Math.max(1, (width - slotWidth() / 2) / slotWidth());
        List<List<Integer>> periods = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            if (i == 0 || !days.get(i).equals(days.get(i - 1).plusDays(1))) {
                periods.add(new ArrayList<>());
            }
            periods.get(periods.size() - 1).add(i);
        }
        List<List<Integer>> laid = new ArrayList<>();
        int[] slots = new int[days.size()];
        int[] rowIndex = new int[days.size()];
        List<Integer> row = new ArrayList<>();
        int used = 0;
        for (List<Integer> period : periods) {
            int need = (used == 0 ? 0 : GAP_SLOTS) + period.size();
            if (used > 0 && used + need > perRow) {
                laid.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            if (used > 0) {
                used += GAP_SLOTS;
            }
            for (int index : period) {
                if (used >= perRow) {
                    laid.add(row);
                    row = new ArrayList<>();
                    used = 0;
                }
                slots[index] = used++;
                rowIndex[index] = laid.size();
                row.add(index);
            }
        }
        if (!row.isEmpty()) {
            laid.add(row);
        }
        rows = laid;
        slotOf = slots;
        rowOf = rowIndex;
        laidOutFor = width;
        return rows;
    }

    /** The widest row, in slots. */
    private int slotsAcross() {
        int most = 1;
        for (List<Integer> row : rows) {
            most = Math.max(most, slotOf[row.get(row.size() - 1)] + 1);
        }
        return most;
    }

    /** The width one slot takes here: at least a target, the rows spread over the width. */
    private double slotHere() {
        layOut(getWidth());
        return Math.max(slotWidth(), Math.min(getWidth() / (double) slotsAcross(), slotWidth() * 2.0));
    }

    /** Where day {@code i}'s tick sits, in this component's pixels. */
    Point2D tick(int i) {
        layOut(getWidth());
        double slot = slotHere();
        double left = (getWidth() - slot * slotsAcross()) / 2;
        return new Point2D.Double(left + slot * (slotOf[i] + 0.5), rowOf[i] * rowHeight() + trackY());
    }

    /** Where day {@code i} sits across (for tests that drag along one row). */
    double xOf(int i) {
        return tick(i).getX();
    }

    private int trackY() {
        return ctx.px(30);
    }

    private void select(int x, int y, IntConsumer onSelect) {
        layOut(getWidth());
        int row = Math.max(0, Math.min(rows.size() - 1, y / rowHeight()));
        int nearest = rows.get(row).get(0);
        double best = Double.MAX_VALUE;
        for (int i : rows.get(row)) {
            double d = Math.abs(tick(i).getX() - x);
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        if (nearest != current.getAsInt()) {
            onSelect.accept(nearest);
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            layOut(getWidth());
            int dayIndex = current.getAsInt();
            Color rule = Theme.color("Kiosk.rule");
            Color accent = Theme.color("Kiosk.accent");
            Color muted = Theme.color("Kiosk.muted");
            float thickness = ctx.px(6);
            FontStack font = ctx.font(FontStyle.BODY, 24);
            FontStack bold = ctx.font(FontStyle.BODY_BOLD, 24);
            for (int i = 1; i < days.size(); i++) {
                boolean sameStretch = days.get(i).equals(days.get(i - 1).plusDays(1)) && rowOf[i] == rowOf[i - 1];
                if (sameStretch) {
                    Point2D from = tick(i - 1);
                    Point2D to = tick(i);
                    g2.setColor(i <= dayIndex ? accent : rule);
                    g2.fill(new RoundRectangle2D.Double(from.getX(), from.getY() - thickness / 2,
                            to.getX() - from.getX(), thickness, thickness, thickness));
                }
            }
            for (int i = 0; i < days.size(); i++) {
                Point2D at = tick(i);
                double r = ctx.px(7);
                g2.setColor(i <= dayIndex ? accent : rule);
                g2.fill(new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r));
                // Day numbers only: the full date, with its month, stands above the map.
                String label = Integer.toString(days.get(i).getDayOfMonth());
                TextLayout layout = new TextLayout(FontStackText.attributed(label, i == dayIndex ? bold : font)
                        .getIterator(), g2.getFontRenderContext());
                float tx = (float) (at.getX() - layout.getAdvance() / 2);
                g2.setColor(i == dayIndex ? Theme.color("Kiosk.foreground") : muted);
                layout.draw(g2, tx, (float) (at.getY() + ctx.px(26) + layout.getAscent()));
            }
            Point2D at = tick(dayIndex);
            double r = ctx.px(20);
            g2.setColor(accent);
            g2.fill(new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r));
            g2.setColor(Theme.color("Kiosk.background"));
            g2.setStroke(new BasicStroke(ctx.px(3)));
            g2.draw(new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r));
        } finally {
            g2.dispose();
        }
    }
}
