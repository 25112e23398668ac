package org.exhibitkiosk.shell;

import java.awt.AWTEvent;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Watches every press, release, drag, wheel turn and key in the kiosk (one global AWT listener)
 * and says how long the kiosk has been left alone. Scrolls and swipes count as activity, not only
 * taps. A finger that stays down, or a faulty panel that keeps pressing the same spot, does not
 * hold a session open for ever. A print in progress holds the session until it ends.
 * Time comes from an injectable clock. EDT only.
 */
public final class IdleMonitor implements AWTEventListener {

    /** Presses on the same spot for longer than this are a stuck or ghost touch, not a visitor. */
    static final Duration GHOST_AFTER = Duration.ofMinutes(2);
    private static final int SAME_SPOT = 12;

    private final Clock clock;
    private final Set<String> holds = new HashSet<>();
    private Instant lastActivity;
    private Instant lastTouch;
    private Point ghostSpot;
    private Instant ghostSince;

    public IdleMonitor(Clock clock) {
        this.clock = clock;
        this.lastActivity = clock.instant();
    }

    void install() {
        Toolkit.getDefaultToolkit().addAWTEventListener(this, AWTEvent.MOUSE_EVENT_MASK
                | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
    }

    void uninstall() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        int id = event.getID();
        if (event instanceof KeyEvent && id == KeyEvent.KEY_PRESSED) {
            touched();
            lastTouch = lastActivity;
        } else if (event instanceof MouseEvent mouse) {
            switch (id) {
                case MouseEvent.MOUSE_PRESSED -> pressed(mouse.getLocationOnScreen());
                case MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_DRAGGED, MouseEvent.MOUSE_WHEEL -> {
                    touched();
                    lastTouch = lastActivity;
                }
                default -> {
                    // Hover and enter/exit events are not a visitor's doing on a touch panel.
                }
            }
        }
    }

    /** Counts as a visitor's activity now. */
    public void touched() {
        lastActivity = clock.instant();
    }

    private void pressed(Point at) {
        Instant now = clock.instant();
        if (ghostSpot != null && ghostSpot.distance(at) <= SAME_SPOT) {
            if (Duration.between(ghostSince, now).compareTo(GHOST_AFTER) > 0) {
                return;
            }
        } else {
            ghostSpot = at;
            ghostSince = now;
        }
        lastActivity = now;
        lastTouch = now;
    }

    /** When a visitor (or staff) last touched the screen or a key; null when nobody has since the start. */
    public Instant lastTouch() {
        return lastTouch;
    }

    /** How long nobody has touched the kiosk; zero while something holds the session. */
    public Duration idleFor() {
        if (!holds.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.between(lastActivity, clock.instant());
    }

    /** Keeps the session alive while {@code reason} lasts (a print in progress). */
    public void hold(String reason) {
        holds.add(reason);
    }

    /** Ends a hold; the idle time counts from now. */
    public void release(String reason) {
        if (holds.remove(reason)) {
            touched();
        }
    }
}
