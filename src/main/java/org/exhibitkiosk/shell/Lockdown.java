package org.exhibitkiosk.shell;

import java.awt.Cursor;
import java.awt.Frame;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.ComponentEvent;
import java.awt.event.ComponentListener;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import javax.swing.JFrame;
import javax.swing.Timer;
import org.exhibitkiosk.concurrent.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a visitor in the exhibit: every key of a keyboard left attached is swallowed (Escape,
 * Alt+F4, Ctrl+W, Ctrl+Q, F11...), the pointer is hidden on touch kiosks, and a window that is
 * minimised, unmapped, covered, moved to another desktop or loses focus comes back by itself. On
 * X11 the {@link X11Guard} also grabs the keyboard (the window manager's keys never reach it) and
 * keeps the window's EWMH state. Keys the system takes before any program sees them
 * (Ctrl+Alt+Del and Win+L on Windows, Ctrl+Alt+F1..F12 on Linux consoles) are the kiosk session's
 * job: see installer/README.md. EDT only.
 */
final class Lockdown {

    private static final Logger LOG = LoggerFactory.getLogger(Lockdown.class);
    /** Long enough not to fight a window manager's own focus dance, short enough to go unnoticed. */
    private static final int RECOVER_MS = 150;

    private final JFrame frame;
    private final KeyEventDispatcher swallow = Lockdown::swallow;
    private final Timer recover;
    private final Listener listener;
    private X11Guard guard;
    private boolean stopped;

    private Lockdown(JFrame frame) {
        this.frame = frame;
        this.recover = new Timer(RECOVER_MS, e -> bringBack());
        recover.setRepeats(false);
        this.listener = new Listener() {
            @Override
            public void windowOpened(WindowEvent e) {
                guard();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                stop();
            }

            @Override
            public void windowIconified(WindowEvent e) {
                LOG.warn("lockdown: the kiosk window was minimised; restoring it");
                recover.restart();
            }

            @Override
            public void windowDeactivated(WindowEvent e) {
                recover.restart();
            }

            @Override
            public void windowLostFocus(WindowEvent e) {
                recover.restart();
            }

            @Override
            public void componentMoved(ComponentEvent e) {
                if (!coversTheScreen()) {
                    recover.restart();
                }
            }

            @Override
            public void componentResized(ComponentEvent e) {
                componentMoved(e);
            }

            @Override
            public void windowStateChanged(WindowEvent e) {
                if ((e.getNewState() & Frame.ICONIFIED) != 0) {
                    recover.restart();
                }
            }
        };
    }

    /** Locks the shown kiosk window down until {@link #stop}. */
    static Lockdown install(JFrame frame, boolean hideCursor) {
        Threads.assertEdt();
        Lockdown lockdown = new Lockdown(frame);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(lockdown.swallow);
        if (hideCursor) {
            BufferedImage blank = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
            Cursor none = Toolkit.getDefaultToolkit().createCustomCursor(blank, new Point(0, 0), "none");
            frame.getRootPane().setCursor(none);
            frame.setCursor(none);
        }
        frame.addWindowListener(lockdown.listener);
        frame.addWindowFocusListener(lockdown.listener);
        frame.addWindowStateListener(lockdown.listener);
        frame.addComponentListener(lockdown.listener);
        if (frame.isShowing()) {
            lockdown.guard();
        }
        return lockdown;
    }

    /** Starts the X11 guard once the window is shown (it needs the window's X11 id). */
    private void guard() {
        if (guard == null && !stopped) {
            guard = X11Guard.start(frame, this::bringBack);
        }
    }

    /** Lets the window go: the keyboard, the window manager's state, the keys. Before the frame is disposed. */
    void stop() {
        Threads.assertEdt();
        stopped = true;
        recover.stop();
        frame.removeWindowListener(listener);
        frame.removeWindowFocusListener(listener);
        frame.removeWindowStateListener(listener);
        frame.removeComponentListener(listener);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(swallow);
        if (guard != null) {
            guard.stop();
            guard = null;
        }
    }

    /** The window's events that may mean it is no longer fullscreen, on top and focused. */
    private abstract static class Listener extends WindowAdapter implements ComponentListener {
        @Override
        public void componentShown(ComponentEvent e) {
        }

        @Override
        public void componentHidden(ComponentEvent e) {
        }
    }

    /** Whether the window lies over its whole screen (with no window manager, anyone may move it). */
    private boolean coversTheScreen() {
        return frame.getBounds().equals(frame.getGraphicsConfiguration().getBounds());
    }

    /** Every key event stops here: nothing a visitor types does anything. */
    private static boolean swallow(KeyEvent event) {
        return true;
    }

    private void bringBack() {
        if (!frame.isDisplayable()) {
            return;
        }
        if ((frame.getExtendedState() & Frame.ICONIFIED) != 0) {
            frame.setExtendedState(frame.getExtendedState() & ~Frame.ICONIFIED);
        }
        if (!frame.isVisible()) {
            frame.setVisible(true);
        }
        if (!coversTheScreen()) {
            LOG.warn("lockdown: the kiosk window was moved or resized to {}; putting it back over the screen",
                    frame.getBounds());
            frame.setBounds(frame.getGraphicsConfiguration().getBounds());
        }
        if (!frame.isFocused()) {
            frame.toFront();
            frame.requestFocus();
        }
    }
}
