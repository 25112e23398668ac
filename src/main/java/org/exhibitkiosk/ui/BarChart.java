package org.exhibitkiosk.ui;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.List;
import javax.swing.JComponent;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStackText;

/** A plain bar chart for the staff panel: one labelled bar per entry, its value above it. EDT only. */
public final class BarChart extends JComponent implements HeightForWidth {

    /** One bar. */
    public record Bar(String label, double value) {
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final List<Bar> bars;
    private final FontStack font;
    private final int height;

    public BarChart(String name, List<Bar> bars, FontStack font, int height) {
        setName(name);
        this.bars = List.copyOf(bars);
        this.font = font;
        this.height = height;
    }

    public List<Bar> bars() {
        return bars;
    }

    @Override
    public int heightForWidth(int width) {
        return height;
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(400, height);
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (bars.isEmpty()) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float line = font.primary().getSize2D() * 1.4f;
            double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
            int slot = getWidth() / bars.size();
            int barWidth = Math.max(4, slot * 3 / 5);
            int plotTop = Math.round(line);
            int plotBottom = getHeight() - Math.round(line);
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                int x = i * slot + (slot - barWidth) / 2;
                int barHeight = max <= 0 ? 0 : (int) Math.round((plotBottom - plotTop) * bar.value() / max);
                g2.setColor(Theme.color("Kiosk.accent"));
                g2.fillRect(x, plotBottom - barHeight, barWidth, barHeight);
                g2.setColor(Theme.color("Kiosk.foreground"));
                draw(g2, format(bar.value()), i * slot, slot, plotBottom - barHeight - line * 0.3f);
                g2.setColor(Theme.color("Kiosk.muted"));
                draw(g2, bar.label(), i * slot, slot, getHeight() - line * 0.3f);
            }
            g2.setColor(Theme.color("Kiosk.rule"));
            g2.drawLine(0, plotBottom, getWidth(), plotBottom);
        } finally {
            g2.dispose();
        }
    }

    private void draw(Graphics2D g2, String text, int x, int width, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        TextLayout layout = new TextLayout(FontStackText.attributed(text, font).getIterator(), FRC);
        float room = width * 0.94f;
        if (layout.getAdvance() > room) {
            // A long label (a language's name) is set smaller to fit its bar's slot, never cut.
            FontStack smaller = font.atSize(font.primary().getSize2D() * room / layout.getAdvance());
            layout = new TextLayout(FontStackText.attributed(text, smaller).getIterator(), FRC);
        }
        layout.draw(g2, x + (width - layout.getAdvance()) / 2f, baseline);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
}
