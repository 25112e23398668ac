package org.exhibitkiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.RepaintManager;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.ops.ManualClock;
import org.exhibitkiosk.print.PdfFonts;
import org.exhibitkiosk.print.Printers;
import org.exhibitkiosk.print.SummaryDocument;
import org.exhibitkiosk.print.SummaryMap;
import org.exhibitkiosk.shell.KioskController;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: the figures that say the kiosk is fast, each beside its floor where it has one,
 * measured in one run on this machine. Prints progress to standard error and, as its last line,
 * one JSON object. Needs a display (a virtual one is fine).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the kiosk's performance on this machine.",
            "Start-up against an empty FlatLaf frame, tap-to-paint, transition and attract frame times,",
            "summary PDF times, content load time, heap growth over a soak, and memory.",
            "The last line is one JSON object."})
public final class BenchCommand implements Callable<Integer> {

    private static final long FRAME_NANOS = 16_666_667L;

    @Spec
    CommandSpec spec;

    @Option(names = "--starts", paramLabel = "N", description = "Cold starts of each kind (default: ${DEFAULT-VALUE}).")
    int starts = 5;

    @Option(names = "--taps", paramLabel = "N", description = "Robot taps across screens (default: ${DEFAULT-VALUE}).")
    int taps = 200;

    @Option(names = "--sessions", paramLabel = "N", description = "Soak sessions for heap growth (default: ${DEFAULT-VALUE}).")
    int sessions = 500;

    @Option(names = "--attract-seconds", paramLabel = "S", description = "Seconds of attract loop to time (default: ${DEFAULT-VALUE}).")
    int attractSeconds = 8;

