package org.exhibitkiosk.testing;

import com.sun.jna.Native;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JWindow;
import javax.swing.SwingConstants;
import org.exhibitkiosk.app.Kiosk;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.print.CupsPrinter;
import org.exhibitkiosk.ui.TextBlock;

/**
 * A program for GUI tests that need a display of their own: the kiosk, started as Main starts it
 * (fullscreen, locked down), answering questions on standard input; or, with {@code intruder}, a
 * plain window of another application that reports every key and click it receives (asked
 * {@code window}, its X11 id; asked {@code cover}, it maps a window over the whole screen that
 * bypasses the window manager, and answers its id). Each answer
 * is one line starting with {@code subject: }, so the kiosk's own log lines on standard output
 * can be told apart.
 *
 * <p>Kiosk questions: {@code state} (mode, screen, focus, bounds), {@code window} (its X11 id),
 * {@code where NAME} (the screen centre of a named component: {@code at X Y} when a tap there
 * reaches it, {@code hidden X Y} when it is scrolled out of view or off the screen, {@code none}),
 * {@code text NAME} (a text block's text), {@code enabled NAME}, {@code released} (mouse
 * releases the kiosk has dispatched so far: once it counts a tap's release, the tap has been
 * acted on), {@code shots PAINT CAPTURE} (the kiosk's own painting of its window, and a capture
 * of the whole screen, as PNG files), {@code compare KEEP} (the two compared here, quicker than
 * through files).
 */
public final class KioskSubject {

    /** Mouse releases dispatched by the kiosk's EDT. */
    private static final AtomicLong RELEASED = new AtomicLong();

