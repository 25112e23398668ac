package org.exhibitkiosk.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.time.LocalDate;
import java.util.List;
import javax.swing.JFrame;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The map screen as a visitor uses it: from the home tile, dragging the scrubber changes the day
 * (and the events beside the map), a tap on the map zooms in and "whole map" zooms out, and play
 * steps through the days. Screenshots go to target/screenshots/map/.
 */
@ExtendWith(SwingOffTheEdtFails.class)
class MapDaysGuiIT {

    private static Exhibit exhibit;
    private static KioskConfig config;
    private RunningKiosk kiosk;
    private JFrame frame;

    @BeforeAll
    static void readExhibit() {
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT,
                TestFolders.SHIPPED_CONFIG);
        exhibit = outcome.exhibit().orElseThrow();
        config = outcome.config().config().orElseThrow();
    }

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (frame != null) {
            GuiActionRunner.execute(() -> frame.dispose());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "az", "hy"})
    void draggingTheScrubberChangesTheDayAndTheEvents(String language) {
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG, null);
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language." + language);
        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile.map");
        kiosk.waitFor("screen.map");

        List<LocalDate> days = exhibit.map().days();
        assertThat(kiosk.text("map.date")).isEqualTo(exhibit.map().texts().day(days.get(0), language));
        assertThat(kiosk.text("map.event.ultimatum.title")).isEqualTo(title("ultimatum", language));
        assertThat(kiosk.layoutProblems()).isEmpty();
        waitForMap();
        kiosk.screenshot("map/screen-" + language + "-1-first-day");

        LocalDate sixth = LocalDate.of(1919, 11, 6);
        dragScrubberTo(days.indexOf(sixth));
        waitForDate(exhibit.map().texts().day(sixth, language));
        assertThat(kiosk.text("map.event.counter-attack.title")).isEqualTo(title("counter-attack", language));
        assertThat(kiosk.isShowing("map.event.ultimatum.title")).isFalse();
        assertThat(kiosk.layoutProblems()).isEmpty();
        waitForMap();
        kiosk.screenshot("map/screen-" + language + "-2-sixth-of-november");

        // A tap zooms in around the front; "whole map" shows everything again.
        Component map = kiosk.find("map.view");
        Dimension size = GuiActionRunner.execute(() -> map.getSize());
        kiosk.robot().click(map, new Point(size.width / 2, size.height / 3));
        kiosk.robot().waitForIdle();
        waitForMap();
        kiosk.screenshot("map/screen-" + language + "-3-zoomed");
        kiosk.tap("map.reset");
        kiosk.robot().waitForIdle();

        LocalDate fifteenth = LocalDate.of(1919, 11, 15);
        dragScrubberTo(days.indexOf(fifteenth));
        waitForDate(exhibit.map().texts().day(fifteenth, language));
        assertThat(kiosk.text("map.quiet")).isEqualTo(exhibit.map().texts().quietDay().in(language));
        waitForMap();
        kiosk.screenshot("map/screen-" + language + "-4-quiet-day");

        LocalDate thirteenth = LocalDate.of(1919, 11, 13);
        dragScrubberTo(days.indexOf(thirteenth));
        waitForDate(exhibit.map().texts().day(thirteenth, language));
        assertThat(kiosk.text("map.event.nzhdeh-operations.note"))
                .isEqualTo(exhibit.map().noteFor("nzhdeh-operations").in(language));
        assertThat(kiosk.isShowing("map.event.nzhdeh-operations.text")).as("text behind its content note").isFalse();
        // The button may sit below the fold of the events beside the map: scroll to it first.
        GuiActionRunner.execute(() -> {
            org.exhibitkiosk.ui.GestureSurface surface = (org.exhibitkiosk.ui.GestureSurface)
                    kiosk.find("map.events.surface");
            surface.scrollTo(surface.maxScroll());
        });
        kiosk.robot().waitForIdle();
        kiosk.tap("map.event.nzhdeh-operations.continue");
        kiosk.waitFor("map.event.nzhdeh-operations.text");
        waitForMap();
        kiosk.screenshot("map/screen-" + language + "-5-after-content-note");

        kiosk.tap("nav.home");
        kiosk.waitFor("screen.home");
    }

    @Test
    void playStepsThroughTheDaysOnEachTickAndStopsAtTheLast() {
        ManualTicker ticker = new ManualTicker();
        MapScreen screen = GuiActionRunner.execute(() -> {
            Theme.install();
            Metrics metrics = Metrics.of(new Dimension(1600, 900), 0, 0);
            ScreenContext ctx = new ScreenContext(exhibit, config.languages(), "en", null, metrics, new NoActions());
            MapScreen built = new MapScreen(ctx, ticker);
            frame = new JFrame("map");
            frame.setContentPane(built);
            frame.setSize(1600, 900);
            frame.setVisible(true);
            return built;
        });
        List<LocalDate> days = exhibit.map().days();
        assertThat(GuiActionRunner.execute(screen::day)).isEqualTo(days.get(0));

        GuiActionRunner.execute(() -> ((org.exhibitkiosk.ui.TouchButton) find(screen, "map.play")).doClick());
        assertThat(GuiActionRunner.execute(screen::isPlaying)).isTrue();
        assertThat(GuiActionRunner.execute(() -> ((org.exhibitkiosk.ui.TouchButton) find(screen, "map.play"))
                .labelText())).isEqualTo(exhibit.text(UiKey.MAP_PAUSE, "en"));
        for (int i = 1; i < days.size(); i++) {
            GuiActionRunner.execute(() -> ticker.tick());
            assertThat(GuiActionRunner.execute(screen::day)).isEqualTo(days.get(i));
        }
        GuiActionRunner.execute(() -> ticker.tick());
        assertThat(GuiActionRunner.execute(screen::isPlaying)).as("stops after the last day").isFalse();
        assertThat(GuiActionRunner.execute(screen::day)).isEqualTo(days.get(days.size() - 1));
        assertThat(GuiActionRunner.execute(() -> ((org.exhibitkiosk.ui.TouchButton) find(screen, "map.play"))
                .labelText())).isEqualTo(exhibit.text(UiKey.MAP_PLAY, "en"));
    }

    private String title(String eventId, String language) {
        return exhibit.timeline().events().stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow()
                .title().in(language);
    }

    /** Presses the scrubber's thumb and drags it to the tick of day {@code index}. */
    private void dragScrubberTo(int index) {
        Component scrubber = kiosk.find("map.scrubber");
        Point from = GuiActionRunner.execute(() -> thumbOf(scrubber));
        Point to = GuiActionRunner.execute(() -> tickOf(scrubber, index));
        kiosk.robot().pressMouse(scrubber, from, MouseButton.LEFT_BUTTON);
        kiosk.robot().moveMouse(scrubber, new Point((from.x + to.x) / 2, (from.y + to.y) / 2));
        kiosk.robot().moveMouse(scrubber, to);
        kiosk.robot().releaseMouse(MouseButton.LEFT_BUTTON);
    }

    private void waitForDate(String expected) {
        kiosk.waitUntil("the map shows " + expected, () -> expected.equals(kiosk.text("map.date")), 10_000);
    }

    /** The map is drawn off the EDT: waits until the day's map is on screen, for the screenshot. */
    private void waitForMap() {
        kiosk.waitUntil("the map of the day drawn",
                () -> GuiActionRunner.execute(() -> ((MapScreen) kiosk.find("screen.map")).isMapDrawn()), 10_000);
        kiosk.robot().waitForIdle();
    }

    private static Point thumbOf(Component scrubber) {
        MapScreen screen = (MapScreen) javax.swing.SwingUtilities.getAncestorOfClass(MapScreen.class, scrubber);
        return tickOf(scrubber, screen.days().indexOf(screen.day()));
    }

    private static Point tickOf(Component scrubber, int index) {
        MapScreen screen = (MapScreen) javax.swing.SwingUtilities.getAncestorOfClass(MapScreen.class, scrubber);
        java.awt.geom.Point2D tick = screen.tick(index);
        return new Point((int) Math.round(tick.getX()), (int) Math.round(tick.getY()));
    }

    private static Component find(java.awt.Container in, String name) {
        for (Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof java.awt.Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Ticks when the test says so. */
    private static final class ManualTicker implements MapScreen.Ticker {
        private Runnable onTick;

        @Override
        public void start(Runnable onTick) {
            this.onTick = onTick;
        }

        @Override
        public void stop() {
            onTick = null;
        }

        @Override
        public boolean isRunning() {
            return onTick != null;
        }

        void tick() {
            if (onTick != null) {
                onTick.run();
            }
        }
    }

    private static final class NoActions implements VisitorActions {
        @Override
        public void chooseLanguage(String language) {
        }

        @Override
        public void go(Place place) {
        }

        @Override
        public void turnPage(int delta) {
        }

        @Override
        public void acknowledgeContentNote() {
        }

        @Override
        public void declineContentNote() {
        }
    }
}
