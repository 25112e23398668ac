package org.exhibitkiosk.shell;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.awt.GraphicsDevice;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.exhibitkiosk.concurrent.Threads;

/**
 * The kiosk's one window: undecorated and over the whole screen in kiosk mode, an ordinary window
 * with {@code --windowed}. Shows one screen at a time. EDT only.
 */
public final class KioskFrame extends JFrame {

    private final boolean windowed;
    private final Dimension windowSize;
    private final Stage stage = new Stage();
    private Runnable onFirstPaint;
    private Lockdown lockdown;

    /** @param windowSize the window's size when windowed; null for a large centred window */
    public KioskFrame(String title, boolean windowed, Dimension windowSize) {
        super(title);
        Threads.assertEdt();
        this.windowed = windowed;
        this.windowSize = windowSize;
        setName("kiosk.frame");
        setContentPane(stage);
        if (windowed) {
            setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        } else {
            // A visitor cannot close the kiosk; staff leave it from the staff panel.
            setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            setUndecorated(true);
            setAlwaysOnTop(true);
        }
    }

    /** Shows the window: fullscreen in kiosk mode, a large centred window otherwise. */
    public void open() {
        GraphicsDevice device = getGraphicsConfiguration().getDevice();
        Rectangle screen = getGraphicsConfiguration().getBounds();
        if (windowed) {
            Dimension size = windowSize != null ? windowSize : new Dimension(Math.min(1600, screen.width * 9 / 10),
                    Math.min(1000, screen.height * 9 / 10));
            // The size is the drawing area's, as a screen of that size would have it.
            getContentPane().setPreferredSize(size);
            pack();
            Point centred = new Point(screen.x + (screen.width - size.width) / 2,
                    screen.y + (screen.height - size.height) / 2);
            setLocation(centred);
            addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    // With no window manager, the JDK's X11 toolkit sometimes (about one window in
                    // forty) takes a stale ConfigureNotify from pack() for the window's place and
                    // believes it sits at 0,0 while the X server has it where it was asked. Touches
                    // still land (X reports them relative to the window), but everything that turns
                    // the window's place into screen points (a robot's taps, popups) misses. Saying
                    // the place again once the window is open makes both agree.
                    removeWindowListener(this);
                    setLocation(centred);
                }
            });
            setVisible(true);
        } else if (device.isFullScreenSupported()) {
            device.setFullScreenWindow(this);
        } else {
            setBounds(screen);
            setVisible(true);
        }
    }

    /**
     * Locks the kiosk-mode window down (keys, pointer, window manager: see {@link Lockdown}) until
     * it is disposed; nothing for a windowed kiosk. Once is enough; a second call does nothing.
     */
    public void lockDown(boolean hideCursor) {
        Threads.assertEdt();
        if (!windowed && lockdown == null) {
            lockdown = Lockdown.install(this, hideCursor);
        }
    }

    /** Lets go of the keyboard and the window manager first, then closes the window. */
    @Override
    public void dispose() {
        if (lockdown != null) {
            lockdown.stop();
            lockdown = null;
        }
        super.dispose();
    }

    /** Replaces whatever is on screen with {@code screen}. */
    public void showScreen(JComponent screen) {
        Threads.assertEdt();
        stage.removeAll();
        stage.add(screen, BorderLayout.CENTER);
        stage.revalidate();
        stage.repaint();
    }

    /** Runs once, on the EDT, after the first paint of the frame with a screen on it has finished. */
    public void whenFirstPainted(Runnable action) {
        onFirstPaint = action;
    }

    public boolean isWindowed() {
        return windowed;
    }

    /** The frame's content: the current screen. Reports its first complete paint. */
    private final class Stage extends JPanel {
        Stage() {
            super(new BorderLayout());
            setName("kiosk.stage");
        }

        @Override
        public void paint(Graphics g) {
            super.paint(g);
            if (onFirstPaint != null && getComponentCount() > 0) {
                Runnable action = onFirstPaint;
                onFirstPaint = null;
                // After this paint returns, Swing copies its buffer to the screen; then the action runs.
                EventQueue.invokeLater(action);
            }
        }
    }
}
