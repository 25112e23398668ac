package org.exhibitkiosk.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.Panel;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.map.MapProjection;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The map screen as a visitor meets it from a panel and on every kiosk's screen: a panel's map
 * button opens the map on the panel's own day and the map leads back to the panel; at 1920x1080,
 * 1080x1920 and 1280x800, in every language and text size, every control and every day of the
 * timeline is a full touch target (80 design pixels, never under 48), the day numbers stand apart,
 * nothing of the screen is cut off at its edges, and the first view frames the day's action.
 * Pictures of each go to target/screenshots/map-screen/ for review.
 */
@org.junit.jupiter.api.Timeout(value = 300, threadMode = ThreadMode.SEPARATE_THREAD)
class MapScreenGuiIT {

    private static final Path SHOTS = Path.of("target", "screenshots", "map-screen");
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

    @Test
    void aPanelsMapButtonOpensItsOwnDayAndTheMapLeadsBackToThePanel() {
        Section operations = exhibit.section("operations").orElseThrow();
        int page = indexOf(operations, "operations-passes");
        Panel panel = operations.panels().get(page);
        assertThat(panel.mapDate()).isEqualTo(LocalDate.of(1919, 11, 6));

        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG, null);
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language.en");
        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile.operations");
        for (int i = 0; i < page; i++) {
            kiosk.waitFor("reader.next");
            String before = kiosk.text("reader.heading");
            kiosk.tap("reader.next");
            waitUntil("the next page", () -> !before.equals(kiosk.text("reader.heading")));
        }
        assertThat(kiosk.text("reader.heading")).isEqualTo(panel.heading().in("en"));
        kiosk.tap("reader.map");
        kiosk.waitFor("screen.map");
        assertThat(kiosk.text("map.date")).isEqualTo(exhibit.map().texts().day(panel.mapDate(), "en"));

