package org.exhibitkiosk.screens;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.UIManager;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.content.OperationsMap;
import org.exhibitkiosk.content.Timeline;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.map.Java2DMapCanvas;
import org.exhibitkiosk.map.MapPalette;
import org.exhibitkiosk.map.MapProjection;
import org.exhibitkiosk.map.MapRenderer;
import org.exhibitkiosk.map.MapScene;
import org.exhibitkiosk.text.FontStackText;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.GestureSurface;
import org.exhibitkiosk.ui.Gestures;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.Theme;
import org.exhibitkiosk.ui.TouchButton;

/**
 * The operations on a map, day by day: the map (a tap zooms in, a drag pans, "whole map" resets),
 * the day's events beside it, and a timeline below with a scrubber the visitor drags and a play
 * button that steps through the days. The base of the map is drawn once per view and cached; the
 * day's layer once per day. EDT only; no I/O.
 */
public final class MapScreen extends JPanel {

    /** How long the play button shows each day. */
    public static final int PLAY_STEP_MS = 1600;

    /** What drives the play button: a Swing timer in the kiosk, a hand-turned one in tests. EDT only. */
    public interface Ticker {
        void start(Runnable onTick);

        void stop();

        boolean isRunning();

        /** Ticks every {@code millis} milliseconds on the EDT. */
        static Ticker swingTimer(int millis) {
            return new Ticker() {
                private Timer timer;

                @Override
                public void start(Runnable onTick) {
                    stop();
                    timer = new Timer(millis, e -> onTick.run());
                    timer.start();
                }

                @Override
                public void stop() {
                    if (timer != null) {
                        timer.stop();
                        timer = null;
                    }
                }

                @Override
                public boolean isRunning() {
                    return timer != null && timer.isRunning();
                }
            };
        }
    }

    private final ScreenContext ctx;
    private final OperationsMap map;
    private final List<LocalDate> days;
    private final Ticker ticker;
    private final MapView view;
    private final Scrubber scrubber;
    private final TouchButton play;
    private final TextBlock date;
    private final Column events;
    private final GestureSurface eventsSurface;
    private final Set<String> notesRead = new HashSet<>();
    private int dayIndex;

    public MapScreen(ScreenContext ctx) {
        this(ctx, Ticker.swingTimer(PLAY_STEP_MS));
    }

    public MapScreen(ScreenContext ctx, Ticker ticker) {
        super(new BorderLayout(0, ctx.px(16)));
        Threads.assertEdt();
        this.ctx = ctx;
        this.map = ctx.exhibit().map();
        this.days = map.days();
        this.ticker = ticker;
        setName("screen.map");
        setOpaque(false);
        Layouts.pad(this, ctx, 28, 40, 16);

        Row header = new Row(ctx.px(24));
        header.append(Layouts.title(ctx, "map.title", ctx.text(map.texts().title())), 3);
        date = new TextBlock("", ctx.font(FontStyle.DISPLAY_BOLD, 44), "Kiosk.accent", TextBlock.Align.LEADING);
        date.setName("map.date");
        header.append(date, 2);
        add(new SizedByWidth(header), BorderLayout.NORTH);

        view = new MapView();
        events = new Column();
        events.setName("map.events");
        eventsSurface = new GestureSurface("map.events.surface", events, ctx.metrics(), null);
        JPanel centre = new JPanel(new BorderLayout(ctx.px(24), 0));
        centre.setOpaque(false);
        centre.add(view, BorderLayout.CENTER);
        eventsSurface.setPreferredSize(new Dimension(ctx.px(ctx.metrics().isPortrait() ? 300 : 520), 10));
        centre.add(eventsSurface, ctx.metrics().isPortrait() ? BorderLayout.SOUTH : BorderLayout.EAST);
        if (ctx.metrics().isPortrait()) {
            eventsSurface.setPreferredSize(new Dimension(10, ctx.px(520)));
        }
        add(centre, BorderLayout.CENTER);

        JPanel timeline = new JPanel(new BorderLayout(ctx.px(20), 0));
        timeline.setOpaque(false);
        play = new TouchButton("map.play", ctx.ui(UiKey.MAP_PLAY), ctx.font(FontStyle.BODY_BOLD, 26), "primary",
                ctx.metrics());
        play.setPreferredSize(new Dimension(ctx.px(190), ctx.metrics().target()));
        play.addActionListener(e -> togglePlay());
        TouchButton reset = new TouchButton("map.reset", ctx.text(map.texts().resetView()),
                ctx.font(FontStyle.BODY_BOLD, 24), "pager", ctx.metrics());
        reset.setPreferredSize(new Dimension(Math.max(ctx.px(220), reset.getPreferredSize().width),
                ctx.metrics().target()));
        reset.addActionListener(e -> view.resetView());
        scrubber = new Scrubber();
        timeline.add(play, BorderLayout.WEST);
        timeline.add(scrubber, BorderLayout.CENTER);
        timeline.add(reset, BorderLayout.EAST);
        add(timeline, BorderLayout.SOUTH);

        showDay(0);
    }

