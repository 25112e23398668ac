package org.exhibitkiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import org.exhibitkiosk.ops.CrashGuard;
import org.exhibitkiosk.ops.EdtWatchdog;
import org.exhibitkiosk.ops.ManualClock;
import org.exhibitkiosk.print.Printers;
import org.exhibitkiosk.shell.KioskController;
import org.exhibitkiosk.ui.GestureSurface;
import org.exhibitkiosk.ui.TouchButton;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code soak --sessions N --seed S}: drives the real interface through random visitor sessions
 * (taps on whatever buttons show, swipes and drags, language switches, print attempts, idle
 * resets) and reports, as its last line, JSON with what went wrong and how the heap grew.
 * Exit 1 when anything went uncaught.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"Drive the kiosk through random visitor sessions and report errors and heap growth.",
            "Needs a display (a virtual one is fine)."})
public final class SoakCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sessions", paramLabel = "N", description = "Visitor sessions to run (default: ${DEFAULT-VALUE}).")
    int sessions = 200;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random visitor (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
        if (sessions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sessions must be at least 1");
        }
        FolderOptions folders = ((Main) spec.parent().userObject()).folders;
        ManualClock clock = new ManualClock(Instant.parse("2026-11-25T12:00:00Z"));
        Kiosk.Options options = new Kiosk.Options(folders.content(), folders.config(), true, false,
                null, new Dimension(1600, 900), folders.state().resolve("soak"));
        // A kiosk that asks to end the JVM under the soak has failed it: the soak stops and says so.
        AtomicInteger exitAsked = new AtomicInteger(-1);
        Report report;
        try (Kiosk kiosk = Kiosk.start(options, clock, exitAsked::set, Printers::forQueue)) {
            kiosk.shown().get(60, TimeUnit.SECONDS);
            report = new Soak(kiosk, clock, new Random(seed), exitAsked).run(sessions);
        } catch (Kiosk.CannotStart e) {
            System.err.println("kiosk: " + e.getMessage());
            return Main.FAILED;
        }
        if (exitAsked.get() >= 0) {
            System.err.println("kiosk: soak: the kiosk asked to exit with status " + exitAsked.get());
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("sessions", sessions);
        json.put("seed", seed);
        json.put("actions", report.actions());
        json.put("uncaught", report.uncaught());
        json.put("edt_stalls_over_100ms", report.stalls());
        json.put("warmup_sessions", report.warmup());
        json.put("heap_start_mb", round(report.heapStart() / 1048576.0));
        json.put("heap_end_mb", round(report.heapEnd() / 1048576.0));
        json.put("heap_growth_pct", round(100.0 * (report.heapEnd() - report.heapStart()) / report.heapStart()));
        out.println(json);
        out.flush();
        return report.uncaught() == 0 && exitAsked.get() < 0 ? Main.OK : Main.FAILED;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** What a soak found. */
    record Report(long actions, long uncaught, long stalls, int warmup, long heapStart, long heapEnd) {
    }

    /** The random visitor. */
    static final class Soak {
        private final ManualClock clock;
        private final Random random;
        private final AtomicInteger exitAsked;
        private final Kiosk kiosk;
        private final JFrame frame;
        private final KioskController controller;
        private long actions;

        Soak(Kiosk kiosk, ManualClock clock, Random random, AtomicInteger exitAsked) {
            this.kiosk = kiosk;
            this.clock = clock;
            this.random = random;
            this.exitAsked = exitAsked;
            this.frame = kiosk.frame();
            this.controller = kiosk.controller();
        }

        Report run(int sessions) throws Exception {
            int warmup = Math.min(20, Math.max(1, sessions / 10));
            long heapStart = 0;
            for (int session = 0; session < sessions + warmup && exitAsked.get() < 0; session++) {
                if (session == warmup) {
                    heapStart = heapAfterGc();
                }
                visit();
            }
            long heapEnd = heapAfterGc();
            CrashGuard guard = kiosk.crashGuard();
            EdtWatchdog watchdog = kiosk.watchdog();
            return new Report(actions, guard == null ? 0 : guard.uncaughtCount(),
                    watchdog == null ? 0 : watchdog.stallsOver100ms(), warmup, heapStart, heapEnd);
        }

        /** One visitor: wakes the kiosk, does a few random things, and leaves it to the idle reset. */
        private void visit() throws Exception {
            OnEdt.call(() -> {
                if (controller.mode() != KioskController.Mode.VISITOR) {
                    Component screen = frame.getContentPane().getComponent(0);
                    tap(screen, new Point(screen.getWidth() / 2, screen.getHeight() / 2));
                }
                return null;
            });
            int steps = 4 + random.nextInt(24);
            for (int step = 0; step < steps; step++) {
                OnEdt.call(this::act);
                clock.advance(Duration.ofSeconds(1 + random.nextInt(8)));
                actions++;
            }
            clock.advance(Duration.ofMinutes(10));
            OnEdt.call(() -> {
                controller.tick();
                controller.tick();
                return null;
            });
        }

        private Object act() {
            List<TouchButton> buttons = new ArrayList<>();
            List<GestureSurface> surfaces = new ArrayList<>();
            collect(frame.getContentPane(), buttons, surfaces);
            // Leave the kiosk's own way out alone; everything else a visitor may touch.
            buttons.removeIf(b -> b.getName() != null && b.getName().startsWith("staff."));
            int choice = random.nextInt(10);
            if (choice < 2 && !surfaces.isEmpty()) {
                GestureSurface surface = surfaces.get(random.nextInt(surfaces.size()));
                boolean horizontal = random.nextBoolean();
                int dx = horizontal ? (random.nextBoolean() ? 1 : -1) * surface.getWidth() / 3 : 0;
                int dy = horizontal ? 0 : (random.nextBoolean() ? 1 : -1) * surface.getHeight() / 3;
                drag(surface, dx, dy);
            } else if (!buttons.isEmpty()) {
                TouchButton button = buttons.get(random.nextInt(buttons.size()));
                tap(button, new Point(button.getWidth() / 2, button.getHeight() / 2));
            }
            return null;
        }

        private static void collect(Container container, List<TouchButton> buttons, List<GestureSurface> surfaces) {
            for (Component child : container.getComponents()) {
                if (!child.isShowing()) {
                    continue;
                }
                if (child instanceof TouchButton button && button.isEnabled()) {
                    buttons.add(button);
                } else if (child instanceof GestureSurface surface) {
                    surfaces.add(surface);
                }
                if (child instanceof Container inner) {
                    collect(inner, buttons, surfaces);
                }
            }
        }

        private static void tap(Component target, Point at) {
            long now = System.currentTimeMillis();
            target.dispatchEvent(new MouseEvent(target, MouseEvent.MOUSE_PRESSED, now, InputEvent.BUTTON1_DOWN_MASK,
                    at.x, at.y, 1, false, MouseEvent.BUTTON1));
            if (target.isShowing()) {
                target.dispatchEvent(new MouseEvent(target, MouseEvent.MOUSE_RELEASED, now, 0, at.x, at.y, 1, false,
                        MouseEvent.BUTTON1));
            }
        }

        private static void drag(Component target, int dx, int dy) {
            long now = System.currentTimeMillis();
            int x = target.getWidth() / 2;
            int y = target.getHeight() / 2;
            target.dispatchEvent(new MouseEvent(target, MouseEvent.MOUSE_PRESSED, now, InputEvent.BUTTON1_DOWN_MASK,
                    x, y, 1, false, MouseEvent.BUTTON1));
            for (int step = 1; step <= 6; step++) {
                target.dispatchEvent(new MouseEvent(target, MouseEvent.MOUSE_DRAGGED, now + step * 16L,
                        InputEvent.BUTTON1_DOWN_MASK, x + dx * step / 6, y + dy * step / 6, 1, false, MouseEvent.BUTTON1));
            }
            target.dispatchEvent(new MouseEvent(target, MouseEvent.MOUSE_RELEASED, now + 120, 0, x + dx, y + dy, 1,
                    false, MouseEvent.BUTTON1));
        }

        private static long heapAfterGc() throws Exception {
            for (int i = 0; i < 3; i++) {
                System.gc();
                OnEdt.call(() -> null);
            }
            Runtime runtime = Runtime.getRuntime();
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }
}
