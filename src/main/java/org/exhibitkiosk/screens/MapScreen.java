package org.exhibitkiosk.screens;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridBagLayout;
import java.awt.geom.Point2D;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JPanel;
import javax.swing.Timer;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.content.OperationsMap;
import org.exhibitkiosk.content.Timeline;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.map.MapScene;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Column;
import org.exhibitkiosk.ui.GestureSurface;
import org.exhibitkiosk.ui.Row;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.TouchButton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations on a map, day by day: the map (framed on the day's action; a tap zooms in, a
 * drag pans, "whole map" shows it all), the day's events beside it, and a timeline below with a
 * scrubber the visitor drags and a play button that steps through the days. It opens on the day
 * it is asked for (a panel's own day) and, opened from a panel, offers the way back to it. The
 * legend folds away. The map is drawn off the EDT ({@link MapView}); the timeline is a
 * {@link DayScrubber}. EDT only; no I/O.
 */
public final class MapScreen extends JPanel {

    private static final Logger LOG = LoggerFactory.getLogger(MapScreen.class);

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
    private final DayScrubber scrubber;
    private final TouchButton play;
    private final TouchButton legend;
    private final TextBlock date;
    private final Column events;
    private final GestureSurface eventsSurface;
    private final Set<String> notesRead = new HashSet<>();
    private int dayIndex;

    /**
     * @param failures where a map that could not be drawn is reported
     * @param firstDay the day to open on, or null for the first
     * @param back     where the "back" button returns, or null for none
     */
    public MapScreen(ScreenContext ctx, Failures failures, LocalDate firstDay, Place back) {
        this(ctx, Ticker.swingTimer(PLAY_STEP_MS), failures, firstDay, back);
    }

    /** With a ticker of the test's own; a map that cannot be drawn is logged. */
    public MapScreen(ScreenContext ctx, Ticker ticker) {
        this(ctx, ticker, error -> LOG.error("the map could not be drawn", error), null, null);
    }

    public MapScreen(ScreenContext ctx, Ticker ticker, Failures failures, LocalDate firstDay, Place back) {
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
        if (back != null) {
            LocalizedText backText = map.texts().backToPanel();
            TouchButton toPanel = new TouchButton("map.back", backText != null ? ctx.text(backText)
                    : ctx.ui(UiKey.NAV_PREVIOUS), ctx.font(FontStyle.BODY_BOLD, 26), "pager", ctx.metrics());
            toPanel.withIcon("arrow-left", ctx.metrics());
            toPanel.addActionListener(e -> ctx.actions().go(back));
            header.append(toPanel, 1.5f);
        }
        header.append(Layouts.title(ctx, "map.title", ctx.text(map.texts().title())), 3);
        date = new TextBlock("", ctx.font(FontStyle.DISPLAY_BOLD, 44), "Kiosk.accent", TextBlock.Align.LEADING);
        date.setName("map.date");
        header.append(date, 2);
        add(new SizedByWidth(header), BorderLayout.NORTH);

        view = new MapView(ctx, this::day, failures);
        events = new Column();
        events.setName("map.events");
        eventsSurface = new GestureSurface("map.events.surface", events, ctx.metrics(), null);
        boolean portrait = ctx.metrics().isPortrait();
        play = new TouchButton("map.play", ctx.ui(UiKey.MAP_PLAY), ctx.font(FontStyle.BODY_BOLD, 26), "primary",
                ctx.metrics());
        play.setPreferredSize(new Dimension(ctx.px(190), ctx.metrics().target()));
        play.addActionListener(e -> togglePlay());
        TouchButton reset = new TouchButton("map.reset", ctx.text(map.texts().resetView()),
                ctx.font(FontStyle.BODY_BOLD, 24), "pager", ctx.metrics());
        reset.addActionListener(e -> view.resetView());
        legend = new TouchButton("map.legend", ctx.text(map.texts().hideLegend()), ctx.font(FontStyle.BODY_BOLD, 24),
                "pager", ctx.metrics());
        legend.addActionListener(e -> view.setLegendOpen(!view.isLegendOpen()));
        view.onLegendChange(() -> legend.setLabelText(ctx.text(view.isLegendOpen() ? map.texts().hideLegend()
                : map.texts().showLegend())));
        Row buttonRow = new Row(ctx.px(16));
        buttonRow.append(legend, 1);
        buttonRow.append(reset, 1);
        SizedByWidth buttons = new SizedByWidth(buttonRow);
        scrubber = new DayScrubber(ctx, days, () -> dayIndex, this::stopPlaying, this::showDay);

        JPanel centre = new JPanel(new BorderLayout(ctx.px(24), ctx.px(16)));
        centre.setOpaque(false);
        centre.add(view, BorderLayout.CENTER);
        JPanel timeline = new JPanel(new BorderLayout(ctx.px(20), ctx.px(12)));
        timeline.setOpaque(false);
        if (portrait) {
            // A portrait screen is narrow: the events below the map, the days across the whole
            // width, the buttons in a row above them.
            eventsSurface.setPreferredSize(new Dimension(10, ctx.px(520)));
            centre.add(eventsSurface, BorderLayout.SOUTH);
            JPanel controls = new JPanel(new BorderLayout(ctx.px(16), 0));
            controls.setOpaque(false);
            controls.add(play, BorderLayout.WEST);
            buttons.setPreferredWidth(ctx.px(560));
            controls.add(buttons, BorderLayout.EAST);
            timeline.add(controls, BorderLayout.NORTH);
            timeline.add(scrubber, BorderLayout.CENTER);
        } else {
            // Beside the map: the day's events, and below them the map's own buttons, so the days
            // get the width of the screen.
            JPanel side = new JPanel(new BorderLayout(0, ctx.px(16)));
            side.setOpaque(false);
            side.setPreferredSize(new Dimension(ctx.px(520), 10));
            side.add(eventsSurface, BorderLayout.CENTER);
            side.add(buttons, BorderLayout.SOUTH);
            centre.add(side, BorderLayout.EAST);
            timeline.add(centred(play), BorderLayout.WEST);
            timeline.add(scrubber, BorderLayout.CENTER);
        }
        add(centre, BorderLayout.CENTER);
        add(timeline, BorderLayout.SOUTH);

        int first = firstDay == null ? 0 : days.indexOf(firstDay);
        showDay(Math.max(0, first));
    }

    private static JPanel centred(Component component) {
        JPanel holder = new JPanel(new GridBagLayout());
        holder.setOpaque(false);
        holder.add(component);
        return holder;
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
    Point2D tick(int index) {
        return scrubber.tick(index);
    }

    /** Whether the map of the day shown is drawn and on screen (drawing runs off the EDT). */
    boolean isMapDrawn() {
        return view.isDrawn();
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
}