    /** The day shown now. */
    public LocalDate day() {
        return days.get(dayIndex);
    }

    /** Every day the timeline steps through. */
    List<LocalDate> days() {
        return days;
    }

    /** Where day {@code index} sits on the scrubber, in its pixels (for tests that drag it). */
    double tickX(int index) {
        return scrubber.xOf(index);
    }

    public boolean isPlaying() {
        return ticker.isRunning();
    }

    /** Shows the day at {@code index} of the days the map steps through. */
    public void showDay(int index) {
        Threads.assertEdt();
        dayIndex = Math.max(0, Math.min(days.size() - 1, index));
        LocalDate day = day();
        date.setText(map.texts().day(day, ctx.language()));
        fillEvents(day);
        scrubber.repaint();
        view.repaint();
    }

    private void togglePlay() {
        if (ticker.isRunning()) {
            stopPlaying();
            return;
        }
        if (dayIndex == days.size() - 1) {
            showDay(0);
        }
        play.setLabelText(ctx.ui(UiKey.MAP_PAUSE));
        ticker.start(() -> {
            if (dayIndex >= days.size() - 1) {
                stopPlaying();
            } else {
                showDay(dayIndex + 1);
            }
        });
    }

    private void stopPlaying() {
        ticker.stop();
        play.setLabelText(ctx.ui(UiKey.MAP_PLAY));
    }

    @Override
    public void removeNotify() {
        // A screen that is left must not keep stepping through days behind the next one.
        ticker.stop();
        super.removeNotify();
    }

    private void fillEvents(LocalDate day) {
        events.removeAll();
        List<Timeline.Event> onDay = MapScene.eventsOn(ctx.exhibit().timeline(), day);
        int gap = 0;
        for (Timeline.Event event : onDay) {
            Column card = Layouts.card(ctx);
            card.setName("map.event." + event.id());
            TextBlock when = Layouts.kicker(ctx, "map.event." + event.id() + ".when", ctx.text(event.when()));
            card.append(when, 0);
            TextBlock title = new TextBlock(ctx.text(event.title()), ctx.reading(FontStyle.DISPLAY_BOLD, 30),
                    "Kiosk.foreground", TextBlock.Align.LEADING);
            title.setName("map.event." + event.id() + ".title");
            card.append(title, ctx.px(6));
            LocalizedText note = map.noteFor(event.id());
            if (note != null && !notesRead.contains(event.id())) {
                TextBlock noteText = Layouts.muted(ctx, "map.event." + event.id() + ".note", ctx.text(note), 26);
                card.append(noteText, ctx.px(12));
                TouchButton show = new TouchButton("map.event." + event.id() + ".continue",
                        ctx.ui(UiKey.CONTENT_NOTE_CONTINUE), ctx.font(FontStyle.BODY_BOLD, 24), "pager",
                        ctx.metrics());
                show.addActionListener(e -> {
                    notesRead.add(event.id());
                    fillEvents(day());
                });
                card.append(show, ctx.px(12));
            } else {
                TextBlock text = new TextBlock(ctx.text(event.text()), ctx.reading(FontStyle.BODY, 28),
                        "Kiosk.foreground", TextBlock.Align.LEADING);
                text.setName("map.event." + event.id() + ".text");
                text.setLineSpacing(1.3f);
                card.append(text, ctx.px(10));
            }
            events.append(card, gap);
            gap = ctx.px(16);
        }
        if (onDay.isEmpty()) {
            events.append(Layouts.muted(ctx, "map.quiet", ctx.text(map.texts().quietDay()), 28), 0);
        }
        eventsSurface.scrollTo(0);
        eventsSurface.revalidate();
        eventsSurface.repaint();
    }

    // ---- the map ----

