package org.exhibitkiosk.app;

import java.awt.AWTError;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.screens.UnavailableScreen;
import org.exhibitkiosk.admin.StaffPanelScreen;
import org.exhibitkiosk.shell.KioskController;
import org.exhibitkiosk.shell.KioskFrame;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the kiosk's window: reads content off the EDT while the look and the frame are set up on
 * it, then shows the first screen. With {@code --smoke}, reports the first frame's time and exits.
 */
public final class KioskLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(KioskLauncher.class);
    private static final AtomicBoolean RUNNING = new AtomicBoolean();
    private static final Duration SMOKE_LIMIT = Duration.ofSeconds(60);

    /**
     * How to start.
     *
     * @param content     the content folder
     * @param config      the config folder
     * @param windowed    a window rather than fullscreen
     * @param smoke       paint the first screen, report, exit
     * @param idleSeconds overrides the configured idle time; null keeps it
     * @param windowSize  the window's size with --windowed; null for a large centred window
     */
    public record Options(Path content, Path config, boolean windowed, boolean smoke, Integer idleSeconds,
                          java.awt.Dimension windowSize) {
    }

    private KioskLauncher() {
    }

    /** Whether a kiosk window was started in this JVM (main then leaves the JVM to the EDT). */
    public static boolean isRunning() {
        return RUNNING.get();
    }

    /** Starts the kiosk; returns once the window is up, or with FAILED and a one-line reason. */
    public static int launch(Options options) {
        // Must be set before the first AWT class loads: on Linux without a desktop, Java 2D
        // otherwise draws text without antialiasing.
        System.setProperty("awt.useSystemAAFontSettings", "on");
        System.setProperty("swing.aatext", "true");
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("kiosk: no display to show the kiosk on (DISPLAY is not set); start it from the"
                    + " kiosk's desktop session, or under Xvfb for tests");
            return Main.FAILED;
        }
        CompletableFuture<KioskFiles.Outcome> loading = CompletableFuture.supplyAsync(
                () -> new KioskFiles(new StrictMapper()).load(options.content(), options.config()), Threads.ON_LOADER);

        AtomicReference<KioskFrame> frame = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> {
                Theme.install();
                KioskFrame created = new KioskFrame("Exhibit kiosk", options.windowed(), options.windowSize());
                if (options.smoke()) {
                    created.whenFirstPainted(KioskLauncher::reportFirstFrame);
                }
                frame.set(created);
            });
        } catch (InvocationTargetException | InterruptedException | AWTError e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            System.err.println("kiosk: cannot open the display: " + Main.oneLine(cause));
            return Main.FAILED;
        }
        RUNNING.set(true);
        if (options.smoke()) {
            startSmokeLimit();
        }
        CompletableFuture<Void> shown = loading
                .thenAcceptAsync(outcome -> show(frame.get(), outcome, options), Threads.ON_EDT)
                .exceptionally(failure -> {
                    LOG.error("the kiosk could not start", failure);
                    System.err.println("kiosk: the kiosk could not start: " + Main.oneLine(failure));
                    System.exit(Main.FAILED);
                    return null;
                });
        // AWT ends the JVM (exit 0) once no window is displayable and its queue has been idle for a
        // second, as while the content loads on a slow or busy machine: hold the JVM until the
        // frame is open.
        Thread starting = new Thread(shown::join, "kiosk-starting");
        starting.setDaemon(false);
        starting.start();
        return Main.OK;
    }

    private static void show(KioskFrame frame, KioskFiles.Outcome outcome, Options options) {
        Threads.assertEdt();
        outcome.problems().forEach(problem -> System.err.println(problem));
        if (outcome.exhibit().isPresent() && outcome.config().config().isPresent()) {
            Exhibit exhibit = outcome.exhibit().get();
            KioskConfig config = outcome.config().config().get();
            frame.setTitle(exhibit.info().title().in(config.languageCodes().get(0)));
            KioskController controller = new KioskController(frame, exhibit, config,
                    outcome.config().pin().orElse(null), Clock.systemUTC(), new Services(options));
            controller.start();
        } else {
            LOG.error("{} problem(s) in content or config; showing the 'temporarily unavailable' screen",
                    outcome.problems().size());
            frame.showScreen(unavailableScreen(outcome));
        }
        frame.open();
    }

    /** What the staff panel needs from the application: reloading, versions, leaving. */
    private record Services(Options options) implements KioskController.Services {
        @Override
        public StaffPanelScreen.Actions staffActions(KioskController controller) {
            return new StaffPanelScreen.Actions() {
                @Override
                public CompletableFuture<StaffPanelScreen.Reload> reload() {
                    return CompletableFuture.supplyAsync(() -> {
                        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper())
                                .load(options.content(), options.config());
                        outcome.problems().forEach(problem -> System.err.println(problem));
                        return new StaffPanelScreen.Reload(outcome.exhibit().orElse(null), outcome.problems());
                    }, Threads.ON_LOADER);
                }

                @Override
                public void useExhibit(Exhibit exhibit) {
                    controller.visitor().replaceExhibit(exhibit);
                }

                @Override
                public void leaveKioskMode() {
                    LOG.info("staff left kiosk mode");
                    System.exit(Main.LEFT_KIOSK_MODE);
                }

                @Override
                public void logOut() {
                    LOG.info("staff logged out");
                    controller.backToVisitors();
                }
            };
        }

        @Override
        public String versions() {
            String version = KioskLauncher.class.getPackage().getImplementationVersion();
            return "Kiosk " + (version == null ? "(development build)" : version) + "\n"
                    + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                    + "Content folder " + options.content().toAbsolutePath().normalize() + "\n"
                    + "Config folder " + options.config().toAbsolutePath().normalize();
        }
    }

    private static JComponent unavailableScreen(KioskFiles.Outcome outcome) {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(
                KioskLauncher.class.getResourceAsStream("unavailable.properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException | NullPointerException e) {
            texts.setProperty("languages", "en");
            texts.setProperty("en.title", "This exhibit is temporarily unavailable");
            texts.setProperty("en.text", "Please ask a member of staff.");
        }
        List<UnavailableScreen.Message> messages = new ArrayList<>();
        for (String language : texts.getProperty("languages").split(",")) {
            messages.add(new UnavailableScreen.Message(language, texts.getProperty(language + ".title"),
                    texts.getProperty(language + ".text")));
        }
        FontStack title;
        FontStack text;
        if (outcome.exhibit().isPresent()) {
            title = outcome.exhibit().get().typefaces().stack(FontStyle.DISPLAY_BOLD).atSize(44f);
            text = outcome.exhibit().get().typefaces().stack(FontStyle.BODY).atSize(30f);
        } else {
            // The content (and so its fonts) could not be read: the system's logical fonts, which
            // have fallbacks of their own, are the best there is.
            title = new FontStack(List.of(new Font(Font.SANS_SERIF, Font.BOLD, 44)));
            text = new FontStack(List.of(new Font(Font.SANS_SERIF, Font.PLAIN, 30)));
        }
        return new UnavailableScreen(messages, title, text);
    }

    private static void reportFirstFrame() {
        Toolkit.getDefaultToolkit().sync();
        long elapsed = Duration.between(jvmStart(), Instant.now()).toMillis();
        System.out.println("first-frame-ms " + elapsed);
        System.out.flush();
        System.exit(Main.OK);
    }

    private static Instant jvmStart() {
        return ProcessHandle.current().info().startInstant().orElseGet(
                () -> Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    private static void startSmokeLimit() {
        Thread limit = Threads.named("smoke-limit").newThread(() -> {
            try {
                Thread.sleep(SMOKE_LIMIT.toMillis());
                System.err.println("kiosk: --smoke: no frame painted within " + SMOKE_LIMIT.toSeconds() + " s");
                System.exit(Main.FAILED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        limit.start();
    }
}
