package org.exhibitkiosk.shell;

import java.time.Clock;
import java.util.List;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.PinHash;
import org.exhibitkiosk.content.Exhibit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New content on its way to the screen: what read clean waits here for a safe moment (the
 * controller decides when), and what the latest reading found is kept for the staff panel and the
 * health report. EDT only.
 */
final class ContentSwap {

    private static final Logger LOG = LoggerFactory.getLogger(ContentSwap.class);

    /** Newly read content and config, waiting for a moment when no visitor is reading. */
    record Replacement(Exhibit exhibit, KioskConfig config, PinHash pin) {
    }

    private final Clock clock;
    private Replacement pending;
    private KioskController.ReloadStatus lastReload;

    ContentSwap(Clock clock, Exhibit onScreen) {
        this.clock = clock;
        this.lastReload = new KioskController.ReloadStatus(clock.instant(), true, List.of(),
                onScreen.info().contentVersion());
    }

    /** Content that read clean: it waits until {@link #take()}. A newer offer replaces an older one. */
    void offer(Exhibit exhibit, KioskConfig config, PinHash pin) {
        pending = new Replacement(exhibit, config, pin);
        LOG.info("new content {} read clean; it will show at the next safe moment", exhibit.info().contentVersion());
    }

    /** Files that changed but have problems: the content on screen stays. */
    void reportProblems(List<String> problems, Exhibit onScreen) {
        lastReload = new KioskController.ReloadStatus(clock.instant(), false, problems,
                onScreen.info().contentVersion());
    }

    boolean hasPending() {
        return pending != null;
    }

    /** What waits, now to be shown; null when nothing waits. */
    Replacement take() {
        Replacement replacement = pending;
        pending = null;
        if (replacement != null) {
            lastReload = new KioskController.ReloadStatus(clock.instant(), true, List.of(),
                    replacement.exhibit().info().contentVersion());
            LOG.info("content {} is now on screen", replacement.exhibit().info().contentVersion());
        }
        return replacement;
    }

    KioskController.ReloadStatus lastReload() {
        return lastReload;
    }
}
