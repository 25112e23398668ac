package org.exhibitkiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.exhibitkiosk.app.Kiosk;
import org.exhibitkiosk.print.CupsPrinter;
import org.exhibitkiosk.shell.KioskController;
import org.exhibitkiosk.ui.GestureSurface;
import org.exhibitkiosk.ui.TextBlock;

/** The kiosk started in this JVM, as a visitor meets it, with a robot to touch it. */
public final class RunningKiosk implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Kiosk kiosk;
    private final Robot robot;
    private final FrameFixture window;
    /** Exit statuses the kiosk asked for: a test never ends the JVM. */
    private final List<Integer> exits;

    private RunningKiosk(Kiosk kiosk, Robot robot, FrameFixture window, List<Integer> exits) {
        this.kiosk = kiosk;
        this.robot = robot;
        this.window = window;
        this.exits = exits;
    }

    /**
     * Starts the kiosk (fullscreen when {@code windowSize} is null, else in a window of that size)
     * and wakes it from its attract loop or "closed" screen: it returns at the welcome screen.
     */
    public static RunningKiosk start(Path content, Path config, Dimension windowSize) {
        RunningKiosk kiosk = startAsleep(content, config, windowSize, Clock.systemUTC(), null);
        if (kiosk.isShowing("screen.unavailable")) {
            return kiosk;
        }
        String asleep = kiosk.isShowing("screen.attract") ? "screen.attract" : "screen.closed";
        kiosk.waitFor(asleep);
        kiosk.click(asleep);
        kiosk.waitFor("screen.welcome");
        return kiosk;
    }

    /** Starts the kiosk on a clock, as it starts: in its attract loop (or "closed"). */
    public static RunningKiosk startAsleep(Path content, Path config, Dimension windowSize, Clock clock,
                                           Integer idleSeconds) {
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        List<Integer> exits = new CopyOnWriteArrayList<>();
        Kiosk started;
        try {
            started = Kiosk.start(new Kiosk.Options(content, config, windowSize != null, false, idleSeconds,
                    windowSize), clock, exits::add, CupsPrinter::local);
            started.shown().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            robot.cleanUp();
            throw new AssertionError("the kiosk did not open within 30 s: " + e, e);
        }
        FrameFixture window = new FrameFixture(robot, started.frame());
        RunningKiosk kiosk = new RunningKiosk(started, robot, window, exits);
        Pause.pause(new Condition("the kiosk is up") {
            @Override
            public boolean test() {
                return kiosk.isShowing("screen.attract") || kiosk.isShowing("screen.closed")
                        || kiosk.isShowing("screen.unavailable");
            }
        }, Timeout.timeout(30_000));
        return kiosk;
    }

    /** The controller of the kiosk's day (attract, session, staff). */
    public KioskController controller() {
        return kiosk.controller();
    }

    /** The running kiosk, with its parts. */
    public Kiosk kiosk() {
        return kiosk;
    }

    /** The exit statuses the kiosk asked for so far (staff leaving, a frozen event thread). */
    public List<Integer> exitsAsked() {
        return List.copyOf(exits);
    }

    /** Runs the controller's clock step on the EDT, as its timer would. */
    public void tick() {
        GuiActionRunner.execute(() -> controller().tick());
        robot.waitForIdle();
    }

    public FrameFixture window() {
        return window;
    }

    public Robot robot() {
        return robot;
    }

    /** Waits until a component of that name is on screen and every slide has finished. */
    public void waitFor(String name) {
        Pause.pause(new Condition("screen " + name + " on screen, still") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> {
                    Component found = find(name);
                    return found != null && found.isShowing() && !animating();
                });
            }
        }, Timeout.timeout(10_000));
        robot.waitForIdle();
    }

    public boolean isShowing(String name) {
        return GuiActionRunner.execute(() -> {
            Component found = find(name);
            return found != null && found.isShowing();
        });
    }

    /** A component of the frame by name, on the EDT; null when there is none showing. */
    public Component find(String name) {
        return GuiActionRunner.execute(() -> findIn(window.target(), c -> name.equals(c.getName()) && c.isShowing()));
    }

    private boolean animating() {
        Component overlay = findIn(window.target(), c -> "kiosk.transition".equals(c.getName()));
        return overlay != null && overlay.isVisible();
    }

    /** A tap in the middle of any component by name (screens that are not buttons). */
    public void click(String name) {
        Component component = find(name);
        assertThat(component).as("component '%s' on screen", name).isNotNull();
        robot.click(component);
    }

    public void tap(String name) {
        window.button(name).click();
    }

    /** The text of a text block by name. */
    public String text(String name) {
        Component found = find(name);
        assertThat(found).as("text block '%s' on screen", name).isInstanceOf(TextBlock.class);
        return GuiActionRunner.execute(() -> ((TextBlock) found).getText());
    }

    /** Every text block showing now, on the EDT. */
    public List<TextBlock> visibleTexts() {
        return GuiActionRunner.execute(() -> {
            List<TextBlock> found = new ArrayList<>();
            collect(window.target(), found);
            return found;
        });
    }

    /**
     * Problems of layout a visitor would see: text outside the window, or cut off by its own box.
     * Text inside a scrolling surface may run below the window, but not off its sides.
     */
    public List<String> layoutProblems() {
        return GuiActionRunner.execute(() -> {
            List<String> problems = new ArrayList<>();
            Container content = ((javax.swing.JFrame) window.target()).getContentPane();
            Rectangle windowArea = new Rectangle(0, 0, content.getWidth(), content.getHeight());
            List<TextBlock> texts = new ArrayList<>();
            collect(content, texts);
            for (TextBlock text : texts) {
                Rectangle bounds = SwingUtilities.convertRectangle(text.getParent(), text.getBounds(), content);
                GestureSurface surface = (GestureSurface) SwingUtilities.getAncestorOfClass(GestureSurface.class, text);
                boolean horizontallyInside = bounds.x >= 0 && bounds.x + bounds.width <= windowArea.width;
                boolean inside = surface != null ? horizontallyInside : windowArea.contains(bounds);
                if (!inside) {
                    problems.add("'" + abbreviate(text.getText()) + "' (" + text.getName() + ") lies outside the window at "
                            + bounds);
                }
                if (!text.fitsItsBounds()) {
                    problems.add("'" + abbreviate(text.getText()) + "' (" + text.getName() + ") is cut off: needs "
                            + text.heightForWidth(text.getWidth()) + " px, has " + text.getHeight());
                }
            }
            return problems;
        });
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static void collect(Container container, List<TextBlock> into) {
        for (Component child : container.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            if (child instanceof TextBlock text && !text.getText().isBlank()) {
                into.add(text);
            }
            if (child instanceof Container inner) {
                collect(inner, into);
            }
        }
    }

    private static Component findIn(Container container, Predicate<Component> test) {
        for (Component child : container.getComponents()) {
            if (test.test(child)) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = findIn(inner, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Saves what the kiosk shows now as target/screenshots/NAME.png, for people to look at. The
     * window paints itself into an image on the EDT: no screen capture, so no wait on the X server.
     */
    public void screenshot(String name) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            java.awt.image.BufferedImage image = GuiActionRunner.execute(() -> {
                javax.swing.JRootPane root = ((javax.swing.JFrame) window.target()).getRootPane();
                java.awt.image.BufferedImage shot = new java.awt.image.BufferedImage(Math.max(1, root.getWidth()),
                        Math.max(1, root.getHeight()), java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = shot.createGraphics();
                try {
                    root.paint(g);
                } finally {
                    g.dispose();
                }
                return shot;
            });
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            assertThat(new File(file.toString())).exists();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            window.cleanUp();
        } finally {
            kiosk.close();
        }
    }
}
