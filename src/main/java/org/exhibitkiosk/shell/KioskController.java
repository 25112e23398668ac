package org.exhibitkiosk.shell;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.exhibitkiosk.admin.PinGate;
import org.exhibitkiosk.admin.PinPadScreen;
import org.exhibitkiosk.admin.StaffPanelScreen;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.PinHash;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.print.SummaryPrinting;
import org.exhibitkiosk.ui.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the kiosk's window: the visitor's screens, the lockdown, the hidden staff gesture, the PIN
 * pad and the staff panel. EDT only.
 */
public final class KioskController {

    private static final Logger LOG = LoggerFactory.getLogger(KioskController.class);

    /** What the controller needs from outside the window. */
    public interface Services {
        StaffPanelScreen.Actions staffActions(KioskController controller);

        String versions();

        /** The print desk for take-home summaries and handouts; null for a kiosk without printing. */
        default SummaryPrinting printing() {
            return null;
        }
    }

    private final KioskFrame frame;
    private final KioskConfig config;
    private final VisitorShell visitor;
    private final PinGate gate;
    private final Clock clock;
    private final Services services;
    private final StaffGesture gesture;

    public KioskController(KioskFrame frame, Exhibit exhibit, KioskConfig config, PinHash pin, Clock clock,
                           Services services) {
        Threads.assertEdt();
        this.frame = frame;
        this.config = config;
        this.clock = clock;
        this.services = services;
        this.visitor = new VisitorShell(exhibit, config, services.printing());
        this.gate = new PinGate(pin, config.staff().maxAttempts(),
                Duration.ofMinutes(config.staff().lockoutMinutes()), clock);
        this.gesture = new StaffGesture(frame.getRootPane(), clock, this::openPinPad);
    }

    /** Shows the visitor's first screen and arms the lockdown and the staff gesture. */
    public void start() {
        frame.showScreen(visitor);
        if (!frame.isWindowed()) {
            Lockdown.install(frame, !config.display().showCursor());
        }
        gesture.install();
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                gesture.uninstall();
            }
        });
    }

    public VisitorShell visitor() {
        return visitor;
    }

    public void openPinPad() {
        Threads.assertEdt();
        LOG.info("staff gesture: PIN pad opened");
        frame.showScreen(new PinPadScreen(visitor.exhibit(), staffLanguage(), metrics(), gate, clock,
                this::openStaffPanel, this::backToVisitors));
    }

    public void openStaffPanel() {
        frame.showScreen(new StaffPanelScreen(visitor.exhibit(), staffLanguage(), metrics(),
                (Supplier<String>) services::versions, services.staffActions(this)));
    }

    /** Closes any staff screen; the visitor's screens return as they were. */
    public void backToVisitors() {
        frame.showScreen(visitor);
    }

    /** Staff read the panel in the visitor's current language, or the kiosk's first. */
    private String staffLanguage() {
        String language = visitor.session().language();
        return language != null ? language : config.languageCodes().get(0);
    }

    private Metrics metrics() {
        return Metrics.of(frame.getContentPane().getSize(), config.display().scale(), 0);
    }
}