    private KioskSubject() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("intruder")) {
            intruder();
            return;
        }
        // Before the kiosk's first window: every event it gets passes through this queue.
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(new CountingQueue());
        AtomicReference<Kiosk> running = new AtomicReference<>();
        Kiosk kiosk = Kiosk.start(new Kiosk.Options(Path.of(args[0]), Path.of(args[1]), false, false, null, null,
                Path.of(args[2])), Clock.systemUTC(), status -> {
                    answer("exit " + status);
                    Kiosk started = running.get();
                    if (started != null) {
                        started.close();
                    }
                    Runtime.getRuntime().halt(status);
                }, CupsPrinter::local);
        running.set(kiosk);
        kiosk.shown().get(60, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(kiosk::close, "kiosk-shutdown"));
        answer("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.strip().split(" ");
            try {
                answer(switch (words[0]) {
                    case "state" -> state(kiosk);
                    case "window" -> Long.toString(Threads.askEdt(() -> Native.getWindowID(kiosk.frame()), 5,
                            TimeUnit.SECONDS));
                    case "where" -> where(kiosk, words[1]);
                    case "text" -> text(kiosk, words[1]);
                    case "enabled" -> enabled(kiosk, words[1]);
                    // Read on the EDT: a release counted there has been dispatched to the end.
                    case "released" -> Long.toString(Threads.askEdt(RELEASED::get, 5, TimeUnit.SECONDS));
                    case "shots" -> shots(kiosk, new File(words[1]), new File(words[2]));
                    case "compare" -> compare(kiosk, new File(words[1]));
                    default -> "unknown question " + words[0];
                });
            } catch (Exception e) {
                answer("failed " + e);
            }
        }
    }

    /**
     * Counts the mouse releases once they are dispatched to the end: the window's own, whichever
     * component they are handed to, and the ones no component takes (a tap whose press took its
     * screen away).
     */
    private static final class CountingQueue extends EventQueue {
        @Override
        protected void dispatchEvent(AWTEvent event) {
            try {
                super.dispatchEvent(event);
            } finally {
                if (event.getID() == MouseEvent.MOUSE_RELEASED) {
                    RELEASED.incrementAndGet();
                }
            }
        }
    }

    private static void answer(String text) {
        System.out.println("subject: " + text);
        System.out.flush();
    }

    private static String state(Kiosk kiosk) throws Exception {
        return Threads.askEdt(() -> {
            JFrame frame = kiosk.frame();
            Rectangle bounds = frame.getBounds();
            Component screen = frame.getContentPane().getComponentCount() == 0 ? null
                    : frame.getContentPane().getComponent(0);
            return "mode=" + kiosk.controller().mode() + " screen=" + (screen == null ? "none" : screen.getName())
                    + " focused=" + frame.isFocused() + " showing=" + frame.isShowing()
                    + " iconified=" + ((frame.getExtendedState() & Frame.ICONIFIED) != 0)
                    + " bounds=" + bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height;
        }, 5, TimeUnit.SECONDS);
    }

    private static String where(Kiosk kiosk, String name) throws Exception {
        return Threads.askEdt(() -> {
            Component found = find(kiosk.frame(), name);
            if (found == null) {
                return "none";
            }
            Point at = found.getLocationOnScreen();
            Point centre = new Point(at.x + found.getWidth() / 2, at.y + found.getHeight() / 2);
            // A component inside a scrolling surface is "showing" even where the surface hides it.
            Rectangle inView = found instanceof JComponent component ? component.getVisibleRect()
                    : new Rectangle(found.getSize());
            inView.translate(at.x, at.y);
            Rectangle window = kiosk.frame().getBounds();
            boolean reachable = inView.contains(centre) && window.contains(centre)
                    && new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()).contains(centre);
            return (reachable ? "at " : "hidden ") + centre.x + " " + centre.y;
        }, 5, TimeUnit.SECONDS);
    }

    private static String text(Kiosk kiosk, String name) throws Exception {
        return Threads.askEdt(() -> {
            Component found = find(kiosk.frame(), name);
            return found instanceof TextBlock block ? "text " + block.getText().replace('\n', ' ') : "none";
        }, 5, TimeUnit.SECONDS);
    }

    private static String enabled(Kiosk kiosk, String name) throws Exception {
        return Threads.askEdt(() -> {
            Component found = find(kiosk.frame(), name);
            return found == null ? "none" : Boolean.toString(found.isEnabled());
        }, 5, TimeUnit.SECONDS);
    }

    private static Component find(Container container, String name) {
        for (Component child : container.getComponents()) {
            if (name.equals(child.getName()) && child.isShowing()) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Compares the kiosk's own painting of its window with a capture of the whole screen, every
     * second pixel of every second row: "same N of M" or "unlike N of M" (pixels unlike, sampled),
     * and "size WxH WxH" when the window does not cover the screen. Unlike: any channel apart by
     * more than a little antialiasing. Keeps the capture as {@code keep} when unlike.
     */
    private static String compare(Kiosk kiosk, File keep) throws Exception {
        BufferedImage painted = painting(kiosk);
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage captured = new Robot().createScreenCapture(screen);
        if (painted.getWidth() != captured.getWidth() || painted.getHeight() != captured.getHeight()) {
            return "size " + painted.getWidth() + "x" + painted.getHeight() + " " + captured.getWidth() + "x"
                    + captured.getHeight();
        }
        long unlike = 0;
        long sampled = 0;
        for (int y = 0; y < painted.getHeight(); y += 2) {
            for (int x = 0; x < painted.getWidth(); x += 2) {
                sampled++;
                int a = painted.getRGB(x, y);
                int b = captured.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 24) {
                        unlike++;
                        break;
                    }
                }
            }
        }
        // At most one pixel in a thousand: the text's antialiasing on screen and in an image may differ.
        boolean same = unlike * 1000 <= sampled;
        if (!same) {
            ImageIO.write(captured, "png", keep);
        }
        return (same ? "same " : "unlike ") + unlike + " of " + sampled;
    }

    private static BufferedImage painting(Kiosk kiosk) throws Exception {
        return Threads.askEdt(() -> {
            JFrame frame = kiosk.frame();
            BufferedImage image = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                frame.getRootPane().paint(g);
            } finally {
                g.dispose();
            }
            return image;
        }, 5, TimeUnit.SECONDS);
    }

    /** The kiosk's own painting of its window, then what the screen shows, both as PNG. */
    private static String shots(Kiosk kiosk, File paint, File capture) throws Exception {
        BufferedImage painted = Threads.askEdt(() -> {
            JFrame frame = kiosk.frame();
            BufferedImage image = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                frame.getRootPane().paint(g);
            } finally {
                g.dispose();
            }
            return image;
        }, 5, TimeUnit.SECONDS);
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage captured = new Robot().createScreenCapture(screen);
        ImageIO.write(painted, "png", paint);
        ImageIO.write(captured, "png", capture);
        return "shots " + painted.getWidth() + "x" + painted.getHeight() + " " + captured.getWidth() + "x"
                + captured.getHeight();
    }

    /** Another application's window: it says what input it receives. */
    private static void intruder() throws Exception {
        Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (event.getID() == KeyEvent.KEY_PRESSED || event.getID() == MouseEvent.MOUSE_PRESSED) {
                answer("input " + event.paramString());
            }
        }, AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        JFrame shown = Threads.askEdt(() -> {
            JFrame frame = new JFrame("intruder");
            frame.add(new JLabel("another application", SwingConstants.CENTER));
            frame.setBounds(200, 150, 800, 600);
            frame.setVisible(true);
            return frame;
        }, 30, TimeUnit.SECONDS);
        answer("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            answer(switch (line.strip()) {
                case "window" -> Long.toString(Threads.askEdt(() -> Native.getWindowID(shown), 5, TimeUnit.SECONDS));
                case "cover" -> Long.toString(Threads.askEdt(KioskSubject::cover, 5, TimeUnit.SECONDS));
                default -> "still here";
            });
        }
        Runtime.getRuntime().halt(0);
    }

    /**
     * A window over the whole screen that bypasses the window manager (AWT makes a popup window
     * override-redirect): mapped and raised at once, as a screen locker or a rogue overlay would.
     */
    private static long cover() {
        JWindow cover = new JWindow();
        cover.setType(Window.Type.POPUP);
        cover.setName("cover");
        JLabel label = new JLabel("an override-redirect window", SwingConstants.CENTER);
        label.setOpaque(true);
        label.setBackground(java.awt.Color.MAGENTA);
        cover.add(label);
        cover.setBounds(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
        cover.setVisible(true);
        cover.toFront();
        return Native.getWindowID(cover);
    }
}
