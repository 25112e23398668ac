package org.exhibitkiosk.shell;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import org.exhibitkiosk.config.Notice;
import org.exhibitkiosk.config.NoticeFile;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notice over every screen (attract loop, closed screen and visitors' screens alike): the one
 * from {@code notice.yaml}, or the one staff switched on. A band is a strip across the top that
 * lets touches through to the screen beneath; an evacuation notice takes the whole screen and every
 * touch (but not the staff panel, so staff can switch it off). It shows as soon as it is given
 * (it does not wait for a safe moment) and goes at its {@code until} on the injected clock, or
 * when it is taken away. An evacuation prefers itself over a band; otherwise the file's notice
 * stands over the staff's. EDT only.
 */
final class NoticeBoard {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeBoard.class);
    /** Above the session's overlays (POPUP 300, DRAG 400). */
    private static final Integer LAYER = 450;

    private final KioskFrame frame;
    private final Supplier<Exhibit> exhibit;
    private final Supplier<List<String>> languages;
    private final Supplier<Metrics> metrics;
    private Consumer<Boolean> onEvacuation = evacuating -> { };
    private NoticeFile.Active fromFile;
    private NoticeFile.Active fromStaff;
    private NoticeFile.Active shown;
    private boolean staffScreen;
    private Layer layer;

    NoticeBoard(KioskFrame frame, Supplier<Exhibit> exhibit, Supplier<List<String>> languages,
                Supplier<Metrics> metrics) {
        this.frame = frame;
        this.exhibit = exhibit;
        this.languages = languages;
        this.metrics = metrics;
    }

    /**
     * What an evacuation notice does besides showing: told {@code true} when one comes (wake a
     * screen that is off, keep it on), {@code false} when it goes.
     */
    void onEvacuation(Consumer<Boolean> action) {
        onEvacuation = action;
    }

    /** The notice file's notice; null when the file is gone. */
    void setFromFile(NoticeFile.Active notice, Instant now) {
        fromFile = notice;
        update(now);
    }

    /** The notice staff switched on; null to switch it off. */
    void setFromStaff(NoticeFile.Active notice, Instant now) {
        fromStaff = notice;
        update(now);
    }

    NoticeFile.Active fromStaff() {
        return fromStaff;
    }

    /** Whether a staff screen (PIN pad, staff panel) is up: an evacuation notice then stands aside. */
    void setStaffScreen(boolean staff, Instant now) {
        if (staffScreen != staff) {
            staffScreen = staff;
            shown = null;
            update(now);
        }
    }

    /** The notice on screen now, or null. */
    NoticeFile.Active shown() {
        return shown;
    }

    /** Takes away notices whose time is up; shows the one that should stand. */
    void update(Instant now) {
        if (fromFile != null && expired(fromFile, now)) {
            LOG.info("the notice from {} ended at {}", fromFile.source(), fromFile.until());
            fromFile = null;
        }
        if (fromStaff != null && expired(fromStaff, now)) {
            fromStaff = null;
        }
        NoticeFile.Active wanted = fromFile;
        if (fromStaff != null && (wanted == null || fromStaff.kind() == Notice.Kind.EVACUATION
                && wanted.kind() != Notice.Kind.EVACUATION)) {
            wanted = fromStaff;
        }
        boolean standsAside = wanted != null && wanted.kind() == Notice.Kind.EVACUATION && staffScreen;
        // The same notice read again (each change of the config folder reads the file) stays as it is.
        if (Objects.equals(wanted, shown) && (layer != null) == (wanted != null && !standsAside)) {
            return;
        }
        boolean wasEvacuation = shown != null && shown.kind() == Notice.Kind.EVACUATION;
        shown = wanted;
        if (layer != null) {
            frame.getLayeredPane().remove(layer);
            frame.getLayeredPane().repaint();
            layer = null;
        }
        if (wanted == null) {
            if (wasEvacuation) {
                onEvacuation.accept(false);
            }
            LOG.info("no notice on screen");
            return;
        }
        boolean evacuation = wanted.kind() == Notice.Kind.EVACUATION;
        if (evacuation != wasEvacuation) {
            onEvacuation.accept(evacuation);
        }
        if (standsAside) {
            return;
        }
        layer = new Layer(wanted, exhibit.get(), languages.get(), metrics.get());
        JLayeredPane layers = frame.getLayeredPane();
        layers.add(layer, LAYER);
        int height = evacuation ? layers.getHeight() : layer.bandHeight(layers.getWidth());
        layer.setBounds(0, 0, layers.getWidth(), height);
        layer.validate();
        layer.repaint();
        LOG.info("notice on screen ({}, from {}{})", wanted.kind().name().toLowerCase(Locale.ROOT),
                wanted.source(), wanted.until() == null ? "" : ", until " + wanted.until());
    }

    private static boolean expired(NoticeFile.Active notice, Instant now) {
        return notice.until() != null && !now.isBefore(notice.until());
    }

    /** The notice as drawn: every configured language, the first large. */
    static final class Layer extends JPanel {
        private final boolean evacuation;
        private final Column column;

        Layer(NoticeFile.Active notice, Exhibit exhibit, List<String> languages, Metrics m) {
            super(evacuation(notice) ? new GridBagLayout() : new BorderLayout());
            this.evacuation = evacuation(notice);
            setName(evacuation ? "notice.evacuation" : "notice.band");
            setOpaque(false);
            int pad = m.px(evacuation ? 56 : 20);
            column = new Column();
            column.setBorder(BorderFactory.createEmptyBorder(pad, m.px(48), pad, m.px(48)));
            boolean first = true;
            for (String language : languages) {
                String text = notice.text().values().get(language);
                if (text == null) {
                    continue;
                }
                TextBlock line = new TextBlock(text, exhibit.typefaces().stack(first ? FontStyle.DISPLAY_BOLD
                        : FontStyle.BODY_BOLD).atSize(m.font(evacuation ? (first ? 64 : 44) : (first ? 36 : 28))),
                        evacuation ? "Kiosk.evacuationForeground" : "Kiosk.noticeForeground", TextBlock.Align.CENTER);
                line.setName("notice.text." + language);
                column.append(line, first ? 0 : m.px(evacuation ? 24 : 6));
                first = false;
            }
            if (evacuation) {
                int width = Math.min(m.px(1500), m.width() - m.px(80));
                JPanel holder = new JPanel(new BorderLayout());
                holder.setOpaque(false);
                holder.add(column);
                holder.setPreferredSize(new Dimension(width, column.heightForWidth(width)));
                add(holder);
                MouseAdapter swallow = new MouseAdapter() {
                    @Override
                    public void mousePressed(MouseEvent e) {
                        e.consume();
                    }
                };
                addMouseListener(swallow);
                addMouseMotionListener(swallow);
            } else {
                add(column, BorderLayout.CENTER);
            }
        }

        private static boolean evacuation(NoticeFile.Active notice) {
            return notice.kind() == Notice.Kind.EVACUATION;
        }

        int bandHeight(int width) {
            return column.heightForWidth(width);
        }

        /** A band lets every touch through to the screen beneath it. */
        @Override
        public boolean contains(int x, int y) {
            return evacuation && super.contains(x, y);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Color background = Theme.color(evacuation ? "Kiosk.evacuation" : "Kiosk.notice");
            g.setColor(background);
            g.fillRect(0, 0, getWidth(), getHeight());
        }

        @Override
        public Insets getInsets() {
            return new Insets(0, 0, 0, 0);
        }
    }
}
