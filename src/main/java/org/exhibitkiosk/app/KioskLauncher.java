package org.exhibitkiosk.app;

import java.awt.AWTError;
import java.awt.Dimension;
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
import org.exhibitkiosk.admin.StaffPanelScreen;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.FolderWatcher;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.ops.CrashGuard;
import org.exhibitkiosk.ops.EdtWatchdog;
import org.exhibitkiosk.ops.Health;
import org.exhibitkiosk.ops.LastGoodCopy;
import org.exhibitkiosk.ops.Logs;
import org.exhibitkiosk.ops.SystemdNotify;
import org.exhibitkiosk.ops.VisitStats;
import org.exhibitkiosk.print.CupsPrinter;
import org.exhibitkiosk.print.HandoutBatch;
import org.exhibitkiosk.print.PdfFonts;
import org.exhibitkiosk.print.QueueState;
import org.exhibitkiosk.print.SummaryDocument;
import org.exhibitkiosk.print.SummaryDayMap;
import org.exhibitkiosk.print.SummaryPrinting;
import org.exhibitkiosk.screens.UnavailableScreen;
import org.exhibitkiosk.shell.KioskController;
import org.exhibitkiosk.shell.KioskFrame;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the kiosk's window and wires what keeps it running: content is read off the EDT while
 * the look and the frame are set up on it; broken files fall back to the last good copy; changed
 * files are read again and swapped in at a safe moment; a crash guard and an EDT watchdog stand by.
 * With {@code --smoke}, reports the first frame's time and exits.
 */
