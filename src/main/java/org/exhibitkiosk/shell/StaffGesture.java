package org.exhibitkiosk.shell;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.swing.SwingUtilities;

/**
 * The hidden way in for staff: five taps in the top right-hand corner within three seconds. Watches
 * every press in the kiosk's window; a press anywhere else starts the count again. EDT only.
 */
final class StaffGesture implements AWTEventListener {

    static final int TAPS = 5;
    static final Duration WITHIN = Duration.ofSeconds(3);

    private final Component window;
    private final Clock clock;
    private final Runnable onGesture;
    private final Deque<Instant> taps = new ArrayDeque<>();

    StaffGesture(Component window, Clock clock, Runnable onGesture) {
        this.window = window;
        this.clock = clock;
        this.onGesture = onGesture;
    }

    void install() {
        Toolkit.getDefaultToolkit().addAWTEventListener(this, AWTEvent.MOUSE_EVENT_MASK);
    }

    void uninstall() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (event.getID() != MouseEvent.MOUSE_PRESSED || !(event instanceof MouseEvent press)
                || !window.isShowing()) {
            return;
        }
        Point at = SwingUtilities.convertPoint(press.getComponent(), press.getPoint(), window);
        if (!inCorner(at)) {
            taps.clear();
            return;
        }
        Instant now = clock.instant();
        taps.addLast(now);
        while (!taps.isEmpty() && Duration.between(taps.peekFirst(), now).compareTo(WITHIN) > 0) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            onGesture.run();
        }
    }

    /** The corner: a square of a tenth of the screen's shorter side, at the top right. */
    boolean inCorner(Point at) {
        int size = Math.max(60, Math.min(window.getWidth(), window.getHeight()) / 10);
        return at.x >= window.getWidth() - size && at.x < window.getWidth() && at.y >= 0 && at.y < size;
    }
}
