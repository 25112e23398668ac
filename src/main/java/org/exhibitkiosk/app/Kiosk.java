package org.exhibitkiosk.app;

import java.awt.AWTError;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.ConfigLoader;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.config.LoadedConfig;
import org.exhibitkiosk.config.NoticeFile;
import org.exhibitkiosk.config.PinLockout;
import org.exhibitkiosk.content.ContentHash;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.FolderWatcher;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.ops.CrashGuard;
import org.exhibitkiosk.ops.EdtWatchdog;
import org.exhibitkiosk.ops.Health;
import org.exhibitkiosk.ops.LastGoodCopy;
import org.exhibitkiosk.ops.Logs;
import org.exhibitkiosk.ops.ScreenPower;
import org.exhibitkiosk.ops.SystemdNotify;
import org.exhibitkiosk.ops.VisitStats;
import org.exhibitkiosk.print.PdfFonts;
import org.exhibitkiosk.print.Printer;
import org.exhibitkiosk.print.QueueState;
import org.exhibitkiosk.print.SummaryDayMap;
import org.exhibitkiosk.print.SummaryDocument;
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
 * One running kiosk, and the one owner of its parts: the frame, the controller of its day, the
 * crash guard, the EDT watchdog, the health endpoint, the folder watcher, the visit statistics and
 * the log files. {@link #start} opens it: content is read off the EDT while the look and the frame
 * are set up on it; broken files fall back to the last good copy (or the "temporarily unavailable"
 * screen); changed files are read again and swapped in at a safe moment. {@link #close} shuts the
 * parts down in the reverse order, once. With {@code --smoke}, it reports the first frame's time
 * and asks to exit.
 *
 * <p>Thread-safe: the accessors may be called from any thread once {@link #shown()} has completed;
 * what they return keeps its own threading contract (the controller and the frame are EDT only).
 */
public final class Kiosk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Kiosk.class);
    private static final Duration SMOKE_LIMIT = Duration.ofSeconds(60);
    /** Files must be quiet this long after a save before they are read again. */
    private static final long QUIET_MILLIS = 1500;
    /** How long {@link #close} waits for the event thread to close the window. */
    private static final Duration WINDOW_CLOSE_LIMIT = Duration.ofSeconds(3);

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
     * @param preview     a curator's preview ({@code --open}): the place and language it opens on;
     *                    null for a kiosk
     */
    public record Options(Path content, Path config, boolean windowed, boolean smoke, Integer idleSeconds,
                          Dimension windowSize, Path state, Preview preview) {

        public Options(Path content, Path config, boolean windowed, boolean smoke, Integer idleSeconds,
                       Dimension windowSize, Path state) {
            this(content, config, windowed, smoke, idleSeconds, windowSize, state, null);
        }

        /** With the state folder beside the content folder. */
        public Options(Path content, Path config, boolean windowed, boolean smoke, Integer idleSeconds,
                       Dimension windowSize) {
            this(content, config, windowed, smoke, idleSeconds, windowSize,
                    content.toAbsolutePath().getParent().resolve("kiosk-state"));
        }
    }

    /**
     * A curator's preview: the kiosk opens on {@code place} in {@code language} (null: the first
     * configured) and stays there as the files are saved.
     */
    public record Preview(PreviewPlace place, String language) {
    }

    /** What ends the JVM when the kiosk asks to: {@code System::exit} in Main, a recorder elsewhere. */
    @FunctionalInterface
    public interface Exit {
        void exit(int status);
    }

    /** The kiosk could not open its window; the message says why, in one line. */
    public static final class CannotStart extends Exception {
        CannotStart(String message) {
            super(message);
        }
    }

    /** What the start found: the files as read, and whether they are the last good copy. */
    private record Startup(KioskFiles.Outcome outcome, KioskFiles.Outcome original, boolean fromCache,
                           PinLockout pinAttempts, NoticeRead notice) {
    }

    /** What {@code notice.yaml} says: a notice, none (null), or broken (nothing on screen changes). */
    private record NoticeRead(boolean broken, NoticeFile.Active notice) {
        static final NoticeRead NONE = new NoticeRead(false, null);
    }

    private final Options options;
    private final Clock clock;
    private final Exit exit;
    private final Function<String, Printer> printers;
    private final ScreenPower.Commands screenCommands;
    private final KioskFiles files = new KioskFiles(new StrictMapper());
    private final LastGoodCopy lastGood;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closedDone = new CountDownLatch(1);
    private final CompletableFuture<Kiosk> shown = new CompletableFuture<>();
    private final CompletableFuture<Logs> logs = new CompletableFuture<>();
    private KioskFrame frame;
    private CrashGuard guard;
    private volatile KioskController controller;
    private volatile EdtWatchdog watchdog;
    private volatile Health health;
    private volatile FolderWatcher watcher;
    private volatile VisitStats stats;
    private volatile SummaryPrinting printing;
    private volatile ScreenPower power;
    /** The content hash of the exhibits read lately, by identity: the screen shows one of them. */
    private final Deque<HashedExhibit> hashes = new ArrayDeque<>();
    private final Instant startedAt;
    /** The latest kiosk.yaml that read clean: what notice.yaml is read against, what screen power follows. */
    private volatile KioskConfig noticeConfig;

    private record HashedExhibit(Exhibit exhibit, String hash) {
    }

    private Kiosk(Options options, Clock clock, Exit exit, Function<String, Printer> printers,
                  ScreenPower.Commands screenCommands) {
        this.options = options;
        this.clock = clock;
        this.exit = exit;
        this.printers = printers;
        this.screenCommands = screenCommands;
        this.lastGood = new LastGoodCopy(options.state());
        this.startedAt = clock.instant();
    }

    /** Hashes the folder an exhibit was read from, right after the reading. Off the EDT. */
    private void remember(KioskFiles.Outcome outcome, Path contentFolder) {
        if (outcome.exhibit().isEmpty()) {
            return;
        }
        String hash;
        try {
            hash = ContentHash.of(contentFolder);
        } catch (UncheckedIOException e) {
            LOG.warn("the content hash could not be made: {}", e.getMessage());
            hash = "";
        }
        synchronized (hashes) {
            hashes.addFirst(new HashedExhibit(outcome.exhibit().get(), hash));
            while (hashes.size() > 4) {
                hashes.removeLast();
            }
        }
    }

    private String hashOf(Exhibit exhibit) {
        synchronized (hashes) {
            for (HashedExhibit hashed : hashes) {
                if (hashed.exhibit() == exhibit) {
                    return hashed.hash();
                }
            }
        }
        return "";
    }

    /**
     * Starts a kiosk: returns once its window is made and its content is being read; it opens when
     * the content is ready ({@link #shown()}).
     *
     * @param clock    drives opening hours, idle time and statistics (tests use a hand-moved one)
     * @param exit     what the kiosk calls to end the JVM: staff leaving kiosk mode, a frozen event
     *                 thread, a start that failed, the end of a smoke run
     * @param printers the printer for a CUPS queue's name ("" for the default queue)
     * @throws CannotStart with no display, or one that cannot be opened
     */
    public static Kiosk start(Options options, Clock clock, Exit exit, Function<String, Printer> printers)
            throws CannotStart {
        return start(options, clock, exit, printers, ScreenPower.Commands.SYSTEM);
    }

    /**
     * Starts a kiosk whose screen's power goes through {@code screenCommands} (tests give a fake:
     * Xvfb has no DPMS); with any but the system's, a windowed kiosk switches its "screen" too.
     *
     * @see #start(Options, Clock, Exit, Function)
     */
    public static Kiosk start(Options options, Clock clock, Exit exit, Function<String, Printer> printers,
                              ScreenPower.Commands screenCommands) throws CannotStart {
        // Must be set before the first AWT class loads: on Linux without a desktop, Java 2D
        // otherwise draws text without antialiasing.
        System.setProperty("awt.useSystemAAFontSettings", "on");
        System.setProperty("swing.aatext", "true");
        if (GraphicsEnvironment.isHeadless()) {
            throw new CannotStart("no display to show the kiosk on (DISPLAY is not set); start it from the"
                    + " kiosk's desktop session, or under Xvfb for tests");
        }
        Kiosk kiosk = new Kiosk(options, clock, exit, printers, screenCommands);
        kiosk.open();
        return kiosk;
    }

    private void open() throws CannotStart {
        CompletableFuture<Startup> loading = CompletableFuture.supplyAsync(this::read, Threads.ON_LOADER);
        try {
            EventQueue.invokeAndWait(() -> {
                Theme.install();
                frame = new KioskFrame("Exhibit kiosk", options.windowed(), options.windowSize());
                if (options.smoke()) {
                    frame.whenFirstPainted(this::reportFirstFrame);
                }
                frame.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        close();
                    }
                });
            });
        } catch (InvocationTargetException | InterruptedException | AWTError e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new CannotStart("cannot open the display: " + Main.oneLine(cause));
        }
        if (options.smoke()) {
            startSmokeLimit();
        } else {
            guard = CrashGuard.install();
        }
        CompletableFuture<Startup> ready = Threads.thenOnEdt(loading, failures(), this::show, failure -> {
            LOG.error("the kiosk could not start", failure);
            System.err.println("kiosk: the kiosk could not start: " + Main.oneLine(failure));
            shown.completeExceptionally(failure);
            exit.exit(Main.FAILED);
        });
        // AWT ends the JVM (exit 0) once no window is displayable and its queue has been idle for a
        // second, as while the content loads on a slow or busy machine: hold the JVM until the
        // frame is open.
        Thread starting = new Thread(() -> ready.handle((startup, failure) -> null).join(), "kiosk-starting");
        starting.setDaemon(false);
        starting.start();
    }

    /** Completes once the window is open: with the exhibit, or with "temporarily unavailable". */
    public CompletableFuture<Kiosk> shown() {
        return shown;
    }

    /** The kiosk's one window. EDT only, as every Swing component. */
    public KioskFrame frame() {
        return frame;
    }

    /**
     * The controller of the kiosk's day (attract, session, staff). EDT only.
     *
     * @throws IllegalStateException before the kiosk is shown, or when it shows "temporarily unavailable"
     */
    public KioskController controller() {
        KioskController current = controller;
        if (current == null) {
            throw new IllegalStateException(shown.isDone()
                    ? "the kiosk shows 'temporarily unavailable': the files have problems and there is no good copy"
                    : "the kiosk has not opened yet");
        }
        return current;
    }

    /** The crash guard; null with {@code --smoke}, which installs none. */
    public CrashGuard crashGuard() {
        return guard;
    }

    /** The EDT watchdog; null before the kiosk is shown, with {@code --smoke}, or on "unavailable". */
    public EdtWatchdog watchdog() {
        return watchdog;
    }

    /** The health report and endpoint; null where the watchdog is. */
    public Health health() {
        return health;
    }

    /** The visit statistics; null where the watchdog is. */
    public VisitStats stats() {
        return stats;
    }

    /** Reads the files; when they have problems, the last copy that read clean. Off the EDT. */
    private Startup read() {
        // The PIN pad's lockout outlasts restarts; a smoke run leaves the state folder alone.
        PinLockout pinAttempts = options.smoke() ? PinLockout.inMemory() : PinLockout.load(options.state());
        KioskFiles.Outcome outcome = files.load(options.content(), options.config());
        outcome.problems().forEach(problem -> LOG.warn("{}", problem));
        if (outcome.isClean()) {
            if (!options.smoke()) {
                remember(outcome, options.content());
                lastGood.save(options.content(), options.config());
            }
            return new Startup(outcome, outcome, false, pinAttempts, readNotice(outcome.config().config()));
        }
        if (lastGood.exists()) {
            KioskFiles.Outcome cached = files.load(lastGood.content(), lastGood.config());
            if (cached.isClean()) {
                remember(cached, lastGood.content());
                LOG.warn("{} problem(s) in the files; showing the last good copy from {}", outcome.problems().size(),
                        lastGood.content().getParent());
                return new Startup(cached, outcome, true, pinAttempts, readNotice(outcome.config().config()
                        .or(() -> cached.config().config())));
            }
        }
        return new Startup(outcome, outcome, false, pinAttempts, NoticeRead.NONE);
    }

    /**
     * Reads {@code notice.yaml} against a config (or the last one that read clean); a broken file
     * is logged, each problem located, and changes nothing. Off the EDT.
     */
    private NoticeRead readNotice(Optional<KioskConfig> config) {
        config.ifPresent(read -> noticeConfig = read);
        KioskConfig against = noticeConfig;
        if (against == null || options.smoke()) {
            return NoticeRead.NONE;
        }
        Problems problems = new Problems();
        Optional<NoticeFile.Active> notice = NoticeFile.read(options.config(), against, clock.instant(),
                new StrictMapper(), problems);
        if (!problems.sorted().isEmpty()) {
            LOG.warn("{} is broken; what is on screen stays as it is", NoticeFile.FILE);
            problems.sorted().forEach(problem -> LOG.warn("{}", problem));
            return new NoticeRead(true, null);
        }
        return new NoticeRead(false, notice.orElse(null));
    }

    /**
     * The health token as the config folder says now: a token file changed (rotated) is in force
     * from now on and the old token refused, without a restart. A config with problems (a broken
     * token file among them: its problem is logged with the others) changes nothing. Off the EDT.
     */
    private void useHealthToken(LoadedConfig config) {
        Health current = health;
        if (current != null && config.config().isPresent() && config.problems().isEmpty()) {
            current.useToken(config.healthToken().orElse(null));
        }
    }

    /** Shows what the notice file says, unless it is broken. EDT only. */
    private void showNotice(NoticeRead read) {
        if (!read.broken() && controller != null) {
            controller.showNoticeFromFile(read.notice());
        }
    }

    private void show(Startup startup) {
        Threads.assertEdt();
        if (closed.get()) {
            return;
        }
        KioskFiles.Outcome outcome = startup.outcome();
        if (outcome.exhibit().isPresent() && outcome.config().config().isPresent()) {
            Exhibit exhibit = outcome.exhibit().get();
            KioskConfig config = outcome.config().config().get();
            frame.setTitle(exhibit.info().title().in(config.languageCodes().get(0)));
            printing = printDesk(config);
            KioskController started = new KioskController(frame, exhibit, config,
                    outcome.config().pin().orElse(null), clock,
                    options.idleSeconds() == null ? null : Duration.ofSeconds(options.idleSeconds()),
                    new StaffDesk.Services(this, options, exit, printing, startup.pinAttempts()), failures());
            if (!options.smoke()) {
                stats = new VisitStats(options.state(), clock, config.timeZone());
                started.setEvents(new VisitEvents(stats));
            }
            started.start();
            if (options.preview() != null) {
                started.preview(options.preview().language(), options.preview().place()::in);
            }
            controller = started;
            if (startup.fromCache()) {
                started.reportProblems(lines(startup.original().problems()));
            }
            if (!options.smoke()) {
                Path logFolder = options.config().resolve(config.logs().folder()).normalize();
                CompletableFuture.supplyAsync(() -> Logs.writeTo(logFolder), Threads.ON_LOADER)
                        .whenComplete((opened, failure) -> {
                            // A kiosk closed while the files were being opened closes them at once.
                            if (!logs.complete(opened) && opened != null) {
                                opened.close();
                            }
                        });
                guard.onRecover(started::resetSession);
                watchdog = new EdtWatchdog(new SystemdNotify(), exit::exit);
                watchdog.start();
                health = new Health(options.state(), this::snapshot, guard, watchdog);
                health.serveScreenshots(this::screenshot);
                health.start(new Health.Endpoint(config.health().httpPort(), config.health().bind().address(),
                        outcome.config().healthToken().orElse(null)));
                watcher = watch();
                if (!options.windowed() || screenCommands != ScreenPower.Commands.SYSTEM) {
                    // The screen's power is the kiosk's alone (a window on a desktop leaves it be).
                    power = new ScreenPower(screenCommands, clock, () -> noticeConfig);
                    started.onEvacuation(power::evacuating);
                }
            }
            // Once the screen's power listens, before its first check: an evacuation notice standing at
            // the start wakes the screen (and it is not first switched off by the opening hours).
            showNotice(startup.notice());
            if (power != null) {
                power.start();
            }
        } else {
            LOG.error("{} problem(s) in content or config, and no good copy to fall back on; showing the"
                    + " 'temporarily unavailable' screen", outcome.problems().size());
            frame.showScreen(unavailableScreen(outcome));
            // "Temporarily unavailable" is held on screen like the exhibit (the config, which
            // may say to show the pointer, could not be read: hide it, as on a touch kiosk).
            frame.lockDown(true);
        }
        frame.open();
        shown.complete(this);
    }

    /** Where failures of background work are reported: the crash guard, or the log with --smoke. */
    private Failures failures() {
        return error -> {
            if (guard != null) {
                guard.report(error);
            } else {
                LOG.error("background work failed", error);
            }
        };
    }

    /** The kiosk's state for the health report, asked of the EDT with a time limit. */
    private Health.Snapshot snapshot() {
        Health.PrinterHealth printer = printerHealth(printing);
        SummaryPrinting desk = printing;
        VisitStats visits = stats;
        try {
            return Threads.askEdt(() -> {
                KioskController.ReloadStatus reload = controller.lastReload();
                Instant lastTouch = controller.idleMonitor().lastTouch();
                KioskConfig config = controller.config();
                Health.Activity activity = new Health.Activity(visits == null ? 0 : visits.sessionsStarted(),
                        desk == null ? 0 : desk.printed(), desk == null ? 0 : desk.failed(),
                        lastTouch == null ? startedAt : lastTouch,
                        config.openingHours().isOpenAt(clock.instant(), config.timeZone()), noticeActive());
                return new Health.Snapshot(reload.contentVersion(), hashOf(controller.visitor().exhibit()),
                        reload.clean(), reload.problems().size(), reload.at(), printer,
                        controller.mode().name().toLowerCase(Locale.ROOT), activity);
            }, 1, TimeUnit.SECONDS);
        } catch (TimeoutException | RuntimeException e) {
            return new Health.Snapshot("unknown", false, 0, null, printer, "event-thread-stalled");
        }
    }

    /**
     * What the screen shows now, as a PNG of the window's size: the window's content (overlays and
     * notices included) painted into an image on the EDT, encoded off it. Not on the EDT.
     *
     * @throws IllegalStateException when the event thread does not answer within 5 s
     */
    byte[] screenshot() {
        BufferedImage image;
        try {
            image = Threads.askEdt(() -> {
                JRootPane root = frame.getRootPane();
                BufferedImage shot = new BufferedImage(Math.max(1, root.getWidth()), Math.max(1, root.getHeight()),
                        BufferedImage.TYPE_INT_RGB);
                Graphics2D g = shot.createGraphics();
                try {
                    root.paint(g);
                } finally {
                    g.dispose();
                }
                return shot;
            }, 5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the event thread did not answer within 5 s");
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Whether a notice is over the screen. EDT only. */
    private boolean noticeActive() {
        return controller != null && controller.noticeShown() != null;
    }

    /** The print queue's state as the print desk last read it (it checks every minute), for monitoring. */
    public static Health.PrinterHealth printerHealth(SummaryPrinting desk) {
        QueueState state = desk == null ? null : desk.lastState();
        if (state == null) {
            return Health.PrinterHealth.UNKNOWN;
        }
        return new Health.PrinterHealth(state.condition().key(), state.ready(), state.queue(), state.activity().key(),
                state.acceptingJobs(), state.reasons(), state.message(), desk.lastCheckedAt());
    }

    /** Reads changed files again, off the EDT, and offers them to the controller. */
    private FolderWatcher watch() {
        try {
            return new FolderWatcher(List.of(options.content(), options.config()), QUIET_MILLIS, this::reload);
        } catch (IOException e) {
            LOG.warn("content changes cannot be watched ({}); use the staff panel's Reload", e.getMessage());
            return null;
        }
    }

    /**
     * Reads the files again off the EDT; on the EDT, offers them to the controller when they read
     * clean, else tells it their problems. Completes after that step, with what was read.
     */
    CompletableFuture<KioskFiles.Outcome> reload() {
        // The notice first, on its own: it does not wait for the content, nor for a safe moment.
        CompletableFuture<NoticeRead> notice = CompletableFuture.supplyAsync(() -> {
            LoadedConfig config = new ConfigLoader(new StrictMapper()).load(options.config(), options.content());
            useHealthToken(config);
            return readNotice(config.config());
        }, Threads.ON_LOADER);
        Threads.thenOnEdt(notice, failures(), this::showNotice,
                failure -> LOG.warn("{} could not be read: {}", NoticeFile.FILE, Main.oneLine(failure)));
        CompletableFuture<KioskFiles.Outcome> read = CompletableFuture.supplyAsync(() -> {
            KioskFiles.Outcome outcome = files.load(options.content(), options.config());
            if (outcome.isClean()) {
                remember(outcome, options.content());
                lastGood.save(options.content(), options.config());
            } else {
                LOG.warn("the changed files have {} problem(s); the last good content stays on screen",
                        outcome.problems().size());
                outcome.problems().forEach(problem -> LOG.warn("{}", problem));
            }
            return outcome;
        }, Threads.ON_LOADER);
        return Threads.thenOnEdt(read, failures(), outcome -> {
            if (outcome.isClean()) {
                controller.offer(outcome.exhibit().orElseThrow(), outcome.config().config().orElseThrow(),
                        outcome.config().pin().orElse(null));
            } else {
                controller.reportProblems(lines(outcome.problems()));
            }
        }, failure -> controller.reportProblems(List.of("the files could not be read again: "
                + Main.oneLine(failure))));
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    /** The print desk for the configured CUPS queue; the fonts are parsed once, on first print. */
    private SummaryPrinting printDesk(KioskConfig config) {
        return new SummaryPrinting(config, new SummaryDocument(new PdfFonts(), new SummaryDayMap()),
                printers.apply(config.printing().queue()), clock, Threads.ON_PRINTER);
    }

    private static JComponent unavailableScreen(KioskFiles.Outcome outcome) {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(
                Kiosk.class.getResourceAsStream("unavailable.properties"), StandardCharsets.UTF_8)) {
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

    private void reportFirstFrame() {
        Toolkit.getDefaultToolkit().sync();
        long elapsed = Duration.between(jvmStart(), Instant.now()).toMillis();
        System.out.println("first-frame-ms " + elapsed);
        System.out.flush();
        exit.exit(Main.OK);
    }

    private static Instant jvmStart() {
        return ProcessHandle.current().info().startInstant().orElseGet(
                () -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    private void startSmokeLimit() {
        Thread limit = Threads.named("smoke-limit").newThread(() -> {
            try {
                Thread.sleep(SMOKE_LIMIT.toMillis());
                System.err.println("kiosk: --smoke: no frame painted within " + SMOKE_LIMIT.toSeconds() + " s");
                exit.exit(Main.FAILED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        limit.start();
    }

    /**
     * Shuts the kiosk down, in the reverse order of its start: no more reloads, the health endpoint,
     * the watchdog, the controller's timers and the window, the statistics (written to disk first),
     * the log files, and last the crash guard. Only the first call does anything; a later one off
     * the EDT waits until the first has finished. Any thread.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            if (!EventQueue.isDispatchThread()) {
                try {
                    closedDone.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return;
        }
        try {
            shutDown();
        } finally {
            closedDone.countDown();
        }
    }

    private void shutDown() {
        if (watcher != null) {
            watcher.close();
        }
        if (health != null) {
            health.close();
        }
        if (power != null) {
            power.close();
        }
        if (watchdog != null) {
            watchdog.stop();
        }
        Runnable closeWindow = () -> {
            if (controller != null) {
                controller.stop();
            }
            frame.dispose();
        };
        if (EventQueue.isDispatchThread()) {
            closeWindow.run();
        } else {
            // A frozen event thread (the watchdog's exit) must not keep the statistics and the logs
            // from being written: wait for the window a while, then go on without it.
            CountDownLatch windowClosed = new CountDownLatch(1);
            EventQueue.invokeLater(() -> {
                try {
                    closeWindow.run();
                } catch (RuntimeException e) {
                    LOG.warn("closing the window failed", e);
                } finally {
                    windowClosed.countDown();
                }
            });
            try {
                if (!windowClosed.await(WINDOW_CLOSE_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("the event thread did not close the window within {} s; writing the statistics and"
                            + " the logs without it", WINDOW_CLOSE_LIMIT.toSeconds());
                    if (stats != null) {
                        // The controller, on the frozen thread, cannot end the visit under way.
                        stats.endVisitWithoutEventThread();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (stats != null) {
            stats.close();
        }
        // The last line of the kiosk's log file, written before the file is let go.
        LOG.info("the kiosk is closed");
        logs.complete(null);
        Logs opened = logs.getNow(null);
        if (opened != null) {
            opened.close();
        }
        if (guard != null) {
            guard.close();
        }
    }
}