    /** The map itself: cached drawing, a tap to zoom in, a drag to pan. EDT only. */
    private final class MapView extends JComponent {
        private final MapPalette palette = MapPalette.from(UIManager::getColor, MapPalette.SCREEN);
        private final Map<LocalDate, BufferedImage> dayImages = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalDate, BufferedImage> eldest) {
                return size() > 6;
            }
        };
        private MapProjection projection;
        private BufferedImage base;
        private Point pressedAt;
        private boolean panning;
        private int dragX;
        private int dragY;

        MapView() {
            setName("map.view");
            setOpaque(false);
            MouseAdapter touch = new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                    pressedAt = e.getPoint();
                    panning = false;
                }

                @Override
                public void mouseDragged(MouseEvent e) {
                    if (pressedAt == null) {
                        return;
                    }
                    int dx = e.getX() - pressedAt.x;
                    int dy = e.getY() - pressedAt.y;
                    if (!panning && Math.hypot(dx, dy) > ctx.px(Gestures.TAP_TOLERANCE)) {
                        panning = true;
                    }
                    if (panning) {
                        dragX = dx;
                        dragY = dy;
                        repaint();
                    }
                }

                @Override
                public void mouseReleased(MouseEvent e) {
                    if (pressedAt == null || projection == null) {
                        return;
                    }
                    if (panning) {
                        setProjection(projection.pannedBy(e.getX() - pressedAt.x, e.getY() - pressedAt.y));
                    } else if (projection.zoom() < MapProjection.MAX_ZOOM - 1e-6) {
                        setProjection(projection.zoomedAt(e.getX(), e.getY(), 2));
                    }
                    pressedAt = null;
                    panning = false;
                    dragX = 0;
                    dragY = 0;
                    repaint();
                }
            };
            addMouseListener(touch);
            addMouseMotionListener(touch);
        }

        void resetView() {
            if (projection != null) {
                setProjection(projection.home());
                repaint();
            }
        }

        private void setProjection(MapProjection next) {
            if (!next.equals(projection)) {
                projection = next;
                base = null;
                dayImages.clear();
            }
        }

        @Override
        protected void paintComponent(Graphics g) {
            int w = getWidth();
            int h = getHeight();
            if (w <= 0 || h <= 0) {
                return;
            }
            if (projection == null || projection.width() != w || projection.height() != h) {
                setProjection(MapProjection.fit(map.extent(), w, h));
            }
            BufferedImage image = dayImages.computeIfAbsent(day(), this::render);
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                if (dragX != 0 || dragY != 0) {
                    g2.setColor(palette.land());
                    g2.fillRect(0, 0, w, h);
                }
                g2.drawImage(image, dragX, dragY, null);
            } finally {
                g2.dispose();
            }
        }

        private BufferedImage render(LocalDate day) {
            int w = (int) projection.width();
            int h = (int) projection.height();
            MapScene scene;
            if (base == null) {
                base = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = base.createGraphics();
                try {
                    Java2DMapCanvas canvas = new Java2DMapCanvas(g, ctx.exhibit().typefaces());
                    scene = MapScene.build(ctx.exhibit(), day, ctx.language(), projection, ctx.metrics().scale(),
                            canvas, palette);
                    MapRenderer.drawBase(canvas, scene);
                } finally {
                    g.dispose();
                }
            }
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.drawImage(base, 0, 0, null);
                Java2DMapCanvas canvas = new Java2DMapCanvas(g, ctx.exhibit().typefaces());
                scene = MapScene.build(ctx.exhibit(), day, ctx.language(), projection, ctx.metrics().scale(), canvas,
                        palette);
                MapRenderer.drawDay(canvas, scene);
            } finally {
                g.dispose();
            }
            return image;
        }
    }

    // ---- the timeline ----

    /**
     * The days as ticks on a track, a gap between periods; the visitor drags the thumb or taps a
     * day. EDT only.
     */
    private final class Scrubber extends JComponent {
        Scrubber() {
            setName("map.scrubber");
            setOpaque(false);
            setPreferredSize(new Dimension(10, Math.max(ctx.metrics().target(), ctx.px(96))));
            MouseAdapter drag = new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                    stopPlaying();
                    select(e.getX());
                }

                @Override
                public void mouseDragged(MouseEvent e) {
                    select(e.getX());
                }
            };
            addMouseListener(drag);
            addMouseMotionListener(drag);
        }

        private void select(int x) {
            int nearest = 0;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < days.size(); i++) {
                double d = Math.abs(xOf(i) - x);
                if (d < best) {
                    best = d;
                    nearest = i;
                }
            }
            if (nearest != dayIndex) {
                showDay(nearest);
            }
        }

        /** Where day {@code i} sits: evenly spaced, with one empty step between periods. */
        double xOf(int i) {
            int gaps = 0;
            for (int k = 1; k <= i; k++) {
                if (!days.get(k).equals(days.get(k - 1).plusDays(1))) {
                    gaps++;
                }
            }
            int allGaps = 0;
            for (int k = 1; k < days.size(); k++) {
                if (!days.get(k).equals(days.get(k - 1).plusDays(1))) {
                    allGaps++;
                }
            }
            double margin = ctx.px(28);
            double steps = Math.max(1, days.size() - 1 + allGaps * 1.5);
            return margin + (getWidth() - 2 * margin) * (i + gaps * 1.5) / steps;
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                int trackY = ctx.px(34);
                Color rule = Theme.color("Kiosk.rule");
                Color accent = Theme.color("Kiosk.accent");
                Color muted = Theme.color("Kiosk.muted");
                float thickness = ctx.px(6);
                var font = ctx.font(FontStyle.BODY, 20);
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
                    var layout = new TextLayout(FontStackText.attributed(label, font).getIterator(),
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
}