        kiosk.tap("map.back");
        kiosk.waitFor("screen.reader");
        assertThat(kiosk.text("reader.heading")).as("back on the panel the map was opened from")
                .isEqualTo(panel.heading().in("en"));
    }

    @Test
    void fromHomeTheMapOpensOnItsFirstDayWithNoBackButton() {
        MapScreen screen = build(new Dimension(1920, 1080), "en", 0, null, null);
        assertThat(GuiActionRunner.execute(screen::day)).isEqualTo(exhibit.map().days().get(0));
        assertThat(GuiActionRunner.execute(() -> find(screen, "map.back"))).isNull();
    }

    static Stream<Arguments> sizesLanguagesAndSteps() {
        List<Arguments> cases = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(1920, 1080), new Dimension(1080, 1920), new Dimension(1280, 800))) {
            for (String language : List.of("en", "az", "hy")) {
                for (int step = 0; step < Metrics.textSteps(); step++) {
                    cases.add(Arguments.of(size.width + "x" + size.height, language, step));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} text step {2}")
    @MethodSource("sizesLanguagesAndSteps")
    void everyTargetIsLargeEnoughAndNothingRunsTogetherOrIsCutOff(String size, String language, int step)
            throws IOException {
        String[] wh = size.split("x");
        Dimension screenSize = new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        Section operations = exhibit.section("operations").orElseThrow();
        LocalDate sixth = LocalDate.of(1919, 11, 6);
        MapScreen screen = build(screenSize, language, step, sixth,
                new Place.Reading("operations", indexOf(operations, "operations-passes")));
        Metrics metrics = Metrics.of(screenSize, 0, step);
        int target = Math.max(48, metrics.px(80));

        GuiActionRunner.execute(() -> {
            Rectangle whole = new Rectangle(0, 0, screen.getWidth(), screen.getHeight());
            for (JButton button : buttons(screen)) {
                Rectangle bounds = SwingUtilities.convertRectangle(button.getParent(), button.getBounds(), screen);
                assertThat(bounds.width).as("%s wide", button.getName()).isGreaterThanOrEqualTo(target);
                assertThat(bounds.height).as("%s tall", button.getName()).isGreaterThanOrEqualTo(target);
                assertThat(whole.contains(bounds)).as("%s inside the screen: %s", button.getName(), bounds).isTrue();
            }
            DayScrubber scrubber = (DayScrubber) find(screen, "map.scrubber");
            Rectangle bounds = SwingUtilities.convertRectangle(scrubber.getParent(), scrubber.getBounds(), screen);
            assertThat(whole.contains(bounds)).as("the timeline inside the screen: %s", bounds).isTrue();
            assertThat(scrubber.getHeight()).as("the timeline's rows all shown")
                    .isGreaterThanOrEqualTo(scrubber.rowsFor(scrubber.getWidth()) * scrubber.rowHeight());
            assertThat(scrubber.rowHeight()).isGreaterThanOrEqualTo(target);
            List<LocalDate> days = screen.days();
            for (int i = 0; i < days.size(); i++) {
                Point2D tick = scrubber.tick(i);
                assertThat(tick.getX() - target / 2.0).as("day %s inside the timeline", days.get(i))
                        .isGreaterThanOrEqualTo(-0.5);
                assertThat(tick.getX() + target / 2.0).isLessThanOrEqualTo(scrubber.getWidth() + 0.5);
                for (int j = 0; j < i; j++) {
                    Point2D other = scrubber.tick(j);
                    boolean sameRow = Math.abs(other.getY() - tick.getY()) < 1;
                    if (sameRow) {
                        assertThat(Math.abs(tick.getX() - other.getX())).as("days %s and %s apart", days.get(j),
                                days.get(i)).isGreaterThanOrEqualTo(target - 0.5);
                    }
                }
            }
        });
        BufferedImage picture = picture(screen);
        if (step != 1) {
            Path file = SHOTS.resolve(size + "-" + language + "-step" + step + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(picture, "png", file.toFile());
        }
        MapProjection view = GuiActionRunner.execute(() -> ((MapView) find(screen, "map.view")).projection());
        assertThat(view.zoom()).as("the first view frames the day's action, not always the whole map")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theLegendFoldsAndUnfolds() {
        MapScreen screen = build(new Dimension(1920, 1080), "az", 0, null, null);
        MapView view = GuiActionRunner.execute(() -> (MapView) find(screen, "map.view"));
        assertThat(GuiActionRunner.execute(view::isLegendOpen)).isTrue();
        String hide = exhibit.map().texts().hideLegend().in("az");
        String show = exhibit.map().texts().showLegend().in("az");
        org.exhibitkiosk.ui.TouchButton legend = GuiActionRunner.execute(() ->
                (org.exhibitkiosk.ui.TouchButton) find(screen, "map.legend"));
        assertThat(GuiActionRunner.execute(legend::labelText)).isEqualTo(hide);
        GuiActionRunner.execute(() -> legend.doClick());
        assertThat(GuiActionRunner.execute(view::isLegendOpen)).isFalse();
        assertThat(GuiActionRunner.execute(legend::labelText)).isEqualTo(show);
        picture(screen);
        GuiActionRunner.execute(() -> legend.doClick());
        assertThat(GuiActionRunner.execute(view::isLegendOpen)).isTrue();
    }

    private MapScreen build(Dimension size, String language, int step, LocalDate day, Place back) {
        return GuiActionRunner.execute(() -> {
            Theme.install();
            Metrics metrics = Metrics.of(size, 0, step);
            ScreenContext ctx = new ScreenContext(exhibit, config.languages(), language, null, metrics,
                    new NoActions());
            MapScreen built = new MapScreen(ctx, new ManualTicker(), error -> {
                throw new AssertionError("the map could not be drawn", error);
            }, day, back);
            frame = new JFrame("map");
            frame.setUndecorated(true);
            frame.setContentPane(built);
            frame.setSize(size);
            frame.addNotify();
            frame.validate();
            return built;
        });
    }

    /** Paints the screen into a picture once its map is drawn (off the EDT) and its layout settled. */
    private static BufferedImage picture(MapScreen screen) {
        BufferedImage image = GuiActionRunner.execute(() -> new BufferedImage(screen.getWidth(), screen.getHeight(),
                BufferedImage.TYPE_INT_RGB));
        Pause.pause(new Condition("the map drawn") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> {
                    screen.getRootPane().validate();
                    Graphics2D g = image.createGraphics();
                    screen.paint(g);
                    g.dispose();
                    return screen.isMapDrawn();
                });
            }
        }, Timeout.timeout(30_000));
        GuiActionRunner.execute(() -> {
            screen.getRootPane().validate();
            Graphics2D g = image.createGraphics();
            screen.paint(g);
            g.dispose();
        });
        return image;
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }
        }, Timeout.timeout(10_000));
    }

    private static int indexOf(Section section, String panelId) {
        for (int i = 0; i < section.panels().size(); i++) {
            if (section.panels().get(i).id().equals(panelId)) {
                return i;
            }
        }
        throw new AssertionError("no panel " + panelId);
    }

    private static List<JButton> buttons(Container in) {
        List<JButton> found = new ArrayList<>();
        for (Component child : in.getComponents()) {
            if (child instanceof JButton button && button.isVisible()) {
                found.add(button);
            } else if (child instanceof Container inner) {
                found.addAll(buttons(inner));
            }
        }
        return found;
    }

    private static Component find(Container in, String name) {
        for (Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static final class ManualTicker implements MapScreen.Ticker {
        private boolean running;

        @Override
        public void start(Runnable onTick) {
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
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
