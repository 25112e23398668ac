package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * A windowed kiosk is where it believes it is. With no window manager, the JDK's X11 toolkit
 * sometimes took a stale ConfigureNotify for the window's place (about one window in forty) and
 * believed it sat at 0,0 while the X server showed it centred: every tap a robot (or the staff's
 * remote tools) aimed from the window's place missed, and GUI tests timed out waiting for a screen.
 * Here a real pointer event says where the window truly is, forty windows in a row.
 */
class KioskFramePlacementGuiIT {

    private static final int WINDOWS = 40;

    @Test
    void aPointerEventLandsWhereTheWindowSaysItIs() throws Exception {
        Robot robot = new Robot();
        for (int i = 0; i < WINDOWS; i++) {
            CompletableFuture<Point> truth = new CompletableFuture<>();
            CompletableFuture<Void> opened = new CompletableFuture<>();
            int n = i;
            KioskFrame frame = GuiActionRunner.execute(() -> {
                KioskFrame window = new KioskFrame("placement " + n, true, new Dimension(1280, 800));
                window.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowOpened(WindowEvent e) {
                        opened.complete(null);
                    }
                });
                JComponent screen = new JPanel();
                screen.addMouseListener(new MouseAdapter() {
                    @Override
                    public void mouseEntered(MouseEvent e) {
                        // The event's screen point minus its point in the screen: where X has the screen.
                        truth.complete(new Point(e.getXOnScreen() - e.getX(), e.getYOnScreen() - e.getY()));
                    }
                });
                screen.addMouseMotionListener(new MouseAdapter() {
                    @Override
                    public void mouseMoved(MouseEvent e) {
                        truth.complete(new Point(e.getXOnScreen() - e.getX(), e.getYOnScreen() - e.getY()));
                    }
                });
                window.showScreen(screen);
                window.open();
                return window;
            });
            try {
                opened.get(10, TimeUnit.SECONDS);
                robot.waitForIdle();
                Point believed = GuiActionRunner.execute(() -> frame.getContentPane().getLocationOnScreen());
                // Off the window first, then into its middle, so the window sees the pointer arrive.
                robot.mouseMove(0, 0);
                robot.mouseMove(believed.x + 640, believed.y + 400);
                Point actual = pointerSays(truth, robot, believed);
                assertThat(actual).as("window %d: where X has the kiosk's screen, against where Java believes it is", i)
                        .isEqualTo(believed);
            } finally {
                GuiActionRunner.execute(frame::dispose);
            }
        }
    }

    private static Point pointerSays(CompletableFuture<Point> truth, Robot robot, Point believed) throws Exception {
        try {
            return truth.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the pointer, moved into the middle of where the kiosk believes its window is ("
                    + believed + "), never reached the window: the window is elsewhere", e);
        }
    }
}
