package org.exhibitkiosk.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * A virtual X display of a test's own (Xvfb, 1920x1080x24), optionally with a window manager, and
 * the X tools a test drives it with (xdotool, wmctrl, xprop). The display number is the first free
 * one in {@code -Dkiosk.test.displays=FROM-TO} (default 120-159: above the suite's own :90-:119,
 * which .ci/test.sh uses for the display every other GUI test shares). Closing it ends everything
 * started on it, children first.
 */
public final class VirtualDisplay implements AutoCloseable {

    /** The window managers tested, each started with its default configuration. */
    public enum WindowManager {
        NONE, OPENBOX, XFWM4
    }

    private final String name;
    private final Path home;
    private final List<Process> started = new ArrayList<>();

    private VirtualDisplay(String name, Path home) {
        this.name = name;
        this.home = home;
    }

    /** Whether the tools of {@code manager} are installed (.ci/test.sh installs them). */
    public static boolean available(WindowManager manager) {
        List<String> tools = new ArrayList<>(List.of("Xvfb", "xdotool", "wmctrl", "xprop", "xwininfo"));
        switch (manager) {
            case OPENBOX -> tools.add("openbox");
            case XFWM4 -> tools.addAll(List.of("xfwm4", "dbus-run-session"));
            case NONE -> { }
        }
        return tools.stream().allMatch(VirtualDisplay::onPath);
    }

    private static boolean onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Starts Xvfb on a free display and, when asked, a window manager on it (with a fresh home). */
    public static VirtualDisplay start(WindowManager manager, Path home) {
        String[] range = System.getProperty("kiosk.test.displays", "120-159").split("-");
        int from = Integer.parseInt(range[0].strip());
        int to = Integer.parseInt(range[range.length - 1].strip());
        for (int number = from; number <= to; number++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            VirtualDisplay display = new VirtualDisplay(":" + number, home);
            try {
                // -noreset: else the server resets when the check below disconnects, refusing whoever connects then.
                display.launch(List.of("Xvfb", display.name, "-screen", "0", "1920x1080x24", "-nolisten", "tcp",
                        "-noreset"));
                boolean up = display.await(() -> display.run("xprop", "-root", "_NET_NOT_THERE").exit() == 0, 10_000);
                if (!up) {
                    // Another program took the number between the check and the start: try the next.
                    display.close();
                    continue;
                }
                display.startWindowManager(manager);
                return display;
            } catch (RuntimeException e) {
                display.close();
                throw e;
            }
        }
        throw new IllegalStateException("no free X display in " + from + "-" + to + " (-Dkiosk.test.displays)");
    }

    private void startWindowManager(WindowManager manager) {
        switch (manager) {
            case NONE -> {
                return;
            }
            case OPENBOX -> launch(List.of("openbox", "--sm-disable"));
            case XFWM4 -> launch(List.of("dbus-run-session", "--", "xfwm4", "--sm-client-disable"));
        }
        if (!await(() -> run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").out().contains("window id"), 15_000)) {
            throw new IllegalStateException(manager + " did not start on " + name + ": "
                    + run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").out() + " " + logOf(started.size() - 1));
        }
    }

    private String logOf(int index) {
        try {
            return Files.readString(home.resolve(logName(index)));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The display's name, as DISPLAY takes it (":120"). */
    public String name() {
        return name;
    }

    /** The environment for a program on this display: DISPLAY, and a home of the test's own. */
    public Map<String, String> environment() {
        try {
            Files.createDirectories(home.resolve("config"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // No accessibility bus: xfwm4 (GTK) would start one that outlives the test.
        return Map.of("DISPLAY", name, "HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "NO_AT_BRIDGE", "1", "GTK_A11Y", "none");
    }

    /** Starts a program on this display; it ends when the display closes. */
    public Process launch(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(logName(started.size())).toFile());
        return launch(builder);
    }

    private static String logName(int index) {
        return "started-" + index + ".log";
    }

    /** Starts a program on this display, its output as the builder says; it ends when the display closes. */
    public Process launch(ProcessBuilder builder) {
        builder.environment().putAll(environment());
        try {
            Files.createDirectories(home);
            Process process = builder.start();
            started.add(process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a short X tool printed, and how it ended. */
    public record Result(int exit, String out) {
    }

    /** Runs an X tool (xdotool, wmctrl, xprop...) on this display and waits for it, at most 10 s. */
    public Result run(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, new String(out));
            }
            return new Result(process.exitValue(), new String(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /** Waits until {@code test} holds or the time is up (assertj-swing's Pause); whether it held. */
    public boolean await(BooleanSupplier test, long millis) {
        try {
            Pause.pause(new Condition("a condition on " + name) {
                @Override
                public boolean test() {
                    return test.getAsBoolean();
                }
            }, Timeout.timeout(millis));
            return true;
        } catch (WaitTimedOutError e) {
            return false;
        }
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        started.clear();
    }
}
