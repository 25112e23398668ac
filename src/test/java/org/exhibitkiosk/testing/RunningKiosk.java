package org.exhibitkiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.lock.ScreenLock;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.exhibitkiosk.app.Kiosk;
import org.exhibitkiosk.ops.ScreenPower;
import org.exhibitkiosk.print.CupsPrinter;
import org.exhibitkiosk.shell.KioskController;
import org.exhibitkiosk.ui.GestureSurface;
import org.exhibitkiosk.ui.TextBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk started in this JVM, as a visitor meets it, with a robot to touch it. It holds AssertJ
 * Swing's screen lock from its start to its {@link #close}, and gives it back on every path: a
 * start that fails, a close that fails or hangs. A wait that times out says what the screen showed.
 */
public final class RunningKiosk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningKiosk.class);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern SCREEN_NAMES = Pattern.compile("screen\\..+|.+\\.overlay|staff\\.panel|staff\\.pin-pad");
    private static final long CLOSE_LIMIT_SECONDS = 30;
    private static final long LOCK_WAIT_SECONDS = 30;

    /** The screen lock's owner (compared by identity): says which test's kiosk holds it. */
    private static final class LockOwner {
        private final String startedBy;

        LockOwner(String startedBy) {
            this.startedBy = startedBy;
        }

        @Override
        public String toString() {
            return "the kiosk started by " + startedBy;
        }
    }

    private final Kiosk kiosk;
    private final Robot robot;
    private final FrameFixture window;
    /** Exit statuses the kiosk asked for: a test never ends the JVM. */
    private final List<Integer> exits;
    private final Resources resources;

    /**
     * What a kiosk under test holds and must give back: the screen lock (held with an owner of our
     * own, so it can be released even when the robot cannot clean up), the robot, the kiosk and a
     * state folder of its own. {@link #release} frees whatever was taken, once.
     */
    private static final class Resources {
        private final Object lockOwner = new LockOwner(startedBy());
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile Robot robot;
        private volatile Kiosk kiosk;
        private volatile Path temporaryState;

        /**
         * Takes the screen lock; when a kiosk that was never closed holds it, fails after a while
         * and names the test that started that kiosk, instead of waiting for ever.
         */
        Resources() {
            ScreenLock lock = ScreenLock.instance();
            try {
                Pause.pause(new Condition("the screen lock to be free") {
                    @Override
                    public boolean test() {
                        return !lock.acquired();
                    }

                    @Override
                    protected String descriptionAddendum() {
                        return "; it is held by " + lock.getOwner() + ", which was never closed";
                    }
                }, Timeout.timeout(TimeUnit.SECONDS.toMillis(LOCK_WAIT_SECONDS)));
            } catch (WaitTimedOutError e) {
                throw new AssertionError(e.getMessage(), e);
            }
            lock.acquire(lockOwner);
        }

        /** The test method that starts this kiosk: the first caller outside this class. */
        private static String startedBy() {
            return StackWalker.getInstance().walk(frames -> frames
                    .filter(frame -> !frame.getClassName().startsWith(RunningKiosk.class.getName()))
                    .findFirst()
                    .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                    .orElse("?"));
        }

        void release() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            try {
                closeWithin(CLOSE_LIMIT_SECONDS);
            } finally {
                if (ScreenLock.instance().acquiredBy(lockOwner)) {
                    ScreenLock.instance().release(lockOwner);
                }
                deleteState();
            }
        }

        /** The robot's clean-up (it disposes the windows on the EDT), then the kiosk's close, in time. */
        private void closeWithin(long seconds) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread closer = new Thread(() -> {
                try {
                    if (robot != null) {
                        robot.cleanUp();
                    }
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                } finally {
                    try {
                        if (kiosk != null) {
                            kiosk.close();
                        }
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }, "running-kiosk-close");
            closer.setDaemon(true);
            closer.start();
            try {
                closer.join(TimeUnit.SECONDS.toMillis(seconds));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (closer.isAlive()) {
                throw new AssertionError("the kiosk did not close within " + seconds + " s (the event thread may be"
                        + " frozen); the screen lock is released anyway");
            }
            if (failure.get() instanceof RuntimeException e) {
                throw e;
            }
            if (failure.get() instanceof Error e) {
                throw e;
            }
        }

        private void deleteState() {
            Path state = temporaryState;
            if (state == null) {
                return;
            }
            try (Stream<Path> paths = Files.walk(state)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                LOG.warn("the kiosk's temporary state folder {} could not be deleted: {}", state, e.toString());
            }
        }
    }

    private RunningKiosk(Kiosk kiosk, Robot robot, FrameFixture window, List<Integer> exits, Resources resources) {
        this.kiosk = kiosk;
        this.robot = robot;
        this.window = window;
        this.exits = exits;
        this.resources = resources;
    }

    /**
     * Starts the kiosk (fullscreen when {@code windowSize} is null, else in a window of that size)
     * and wakes it from its attract loop or "closed" screen: it returns at the welcome screen.
     */
    public static RunningKiosk start(Path content, Path config, Dimension windowSize) {
        RunningKiosk kiosk = startAsleep(content, config, windowSize, Clock.systemUTC(), null);
        try {
            if (kiosk.isShowing("screen.unavailable")) {
                return kiosk;
            }
            String asleep = kiosk.isShowing("screen.attract") ? "screen.attract" : "screen.closed";
            kiosk.waitFor(asleep);
            kiosk.click(asleep);
            kiosk.waitFor("screen.welcome");
            return kiosk;
        } catch (RuntimeException | Error e) {
            closeAfterFailure(kiosk.resources, e);
            throw e;
        }
    }

    /**
     * Starts the kiosk on a clock, as it starts: in its attract loop (or "closed"). The shipped
     * exhibit gets a fresh state folder of its own (deleted on close); a copy of the fixtures
     * keeps it beside the content, so a test can start a second kiosk on the first one's state.
     */
    public static RunningKiosk startAsleep(Path content, Path config, Dimension windowSize, Clock clock,
                                           Integer idleSeconds) {
        return startAsleep(content, config, windowSize, clock, idleSeconds, ScreenPower.Commands.SYSTEM);
    }

    /** As {@link #startAsleep(Path, Path, Dimension, Clock, Integer)}, the screen's power through a fake. */
    public static RunningKiosk startAsleep(Path content, Path config, Dimension windowSize, Clock clock,
                                           Integer idleSeconds, ScreenPower.Commands screenCommands) {
        Resources resources = new Resources();
        try {
            Path state = content.toAbsolutePath().getParent().resolve("kiosk-state");
            if (content.toAbsolutePath().normalize().equals(TestFolders.SHIPPED_CONTENT.toAbsolutePath().normalize())) {
                resources.temporaryState = Files.createTempDirectory("kiosk-state-");
                state = resources.temporaryState;
            }
            Robot robot = BasicRobot.robotWithNewAwtHierarchyWithoutScreenLock();
            resources.robot = robot;
            robot.settings().delayBetweenEvents(10);
            List<Integer> exits = new CopyOnWriteArrayList<>();
            Kiosk started = Kiosk.start(new Kiosk.Options(content, config, windowSize != null, false, idleSeconds,
                    windowSize, state), clock, exits::add, CupsPrinter::local, screenCommands);
            resources.kiosk = started;
            try {
                started.shown().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("the kiosk did not open within 30 s; " + describe(started), e);
            }
            FrameFixture window = new FrameFixture(robot, started.frame());
            RunningKiosk kiosk = new RunningKiosk(started, robot, window, exits, resources);
            kiosk.waitUntil("the kiosk is up (attract loop, closed or unavailable)", () -> kiosk.isShowing("screen.attract")
                    || kiosk.isShowing("screen.closed") || kiosk.isShowing("screen.unavailable"), 30_000);
            return kiosk;
        } catch (Kiosk.CannotStart | IOException | ExecutionException e) {
            AssertionError failure = new AssertionError("the kiosk did not start: " + e, e);
            closeAfterFailure(resources, failure);
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            AssertionError failure = new AssertionError("interrupted while the kiosk opened", e);
            closeAfterFailure(resources, failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            closeAfterFailure(resources, e);
            throw e;
        }
    }

    /** Gives everything back after a failed start; a failure to do so is added to the first one. */
    private static void closeAfterFailure(Resources resources, Throwable first) {
        try {
            resources.release();
        } catch (RuntimeException | Error e) {
            first.addSuppressed(e);
        }
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
        waitUntil(name + " on screen, still", () -> GuiActionRunner.execute(() -> {
            Component found = find(name);
            return found != null && found.isShowing() && !animating();
        }), 10_000);
        robot.waitForIdle();
    }

    /**
     * Waits until {@code condition} holds; when it does not within {@code millis}, the failure
     * names what was awaited and what the screen showed then.
     */
    public void waitUntil(String what, BooleanSupplier condition, long millis) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }

            @Override
            protected String descriptionAddendum() {
                return "; " + describeScreen();
            }
        }, Timeout.timeout(millis));
    }

    /**
     * What the kiosk shows now, for failure messages: its mode, the screens and overlays showing,
     * whether a slide is under way, and the window's bounds. Asked of the EDT with a time limit.
     */
    public String describeScreen() {
        return describe(kiosk);
    }

    private static String describe(Kiosk kiosk) {
        CompletableFuture<String> description = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            try {
                description.complete(describeOnEdt(kiosk));
            } catch (RuntimeException e) {
                description.complete("the screen could not be described: " + e);
            }
        });
        try {
            return description.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return "the event thread did not answer within 2 s (frozen?)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while describing the screen";
        } catch (ExecutionException e) {
            return "the screen could not be described: " + e.getCause();
        }
    }

    private static String describeOnEdt(Kiosk kiosk) {
        Frame frame = kiosk.frame();
        if (frame == null) {
            return "the screen showed: no window yet";
        }
        String mode;
        try {
            mode = kiosk.controller().mode().name();
        } catch (IllegalStateException e) {
            mode = "none (" + e.getMessage() + ")";
        }
        List<String> showing = new ArrayList<>();
        collectNames(frame, showing);
        Component transition = findIn(frame, c -> "kiosk.transition".equals(c.getName()));
        boolean sliding = transition != null && transition.isVisible();
        Rectangle bounds = frame.getBounds();
        return "the screen showed: mode " + mode + ", " + (showing.isEmpty() ? "no named screen" : String.join(", ", showing))
                + (sliding ? ", a slide under way" : "") + "; window " + (frame.isShowing() ? "" : "(not showing) ")
                + bounds.width + "x" + bounds.height + " at " + bounds.x + "," + bounds.y;
    }

    private static void collectNames(Container container, List<String> into) {
        for (Component child : container.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            if (child.getName() != null && SCREEN_NAMES.matcher(child.getName()).matches()) {
                into.add(child.getName());
            }
            if (child instanceof Container inner) {
                collectNames(inner, into);
            }
        }
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

    /**
     * Releases the robot (its mouse buttons, its windows) and closes the kiosk, then gives back the
     * screen lock and deletes a temporary state folder: the lock even when closing failed or hung.
     * Only the first call does anything.
     */
    @Override
    public void close() {
        resources.release();
    }
}