    private FolderOptions folders;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("kiosk: bench needs a display (a virtual one is fine: Xvfb)");
            return Main.FAILED;
        }
        if (starts < 1 || taps < 1 || sessions < 1 || attractSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "every count must be at least 1");
        }
        folders = ((Main) spec.parent().userObject()).folders;
        ObjectNode result = new ObjectMapper().createObjectNode();

        progress("first frame: " + starts + " cold starts each of --smoke and of an empty FlatLaf frame");
        List<Long> kiosk = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            floor.add(firstFrame(FloorFrame.class.getName()));
            kiosk.add(firstFrame(Main.class.getName(), "--smoke", "--content", folders.content().toString(),
                    "--config", folders.config().toString()));
        }
        result.put("first_frame_ms", median(kiosk));
        result.put("floor_first_frame_ms", median(floor));
        result.put("first_frame_ratio", round((double) median(kiosk) / median(floor)));

        progress("content load");
        KioskFiles files = new KioskFiles(new StrictMapper());
        List<Long> loads = new ArrayList<>();
        KioskFiles.Outcome outcome = null;
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            outcome = files.load(folders.content(), folders.config());
            loads.add((System.nanoTime() - start) / 1_000_000);
        }
        if (outcome == null || !outcome.isClean()) {
            System.err.println("kiosk: bench: the content or config has problems; run validate first");
            return Main.FAILED;
        }
        result.put("content_load_ms", median(loads.subList(1, loads.size())));
        result.put("content_load_cold_ms", loads.get(0));

        progress("summary PDF");
        summaryTimes(outcome.exhibit().orElseThrow(), outcome.config().config().orElseThrow(), result);

        progress("the kiosk: attract frames, " + taps + " taps, transitions");
        interactive(result);

        progress("heap growth: a soak of " + sessions + " sessions in a JVM of its own");
        soak(result);

        PrintWriter out = spec.commandLine().getOut();
        out.println(result);
        out.flush();
        return Main.OK;
    }

    private void summaryTimes(Exhibit exhibit, KioskConfig config, ObjectNode result) throws IOException {
        SummaryDocument document = new SummaryDocument(new PdfFonts(), SummaryMap.NONE);
        long start = System.nanoTime();
        document.build(request(exhibit, config, config.languageCodes().get(0)));
        result.put("summary_pdf_ms_cold", (System.nanoTime() - start) / 1_000_000);
        ObjectNode byLanguage = result.putObject("summary_pdf_ms_by_lang");
        List<Long> medians = new ArrayList<>();
        for (String language : config.languageCodes()) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long t = System.nanoTime();
                document.build(request(exhibit, config, language));
                times.add((System.nanoTime() - t) / 1_000_000);
            }
            long median = median(times.subList(2, times.size()));
            byLanguage.put(language, median);
            medians.add(median);
        }
        ObjectNode pdf = result.putObject("summary_pdf_ms");
        pdf.put("cold", result.get("summary_pdf_ms_cold").asLong());
        pdf.put("warm", median(medians));
        result.remove("summary_pdf_ms_cold");
    }

    private static SummaryDocument.Request request(Exhibit exhibit, KioskConfig config, String language) {
        return new SummaryDocument.Request(exhibit, config.museum(), config.printing().paper(), List.of(language),
                LocalDate.now(config.timeZone()));
    }

    /** Runs the kiosk in this JVM and drives it with real (robot) input events. */
    private void interactive(ObjectNode result) throws Exception {
        FrameTimer timer = new FrameTimer();
        EventQueue.invokeAndWait(() -> RepaintManager.setCurrentManager(timer));
        ManualClock clock = new ManualClock(Instant.now());
        Path state = Files.createTempDirectory("kiosk-bench");
        AtomicInteger exitAsked = new AtomicInteger(-1);
        try (Kiosk kiosk = Kiosk.start(new Kiosk.Options(folders.content(), folders.config(), false, false,
                null, null, state), clock, exitAsked::set, Printers::forQueue)) {
            kiosk.shown().get(60, TimeUnit.SECONDS);
            drive(kiosk, timer, result);
        } finally {
            EventQueue.invokeAndWait(() -> RepaintManager.setCurrentManager(null));
        }
        if (exitAsked.get() >= 0) {
            throw new IllegalStateException("the kiosk asked to exit with status " + exitAsked.get());
        }
    }

    private void drive(Kiosk kiosk, FrameTimer timer, ObjectNode result) throws Exception {
        JFrame frame = kiosk.frame();
        KioskController controller = kiosk.controller();
        Robot robot = new Robot();
        robot.setAutoWaitForIdle(false);
        waitForEdt();

        timer.start();
        TimeUnit.SECONDS.sleep(attractSeconds);
        List<long[]> attract = timer.stop();
        result.set("attract_frame_ms", frameStats(attract));

        // Wake the kiosk, choose the first language.
        Component screen = OnEdt.call(() -> frame.getContentPane().getComponent(0));
        click(robot, screen);
        String firstLanguage = OnEdt.call(() -> controller.visitor().session().language());
        waitFor(frame, "screen.welcome");
        List<Double> tapTimes = new ArrayList<>();
        List<long[]> transitionFrames = new ArrayList<>();
        List<String> route = route(frame);
        int index = 0;
        while (tapTimes.size() < taps) {
            String name = route.get(index++ % route.size());
            Component target = OnEdt.call(() -> find(frame.getContentPane(), name));
            if (target == null) {
                index = 0;
                route = route(frame);
                continue;
            }
            Point center = OnEdt.call(() -> {
                Point p = target.getLocationOnScreen();
                return new Point(p.x + target.getWidth() / 2, p.y + target.getHeight() / 2);
            });
            robot.mouseMove(center.x, center.y);
            waitForEdt();
            long pressed = System.nanoTime();
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            long painted = waitForPressedPaint(timer, target, pressed);
            if (painted > 0) {
                tapTimes.add((painted - pressed) / 1e6);
            }
            timer.start();
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            waitForStill(frame);
            transitionFrames.addAll(animationFrames(timer.stop()));
            route = route(frame);
            index = 0;
        }
        ObjectNode tap = result.putObject("tap_to_paint_ms");
        tap.put("p50", round(percentile(tapTimes, 50)));
        tap.put("p99", round(percentile(tapTimes, 99)));
        tap.put("taps", tapTimes.size());
        result.set("transition_frame_ms", frameStats(transitionFrames));
        result.put("rss_mb", round(rssMb()));
        if (firstLanguage != null) {
            progress("note: a visitor session was already open when the bench began");
        }
    }

    /** The buttons to tap next: tiles from home, page turns in a section, home from anywhere else. */
    private static List<String> route(JFrame frame) throws Exception {
        return OnEdt.call(() -> {
            if (find(frame.getContentPane(), "screen.welcome") != null) {
                return List.of("welcome.language.en", "welcome.language.az", "welcome.language.hy");
            }
            if (find(frame.getContentPane(), "screen.home") != null) {
                return List.of("home.tile.background", "home.tile.operations", "home.tile.aftermath",
                        "home.tile.key-facts", "home.tile.perspectives", "home.tile.credits");
            }
            if (find(frame.getContentPane(), "screen.content-note") != null) {
                return List.of("note.continue");
            }
            if (find(frame.getContentPane(), "screen.reader") != null) {
                return List.of("reader.next", "reader.next", "reader.previous", "nav.home");
            }
            return List.of("nav.home");
        });
    }

    private static long waitForPressedPaint(FrameTimer timer, Component target, long pressed) throws Exception {
        long deadline = pressed + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            boolean shown = OnEdt.call(() -> target instanceof AbstractButton button && button.getModel().isPressed());
            long end = timer.lastPaintEnd();
            if (shown && end > pressed) {
                return end;
            }
            TimeUnit.MILLISECONDS.sleep(1);
        }
        return -1;
    }

    private static void waitForStill(JFrame frame) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            boolean moving = OnEdt.call(() -> {
                Component overlay = find(frame.getLayeredPane(), "kiosk.transition");
                return overlay != null && overlay.isVisible();
            });
            if (!moving) {
                waitForEdt();
                return;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    /** Frames of an animation: consecutive paints, a frame apart. */
    private static List<long[]> animationFrames(List<long[]> frames) {
        return frames.size() < 3 ? List.of() : frames.subList(1, frames.size());
    }

    /** p50 and p99 of paint durations, and the share of frame intervals that missed a 60 Hz frame. */
    private static ObjectNode frameStats(List<long[]> frames) {
        ObjectNode stats = new ObjectMapper().createObjectNode();
        List<Double> durations = new ArrayList<>();
        int late = 0;
        for (int i = 0; i < frames.size(); i++) {
            durations.add((frames.get(i)[1] - frames.get(i)[0]) / 1e6);
            if (i > 0) {
                long interval = frames.get(i)[0] - frames.get(i - 1)[0];
                if (interval > FRAME_NANOS * 3 / 2 && interval < FRAME_NANOS * 20) {
                    late++;
                }
            }
        }
        stats.put("p50", round(percentile(durations, 50)));
        stats.put("p99", round(percentile(durations, 99)));
        stats.put("dropped_pct", frames.size() < 2 ? 0 : round(100.0 * late / (frames.size() - 1)));
        stats.put("frames", frames.size());
        return stats;
    }

    private void soak(ObjectNode result) throws Exception {
        Path state = Files.createTempDirectory("kiosk-bench-soak");
        List<String> command = javaCommand(Main.class.getName(), "soak", "--sessions", Integer.toString(sessions),
                "--seed", "1919", "--content", folders.content().toString(), "--config", folders.config().toString(),
                "--state", state.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        List<String> lines = out.strip().lines().toList();
        JsonNode soak = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        result.put("heap_growth_pct", soak.get("heap_growth_pct").asDouble());
        result.put("soak_sessions", sessions);
        result.put("soak_uncaught", soak.get("uncaught").asLong());
    }

    /** One cold start in a JVM of its own; its first-frame-ms line. */
    private static long firstFrame(String mainClass, String... args) throws Exception {
        Process process = new ProcessBuilder(javaCommand(mainClass, args))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        for (String line : out.lines().toList()) {
            if (line.startsWith("first-frame-ms ")) {
                return Long.parseLong(line.substring("first-frame-ms ".length()).trim());
            }
        }
        throw new IllegalStateException(mainClass + " printed no first-frame-ms");
    }

    private static List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void waitFor(JFrame frame, String name) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (OnEdt.call(() -> find(frame.getContentPane(), name)) != null) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private static void click(Robot robot, Component target) throws Exception {
        Point center = OnEdt.call(() -> {
            Point p = target.getLocationOnScreen();
            return new Point(p.x + target.getWidth() / 2, p.y + target.getHeight() / 2);
        });
        robot.mouseMove(center.x, center.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitForEdt();
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

    private static void waitForEdt() throws Exception {
        EventQueue.invokeAndWait(() -> { });
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void progress(String message) {
        System.err.println("bench: " + message);
    }
}
