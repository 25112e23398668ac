package org.exhibitkiosk.shell;

import java.awt.Cursor;
import java.awt.Frame;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import javax.swing.JFrame;
import javax.swing.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a visitor in the exhibit: every key of a keyboard left attached is swallowed (Escape,
 * Alt+F4, Ctrl+W, Ctrl+Q, F11...), the pointer is hidden on touch kiosks, and a window that is
 * minimised, covered or loses focus comes back by itself. Keys the system takes before Java sees
 * them (Alt+Tab, the Windows key, Ctrl+Alt+Del) are the kiosk session's job. EDT only.
 */
final class Lockdown {

    private static final Logger LOG = LoggerFactory.getLogger(Lockdown.class);
    /** Long enough not to fight a window manager's own focus dance, short enough to go unnoticed. */
    private static final int RECOVER_MS = 400;

    private Lockdown() {
    }

    static void install(JFrame frame, boolean hideCursor) {
        KeyEventDispatcher swallow = Lockdown::swallow;
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(swallow);
        if (hideCursor) {
            BufferedImage blank = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
            Cursor none = Toolkit.getDefaultToolkit().createCustomCursor(blank, new Point(0, 0), "none");
            frame.getRootPane().setCursor(none);
            frame.setCursor(none);
        }
        Timer recover = new Timer(RECOVER_MS, e -> bringBack(frame));
        recover.setRepeats(false);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                recover.stop();
                KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(swallow);
            }

            @Override
            public void windowIconified(WindowEvent e) {
                LOG.warn("kiosk window was minimised; restoring it");
                recover.restart();
            }

            @Override
            public void windowDeactivated(WindowEvent e) {
                recover.restart();
            }
        });
        frame.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowLostFocus(WindowEvent e) {
                recover.restart();
            }
        });
    }

    /** Every key event stops here: nothing a visitor types does anything. */
    private static boolean swallow(KeyEvent event) {
        return true;
    }

    private static void bringBack(JFrame frame) {
        if (!frame.isDisplayable() || !frame.isShowing() && !frame.isVisible()) {
            return;
        }
        if ((frame.getExtendedState() & Frame.ICONIFIED) != 0) {
            frame.setExtendedState(frame.getExtendedState() & ~Frame.ICONIFIED);
        }
        if (!frame.isVisible()) {
            frame.setVisible(true);
        }
        frame.toFront();
        frame.requestFocus();
    }
}