public final class KioskLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(KioskLauncher.class);
    private static final AtomicBoolean RUNNING = new AtomicBoolean();
    private static final Duration SMOKE_LIMIT = Duration.ofSeconds(60);
    /** Files must be quiet this long after a save before they are read again. */
    private static final long QUIET_MILLIS = 1500;

    /**
     * How to start.
     *
     * @param content     the content folder
     * @param config      the config folder
     * @param windowed    a window rather than fullscreen
     * @param smoke       paint the first screen, report, exit
     * @param idleSeconds overrides the configured idle time; null keeps it
     * @param windowSize  the window's size with --windowed; null for a large centred window
     * @param state       the kiosk's own folder: last good content, statistics, status
     */
    public record Options(Path content, Path config, boolean windowed, boolean smoke, Integer idleSeconds,
                          Dimension windowSize, Path state) {

        public Options(Path content, Path config, boolean windowed, boolean smoke, Integer idleSeconds,
                       Dimension windowSize) {
            this(content, config, windowed, smoke, idleSeconds, windowSize,
                    content.toAbsolutePath().getParent().resolve("kiosk-state"));
        }
    }

    /** What the start found: the files as read, and whether they are the last good copy. */
    private record Startup(KioskFiles.Outcome outcome, KioskFiles.Outcome original, boolean fromCache) {
    }

    private KioskLauncher() {
    }

    /** Whether a kiosk window was started in this JVM (main then leaves the JVM to the EDT). */
    public static boolean isRunning() {
        return RUNNING.get();
    }

    /** Starts the kiosk; returns once the window is up, or with FAILED and a one-line reason. */
    public static int launch(Options options) {
        return launch(options, Clock.systemUTC());
    }

    /** Starts the kiosk on a given clock (tests drive time-driven behaviour with a fake one). */
    public static int launch(Options options, Clock clock) {
        // Must be set before the first AWT class loads: on Linux without a desktop, Java 2D
        // otherwise draws text without antialiasing.
        System.setProperty("awt.useSystemAAFontSettings", "on");
        System.setProperty("swing.aatext", "true");
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("kiosk: no display to show the kiosk on (DISPLAY is not set); start it from the"
                    + " kiosk's desktop session, or under Xvfb for tests");
            return Main.FAILED;
        }
        KioskFiles files = new KioskFiles(new StrictMapper());
        LastGoodCopy lastGood = new LastGoodCopy(options.state());
        CompletableFuture<Startup> loading = CompletableFuture.supplyAsync(
                () -> read(files, lastGood, options), Threads.ON_LOADER);

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
        CrashGuard guard = options.smoke() ? null : CrashGuard.install();
        CompletableFuture<Void> shown = loading
                .thenAcceptAsync(startup -> show(frame.get(), startup, options, clock, files, lastGood, guard),
                        Threads.ON_EDT)
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

    /** Reads the files; when they have problems, the last copy that read clean. Off the EDT. */
    private static Startup read(KioskFiles files, LastGoodCopy lastGood, Options options) {
        KioskFiles.Outcome outcome = files.load(options.content(), options.config());
        outcome.problems().forEach(problem -> LOG.warn("{}", problem));
        if (outcome.isClean()) {
            if (!options.smoke()) {
                lastGood.save(options.content(), options.config());
            }
            return new Startup(outcome, outcome, false);
        }
        if (lastGood.exists()) {
            KioskFiles.Outcome cached = files.load(lastGood.content(), lastGood.config());
            if (cached.isClean()) {
                LOG.warn("{} problem(s) in the files; showing the last good copy from {}", outcome.problems().size(),
                        lastGood.content().getParent());
                return new Startup(cached, outcome, true);
            }
        }
        return new Startup(outcome, outcome, false);
    }

    private static void show(KioskFrame frame, Startup startup, Options options, Clock clock, KioskFiles files,
                             LastGoodCopy lastGood, CrashGuard guard) {
        Threads.assertEdt();
        KioskFiles.Outcome outcome = startup.outcome();
        if (outcome.exhibit().isPresent() && outcome.config().config().isPresent()) {
            Exhibit exhibit = outcome.exhibit().get();
            KioskConfig config = outcome.config().config().get();
            frame.setTitle(exhibit.info().title().in(config.languageCodes().get(0)));
            KioskController controller = new KioskController(frame, exhibit, config,
                    outcome.config().pin().orElse(null), clock,
                    options.idleSeconds() == null ? null : Duration.ofSeconds(options.idleSeconds()),
                    new Services(options, files, lastGood, printDesk(config, clock)));
            if (!options.smoke()) {
                controller.setEvents(new VisitStats(options.state(), clock, config.timeZone()));
            }
            controller.start();
            frame.getRootPane().putClientProperty(KioskController.class, controller);
            if (startup.fromCache()) {
                controller.reportProblems(lines(startup.original().problems()));
            }
            if (!options.smoke()) {
                Path logs = options.config().resolve(config.logs().folder()).normalize();
                CompletableFuture.runAsync(() -> Logs.writeTo(logs), Threads.ON_LOADER);
                if (guard != null) {
                    guard.onRecover(controller::resetSession);
                }
                EdtWatchdog watchdog = new EdtWatchdog(new SystemdNotify(), System::exit);
                watchdog.start();
                frame.getRootPane().putClientProperty(EdtWatchdog.class, watchdog);
                frame.getRootPane().putClientProperty(CrashGuard.class, guard);
                Health health = new Health(options.state(), () -> snapshotOf(controller), guard, watchdog);
                health.start(config.health().httpPort());
                FolderWatcher watcher = watch(controller, options, files, lastGood);
                frame.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        watchdog.stop();
                        health.close();
                        if (watcher != null) {
                            watcher.close();
                        }
                    }
                });
            }
        } else {
            LOG.error("{} problem(s) in content or config, and no good copy to fall back on; showing the"
                    + " 'temporarily unavailable' screen", outcome.problems().size());
            frame.showScreen(unavailableScreen(outcome));
        }
        frame.open();
    }

    /** The kiosk's state for the health report, asked of the EDT with a time limit. */
    private static Health.Snapshot snapshotOf(KioskController controller) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                KioskController.ReloadStatus reload = controller.lastReload();
                return new Health.Snapshot(reload.contentVersion(), reload.clean(), reload.problems().size(),
                        reload.at(), "unknown", controller.mode().name().toLowerCase(java.util.Locale.ROOT));
            }, Threads.ON_EDT).get(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            return new Health.Snapshot("unknown", false, 0, null, "unknown", "event-thread-stalled");
        }
    }

    /** Reads changed files again, off the EDT, and offers them to the controller. */
    private static FolderWatcher watch(KioskController controller, Options options, KioskFiles files,
                                       LastGoodCopy lastGood) {
        try {
            return new FolderWatcher(List.of(options.content(), options.config()), QUIET_MILLIS,
                    () -> reload(controller, options, files, lastGood));
        } catch (IOException e) {
            LOG.warn("content changes cannot be watched ({}); use the staff panel's Reload", e.getMessage());
            return null;
        }
    }

    static CompletableFuture<KioskFiles.Outcome> reload(KioskController controller, Options options, KioskFiles files,
                                                        LastGoodCopy lastGood) {
        return CompletableFuture.supplyAsync(() -> {
            KioskFiles.Outcome outcome = files.load(options.content(), options.config());
            if (outcome.isClean()) {
                lastGood.save(options.content(), options.config());
            } else {
                LOG.warn("the changed files have {} problem(s); the last good content stays on screen",
                        outcome.problems().size());
                outcome.problems().forEach(problem -> LOG.warn("{}", problem));
            }
            return outcome;
        }, Threads.ON_LOADER).thenApplyAsync(outcome -> {
            if (outcome.isClean()) {
                controller.offer(outcome.exhibit().orElseThrow(), outcome.config().config().orElseThrow(),
                        outcome.config().pin().orElse(null));
            } else {
                controller.reportProblems(lines(outcome.problems()));
            }
            return outcome;
        }, Threads.ON_EDT);
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    /** What the staff panel needs from the application: reloading, versions, leaving. */
    private record Services(Options options, KioskFiles files, LastGoodCopy lastGood, SummaryPrinting printing)
            implements KioskController.Services {
        @Override
        public StaffPanelScreen.Actions staffActions(KioskController controller) {
            return new StaffPanelScreen.Actions() {
                @Override
                public CompletableFuture<StaffPanelScreen.Reload> reload() {
                    return KioskLauncher.reload(controller, options, files, lastGood)
                            .thenApply(outcome -> new StaffPanelScreen.Reload(outcome.exhibit().orElse(null),
                                    outcome.problems()));
                }

                @Override
                public void useExhibit(Exhibit exhibit) {
                    controller.applyPending();
                }

                @Override
                public void leaveKioskMode() {
                    LOG.info("staff left kiosk mode");
                    System.exit(Main.LEFT_KIOSK_MODE);
                }

                @Override
                public void startCleaning() {
                    controller.backToVisitors();
                    controller.startCleaning();
                }

                @Override
                public void logOut() {
                    LOG.info("staff logged out");
                    controller.backToVisitors();
                }

                @Override
                public CompletableFuture<org.exhibitkiosk.ops.StatsReport> visits() {
                    return CompletableFuture.supplyAsync(() -> {
                        java.time.LocalDate today = java.time.LocalDate.now(
                                printing.clock().withZone(printing.config().timeZone()));
                        return org.exhibitkiosk.ops.StatsReport.read(options.state().resolve("stats"),
                                today.minusDays(13), today);
                    }, Threads.ON_LOADER);
                }

                @Override
                public CompletableFuture<String> printerState() {
                    return printing.checkQueue().thenApply(QueueState::message);
                }

                @Override
                public List<KioskConfig.Language> handoutLanguages() {
                    return printing.config().languages();
                }

                @Override
                public CompletableFuture<String> printHandouts(String language, int copies,
                                                               java.util.function.Consumer<String> progress) {
                    Exhibit exhibit = controller.visitor().exhibit();
                    return printing.checkQueue().thenCompose(state -> state.ready()
                            ? printing.printHandouts(exhibit, List.of(language), copies,
                                    copy -> progress.accept(copy.line())).thenApply(HandoutBatch.Report::summary)
                            : CompletableFuture.completedFuture(state.message() + "; nothing printed"));
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

    /** The print desk for the configured CUPS queue; the fonts are parsed once, on first print. */
    private static SummaryPrinting printDesk(KioskConfig config) {
        return new SummaryPrinting(config, new SummaryDocument(new PdfFonts(), new SummaryDayMap(SummaryDayMap.KEY_DAY)),
                CupsPrinter.local(config.printing().queue()), Clock.systemUTC(), Threads.ON_PRINTER);
    }

    /** The print desk for the configured CUPS queue; the fonts are parsed once, on first print. */
    private static SummaryPrinting printDesk(KioskConfig config, Clock clock) {
        return new SummaryPrinting(config, new SummaryDocument(new PdfFonts(), new SummaryDayMap(SummaryDayMap.KEY_DAY)),
                CupsPrinter.local(config.printing().queue()), clock, Threads.ON_PRINTER);
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
