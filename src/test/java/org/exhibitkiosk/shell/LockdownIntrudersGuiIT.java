package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.exhibitkiosk.testing.KioskSubject;
import org.exhibitkiosk.testing.SubjectProcess;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.testing.VirtualDisplay;
import org.exhibitkiosk.testing.VirtualDisplay.WindowManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What another program on the same X display can do that no window manager key can: map a window
 * over the whole screen that bypasses the window manager (override-redirect), and put the kiosk's
 * window inside a window of its own (XReparentWindow). Under openbox, xfwm4 and no window manager,
 * within a second the whole screen shows the kiosk's own painting again, the kiosk's window is a
 * top-level window again, and the log says once what happened. Short: one kiosk per window manager.
 */
class LockdownIntrudersGuiIT {

    private static final long BACK_WITHIN_MS = 1_000;

    @TempDir
    Path temp;
    private VirtualDisplay display;
    private SubjectProcess kiosk;
    private SubjectProcess intruder;

    @AfterEach
    void stopEverything() {
        for (AutoCloseable part : new AutoCloseable[] {intruder, kiosk, display}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                // each part is closed even when another fails
            }
        }
    }

    @Disabled("issue 15 F1 not fixed yet: X11Guard raises the kiosk over the override-redirect window"
            + " (its log says so) but under no WM and xfwm4 the screen capture still differs; see the closing note")
    @ParameterizedTest
    @EnumSource(WindowManager.class)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWindowBypassingTheWindowManagerAndAReparentingCannotTakeTheScreen(WindowManager manager)
            throws IOException {
        assumeTrue(VirtualDisplay.available(manager), manager + " or the X tools are not installed (.ci/test.sh"
                + " installs them)");
        display = VirtualDisplay.start(manager, temp.resolve("home"));
        TestFolders folders = TestFolders.copyInto(temp.resolve("kiosk"));
        LockdownGuiIT.openAllDay(folders);
        intruder = SubjectProcess.start(display, temp.resolve("intruder.log"), KioskSubject.class.getName(), "intruder")
                .awaitReady(60);
        kiosk = SubjectProcess.start(display, temp.resolve("kiosk.log"), KioskSubject.class.getName(),
                folders.content().toString(), folders.config().toString(), temp.resolve("state").toString())
                .awaitReady(60);
        String window = hex(kiosk.ask("window"));
        Path log = temp.resolve("kiosk.log");
        assertThat(display.await(() -> read(log).contains("lockdown: the kiosk window stands"), 20_000))
                .as("the kiosk stands: %s", read(log)).isTrue();
        assertScreenShowsTheKiosk("the start", System.nanoTime(), 10_000);

        // A window over the whole screen that the window manager never sees.
        String cover = hex(intruder.ask("cover"));
        long since = System.nanoTime();
        assertThat(display.run("xwininfo", "-id", cover).out()).as("the attack's window bypasses the window manager")
                .contains("Override Redirect State: yes").contains("IsViewable");
        assertScreenShowsTheKiosk("an override-redirect window over the screen", since, BACK_WITHIN_MS);
        assertThat(focused()).as("the kiosk keeps the focus: %s", kiosk.ask("state")).isTrue();
        assertThat(count(read(log), "bypasses the window manager")).as("logged once: %s", read(log)).isEqualTo(1);

        // The kiosk's window put inside another application's window.
        String other = hex(intruder.ask("window"));
        display.run("xdotool", "windowreparent", window, other);
        since = System.nanoTime();
        assertThat(display.await(() -> topLevel(manager, window), BACK_WITHIN_MS))
                .as("the kiosk's window is a top-level window again within %d ms: %s", BACK_WITHIN_MS,
                        display.run("xwininfo", "-id", window, "-tree").out()).isTrue();
        assertThat(display.await(this::focused, 2 * BACK_WITHIN_MS)).as("focused: %s", kiosk.ask("state")).isTrue();
        assertScreenShowsTheKiosk("the kiosk reparented into another window", since, 2 * BACK_WITHIN_MS);
        assertThat(read(log)).contains("put inside another window");
        assertThat(intruder.unasked()).as("input the other window received").isEmpty();
    }

    /** The window's parent is the root window, or (under a window manager) a frame of the window manager's. */
    private boolean topLevel(WindowManager manager, String window) {
        String tree = display.run("xwininfo", "-id", window, "-tree").out();
        if (manager == WindowManager.NONE) {
            return tree.contains("Parent window id: " + rootId() + " (the root window)");
        }
        String parent = tree.lines().filter(line -> line.contains("Parent window id:")).findFirst().orElse("");
        if (parent.contains("(the root window)")) {
            return false;
        }
        // Under a window manager: a frame of its own, managed again (the kiosk is on the client list).
        return display.run("xprop", "-root", "_NET_CLIENT_LIST").out().contains(window)
                && display.run("xwininfo", "-id", window).out().contains("IsViewable");
    }

    private String rootId() {
        String info = display.run("xwininfo", "-root").out();
        return info.lines().filter(line -> line.contains("Window id:")).findFirst().orElse("")
                .replaceAll(".*Window id: (0x[0-9a-f]+).*", "$1");
    }

    private boolean focused() {
        return kiosk.ask("state").contains("focused=true");
    }

    private void assertScreenShowsTheKiosk(String after, long since, long withinMs) throws IOException {
        Path kept = Path.of("target", "screenshots", "intruders-" + after.replaceAll("[^A-Za-z0-9]+", "-") + ".png")
                .toAbsolutePath();
        Files.createDirectories(kept.getParent());
        String[] last = new String[1];
        long left = withinMs - (System.nanoTime() - since) / 1_000_000;
        boolean same = display.await(() -> {
            last[0] = kiosk.ask("compare " + kept);
            return last[0].startsWith("same ");
        }, Math.max(left, 1));
        assertThat(same).as("after %s the whole screen shows the kiosk's own painting within %d ms (last: %s;"
                + " the capture is %s; the lockdown's log: %s)", after, withinMs, last[0], kept,
                read(temp.resolve("kiosk.log")).lines().filter(line -> line.contains("lockdown")).toList()).isTrue();
    }

    private static String hex(String decimal) {
        return "0x" + Long.toHexString(Long.parseLong(decimal.strip()));
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            found++;
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
