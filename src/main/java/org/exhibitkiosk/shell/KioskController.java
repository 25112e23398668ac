package org.exhibitkiosk.shell;

import java.awt.Dimension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.Timer;
import org.exhibitkiosk.admin.PinGate;
import org.exhibitkiosk.admin.PinPadScreen;
import org.exhibitkiosk.admin.StaffPanelScreen;
import org.exhibitkiosk.attract.AttractLoop;
import org.exhibitkiosk.attract.AttractScenes;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.Notice;
import org.exhibitkiosk.config.NoticeFile;
import org.exhibitkiosk.config.PinHash;
import org.exhibitkiosk.config.PinLockout;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.print.SummaryPrinting;
import org.exhibitkiosk.screens.Place;
import org.exhibitkiosk.ui.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the kiosk's day: the attract loop while nobody is there (or the dim "closed" screen outside
 * opening hours), the visitor's session from the first touch, "Still there?" after the idle time,
 * and a fresh start when its countdown ends; the hidden staff gesture, the PIN pad, the staff panel
 * and cleaning mode. Time-driven decisions take the injected clock and are made in {@link #tick()},
 * which a Swing timer calls four times a second (tests call it directly). This class is the mode
 * machine; new content waits in a {@link ContentSwap} for a safe moment, and "Still there?" and
 * the cleaning countdown are laid over the screen by {@link SessionOverlays}. EDT only.
 */
public final class KioskController {

    private static final Logger LOG = LoggerFactory.getLogger(KioskController.class);
    private static final int TICK_MS = 250;

    /** Where the kiosk is in its day. */
    public enum Mode { ATTRACT, CLOSED, VISITOR, STAFF }

    /** What the controller needs from outside the window. */
    public interface Services {
        StaffPanelScreen.Actions staffActions(KioskController controller);

        StaffPanelScreen.Versions versions();

        /** The staff PIN pad's attempts and lockout, kept across reloads and restarts. */
        default PinLockout pinAttempts() {
            return PinLockout.inMemory();
        }

        /** The print desk for take-home summaries and handouts; null for a kiosk without printing. */
        default SummaryPrinting printing() {
            return null;
        }
    }

    private final KioskFrame frame;
    private KioskConfig config;
    private final VisitorShell visitor;
    private PinGate gate;
    private final PinLockout pinAttempts;
    private final Clock clock;
    private final Services services;
    private final Failures failures;
    private final StaffGesture gesture;
    private final IdleMonitor idle;
    private final Duration idleOverride;
    private Duration idleTimeout;
    private Duration countdown;
    private final ContentSwap swap;
    private final SessionOverlays overlays;
    private final NoticeBoard notices;
    private String staffNotice;
    private final Timer ticker = new Timer(TICK_MS, e -> tick());
    private final List<Runnable> resetListeners = new ArrayList<>();
    private Mode mode = Mode.ATTRACT;
    private SessionEvents events = SessionEvents.NONE;
    /** A curator's preview ({@code --open}): the place, found again in each exhibit; null for a kiosk. */
    private Function<Exhibit, Optional<Place>> preview;
    private String previewLanguage;

    /**
     * @param idleOverride the idle time from {@code --idle-seconds}, or null for the configured one
     * @param failures     where failures of background work go once the screen is put right (the crash guard)
     */
    public KioskController(KioskFrame frame, Exhibit exhibit, KioskConfig config, PinHash pin, Clock clock,
                           Duration idleOverride, Services services, Failures failures) {
        Threads.assertEdt();
        this.frame = frame;
        this.config = config;
        this.clock = clock;
        this.services = services;
        this.failures = failures;
        this.visitor = new VisitorShell(exhibit, config, services.printing(), failures);
        this.pinAttempts = services.pinAttempts();
        this.gate = new PinGate(pin, config.staff().maxAttempts(),
                Duration.ofMinutes(config.staff().lockoutMinutes()), clock, pinAttempts);
        this.gesture = new StaffGesture(frame.getRootPane(), clock, this::openPinPad);
        this.idle = new IdleMonitor(clock);
        this.idleOverride = idleOverride;
        this.idleTimeout = idleOverride != null ? idleOverride : Duration.ofSeconds(config.session().idleSeconds());
        this.countdown = Duration.ofSeconds(config.session().countdownSeconds());
        this.swap = new ContentSwap(clock, exhibit);
        this.overlays = new SessionOverlays(frame, visitor::exhibit, () -> visitor.session().language(),
                () -> this.config.languageCodes(), visitor::showsContentNote, this::metrics,
                this::continueSession);
        this.notices = new NoticeBoard(frame, visitor::exhibit, () -> this.config.languageCodes(), this::metrics);
    }

    // ---- notices ----

    /**
     * The notice from {@code notice.yaml}, shown at once over every screen (it does not wait for a
     * safe moment); null when the file is gone, which takes it away.
     */
    public void showNoticeFromFile(NoticeFile.Active notice) {
        Threads.assertEdt();
        notices.setFromFile(notice, clock.instant());
    }

    /** Staff switch on a notice predefined in kiosk.yaml ({@code notices:}); null switches it off. */
    public void switchNotice(String id) {
        Threads.assertEdt();
        Notice notice = id == null ? null : config.notices().get(id);
        staffNotice = notice == null ? null : id;
        notices.setFromStaff(notice == null ? null
                : new NoticeFile.Active(notice.text(), notice.kind(), null, "staff panel: " + id), clock.instant());
    }

    /** The id of the predefined notice staff switched on, or null. */
    public String staffNotice() {
        return notices.fromStaff() == null ? null : staffNotice;
    }

    /** The notice over the screen now, or null. */
    public NoticeFile.Active noticeShown() {
        return notices.shown();
    }

    /**
     * What an evacuation notice does besides showing itself: told {@code true} when one comes
     * (wake a screen that is off and keep it on), {@code false} when it goes.
     */
    public void onEvacuation(Consumer<Boolean> action) {
        notices.onEvacuation(action);
    }

    /**
     * The outcome of the latest reading of the files, for the staff panel and the health report.
     *
     * @param at             when
     * @param clean          whether they read clean (else the last good content stays on screen)
     * @param problems       each as FILE:LINE:COLUMN: message
     * @param contentVersion the version now on screen
     */
    public record ReloadStatus(Instant at, boolean clean, List<String> problems, String contentVersion) {
        public ReloadStatus {
            problems = List.copyOf(problems);
        }
    }

    /** Quiet time after which a waiting change may be swapped in under a visitor. */
    private static final Duration SAFE_AFTER = Duration.ofSeconds(10);

    /**
     * New content that read clean: it is swapped in at a safe moment (no visitor, or a visitor idle
     * for some seconds, or the next reset), never under a visitor's finger.
     */
    public void offer(Exhibit exhibit, KioskConfig newConfig, PinHash pin) {
        Threads.assertEdt();
        swap.offer(exhibit, newConfig, pin);
        if (mode == Mode.ATTRACT || mode == Mode.CLOSED || preview != null) {
            applyPending();
        }
    }

    /** Files that changed but have problems: the last good content stays; staff see why. */
    public void reportProblems(List<String> problems) {
        swap.reportProblems(problems, visitor.exhibit());
    }

    public ReloadStatus lastReload() {
        return swap.lastReload();
    }

    /** Swaps in what is waiting, now (the staff panel's Reload does this). */
    public void applyPending() {
        ContentSwap.Replacement replacement = swap.take();
        if (replacement == null) {
            return;
        }
        config = replacement.config();
        // The same attempts: a reload of content or config does not lift a lockout.
        gate = new PinGate(replacement.pin(), config.staff().maxAttempts(),
                Duration.ofMinutes(config.staff().lockoutMinutes()), clock, pinAttempts);
        idleTimeout = idleOverride != null ? idleOverride : Duration.ofSeconds(config.session().idleSeconds());
        countdown = Duration.ofSeconds(config.session().countdownSeconds());
        visitor.replace(replacement.exhibit(), config);
        if (preview != null) {
            showPreview();
        } else if (mode == Mode.ATTRACT || mode == Mode.CLOSED) {
            showAttractOrClosed();
        }
    }

    /**
     * A curator's preview: the visitor's screens at {@code place} in {@code language}, whatever the
     * hour, with no idle reset; each reload of the files is shown at once, on the same place
     * (found again in the new content; home when it is gone). EDT only.
     */
    public void preview(String language, Function<Exhibit, Optional<Place>> place) {
        Threads.assertEdt();
        preview = place;
        previewLanguage = language;
        idle.hold("preview");
        if (mode != Mode.VISITOR) {
            events.sessionStarted();
        }
        mode = Mode.VISITOR;
        showPreview();
    }

    private void showPreview() {
        String language = config.languageCodes().contains(previewLanguage) ? previewLanguage
                : config.languageCodes().get(0);
        Place place = preview.apply(visitor.exhibit()).orElse(new Place.Home());
        if (!(place instanceof Place.Welcome)) {
            visitor.chooseLanguage(language);
            visitor.go(place);
        }
        showVisitor();
    }

    /** Whether new content waits for a safe moment (for tests). */
    public boolean hasPendingContent() {
        return swap.hasPending();
    }

    /** Shows the attract loop (or "closed") and arms the lockdown, the gestures and the timers. */
    public void start() {
        visitor.setPrintHold(on -> {
            if (on) {
                idle.hold("print");
            } else {
                idle.release("print");
            }
        });
        frame.lockDown(!config.display().showCursor());
        gesture.install();
        idle.install();
        showAttractOrClosed();
        ticker.start();
    }

    /**
     * Stops the timers and takes the gestures off the window; the kiosk is closing. A visit under
     * way ends here, so the statistics (written next) count it with its time.
     */
    public void stop() {
        Threads.assertEdt();
        if (mode == Mode.VISITOR || mode == Mode.STAFF) {
            LOG.info("the kiosk closes during a visit; the visit ends");
            events.sessionEnded(false);
            mode = Mode.ATTRACT;
        }
        ticker.stop();
        gesture.uninstall();
        idle.uninstall();
        visitor.stop();
    }

    public VisitorShell visitor() {
        return visitor;
    }

    /** The configuration in force (the latest swapped in). */
    public KioskConfig config() {
        return config;
    }

    public Mode mode() {
        return mode;
    }

    public IdleMonitor idleMonitor() {
        return idle;
    }

    /** Where session events go (the visit statistics). */
    public void setEvents(SessionEvents events) {
        this.events = events;
        visitor.setEvents(events);
    }

    /** Runs when a visitor's session ends, so other parts forget it too (print choices...). */
    public void onReset(Runnable listener) {
        resetListeners.add(listener);
    }

    /** One step of the kiosk's clock: opening hours, idle warning, countdown, cleaning. */
    public void tick() {
        Threads.assertEdt();
        Instant now = clock.instant();
        notices.setStaffScreen(mode == Mode.STAFF, now);
        notices.update(now);
        if (overlays.isCleaning()) {
            if (!overlays.tickCleaning(now)) {
                idle.touched();
                LOG.info("cleaning mode ended");
            }
            return;
        }
        if (swap.hasPending() && mode == Mode.VISITOR && !overlays.isAskingStillThere()
                && idle.idleFor().compareTo(SAFE_AFTER) >= 0) {
            applyPending();
        }
        switch (mode) {
            case ATTRACT -> {
                if (!isOpen(now)) {
                    showAttractOrClosed();
                }
            }
            case CLOSED -> {
                if (isOpen(now)) {
                    showAttractOrClosed();
                }
            }
            case VISITOR, STAFF -> checkIdle();
        }
    }

    private void checkIdle() {
        Duration quiet = idle.idleFor();
        if (quiet.compareTo(idleTimeout) < 0) {
            overlays.hideStillThere();
            return;
        }
        Duration left = countdown.minus(quiet.minus(idleTimeout));
        if (left.isNegative() || left.isZero()) {
            LOG.info("no touch for {} s and no answer to \"Still there?\": the session resets",
                    idleTimeout.plus(countdown).toSeconds());
            endSession(true);
            return;
        }
        overlays.askStillThere((left.toMillis() + 999) / 1000, countdown.toSeconds());
    }

    /** Ends the visitor's session: everything they did is forgotten; the attract loop returns. */
    public void resetSession() {
        endSession(false);
    }

    private void endSession(boolean idleReset) {
        if (mode == Mode.VISITOR || mode == Mode.STAFF) {
            events.sessionEnded(idleReset);
        }
        overlays.hideStillThere();
        if (mode == Mode.STAFF) {
            LOG.info("staff panel closed by the idle reset; staff logged out");
        }
        visitor.resetSession();
        resetListeners.forEach(Runnable::run);
        applyPending();
        showAttractOrClosed();
    }

    /** "Still there?": the visitor answered. */
    public void continueSession() {
        idle.touched();
        overlays.hideStillThere();
    }

    /** The "Still there?" countdown now showing, or null (for tests). */
    public String stillThereCountdown() {
        return overlays.stillThereCountdown();
    }

    private void showAttractOrClosed() {
        Metrics metrics = metrics();
        List<String> languages = config.languageCodes();
        Exhibit exhibit = visitor.exhibit();
        JComponent screen;
        if (isOpen(clock.instant())) {
            mode = Mode.ATTRACT;
            screen = new AttractLoop("screen.attract", AttractScenes.attract(exhibit, languages),
                    AttractScenes.touchToBegin(exhibit, languages), metrics, config.attract().slideSeconds(),
                    config.display().reducedMotion(), 1f, System::nanoTime, this::leaveAttract);
        } else {
            mode = Mode.CLOSED;
            screen = new AttractLoop("screen.closed", AttractScenes.closed(exhibit, config, clock),
                    AttractScenes.closedFooter(exhibit, languages), metrics, config.attract().slideSeconds() * 2.0,
                    config.display().reducedMotion(), 0.55f, System::nanoTime, this::leaveAttract);
        }
        frame.showScreen(screen);
    }

    /** The first touch: it wakes the kiosk and does nothing else. */
    private void leaveAttract() {
        mode = Mode.VISITOR;
        events.sessionStarted();
        idle.touched();
        showVisitor();
    }

    private void showVisitor() {
        visitor.fitTo(frame.getContentPane().getSize());
        frame.showScreen(visitor);
    }

    private boolean isOpen(Instant now) {
        return config.openingHours().isOpenAt(now, config.timeZone());
    }

    // ---- staff ----

    public void openPinPad() {
        Threads.assertEdt();
        LOG.info("staff gesture: PIN pad opened");
        mode = Mode.STAFF;
        notices.setStaffScreen(true, clock.instant());
        idle.touched();
        frame.showScreen(new PinPadScreen(visitor.exhibit(), staffLanguage(), metrics(), gate, clock, failures,
                this::openStaffPanel, this::backToVisitors));
    }

    public void openStaffPanel() {
        mode = Mode.STAFF;
        frame.showScreen(new StaffPanelScreen(visitor.exhibit(), staffLanguage(), metrics(),
                services::versions, services.staffActions(this), failures));
    }

    /** Closes any staff screen; the visitor's screens return as they were. */
    public void backToVisitors() {
        mode = Mode.VISITOR;
        idle.touched();
        showVisitor();
    }

    /** Cleaning mode: touches are ignored for the configured time, with a countdown. */
    public void startCleaning() {
        Threads.assertEdt();
        LOG.info("cleaning mode for {} s", config.session().cleaningSeconds());
        overlays.startCleaning(clock.instant(), Duration.ofSeconds(config.session().cleaningSeconds()));
    }

    private String visitorLanguage() {
        String language = visitor.session().language();
        return language != null ? language : config.languageCodes().get(0);
    }

    /** Staff read the panel in the visitor's current language, or the kiosk's first. */
    private String staffLanguage() {
        return visitorLanguage();
    }

    private Metrics metrics() {
        Dimension size = frame.getContentPane().getSize();
        if (size.width <= 0 || size.height <= 0) {
            size = frame.getGraphicsConfiguration().getBounds().getSize();
        }
        return Metrics.of(size, config.display().scale(), 0);
    }
}
