package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.exhibitkiosk.app.Main;
import org.exhibitkiosk.testing.KioskOnDisplay;
import org.exhibitkiosk.testing.KioskSubject;
import org.exhibitkiosk.testing.StaffEntry;
import org.exhibitkiosk.testing.SubjectProcess;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.testing.VirtualDisplay;
import org.exhibitkiosk.testing.VirtualDisplay.WindowManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk locked down on a desktop: on a virtual display of the test's own, under openbox, under
 * xfwm4 (each with its default configuration) and with no window manager, the kiosk (in a JVM of
 * its own, as installed) is attacked with the window manager's keys, with what a taskbar or pager
 * asks of the window manager (minimise, show desktop, switch desktops, move, resize, close, drop
 * fullscreen, unmap) and with another application's window raised over it. After each attack,
 * within one second, the kiosk is mapped, fullscreen, on top, focused and on every desktop, the
 * whole screen shows exactly what the kiosk paints, and the other window has had no input. Then
 * staff get in (the gesture, the PIN) and out (leave kiosk mode, confirmed), and the screen is
 * the desktop's again: the other window takes keys.
 */
class LockdownGuiIT {

    /** The promise: back within a second. */
    private static final long BACK_WITHIN_MS = 1_000;
    /** The screen: the same, and the time openbox's desktop-switch notice stays up (see below). */
    private static final long SCREEN_WITHIN_MS = 1_500;

    @TempDir
    Path temp;
    private VirtualDisplay display;
    private SubjectProcess kiosk;
    private SubjectProcess intruder;
    private KioskOnDisplay touch;

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

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void openboxWithItsDefaultKeysCannotTakeTheKioskOffTheScreen() throws IOException {
        lockedDown(WindowManager.OPENBOX, List.of(
                key("super+d"), key("ctrl+alt+Right"), key("ctrl+alt+Left"), key("shift+alt+Right"), key("super+F2"),
                key("alt+F4"), key("alt+Escape"), key("alt+space"), key("alt+Tab"), key("super+shift+Right")));
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void xfwm4WithItsDefaultKeysCannotTakeTheKioskOffTheScreen() throws IOException {
        lockedDown(WindowManager.XFWM4, List.of(
                key("ctrl+alt+d"), key("ctrl+alt+Right"), key("ctrl+F2"), key("ctrl+alt+End"), key("alt+F9"),
                key("alt+F4"), key("alt+F7"), key("alt+F8"), key("alt+F11"), key("alt+F6"), key("alt+F12"),
                key("shift+alt+Page_Down"), key("alt+space"), key("alt+Tab")));
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void withNoWindowManagerTheKioskStaysOnTopAndFocused() throws IOException {
        lockedDown(WindowManager.NONE, List.of(key("alt+F4"), key("ctrl+alt+BackSpace"), key("alt+Tab")));
    }

    /** One attack on the kiosk, by name. */
    private record Attack(String name, Consumer<String> run) {
    }

    private Attack key(String keys) {
        return new Attack("the key " + keys, window -> display.run("xdotool", "key", keys));
    }

    /** What a taskbar, pager or script asks of the window manager, and another window raised. */
    private List<Attack> actions(WindowManager manager) {
        List<Attack> attacks = new ArrayList<>();
        attacks.add(new Attack("a window raised over the kiosk and typed into", window -> {
            String other = display.run("xdotool", "search", "--name", "^intruder$").out().strip().split("\\s+")[0];
            display.run("xdotool", "windowmap", other);
            display.run("xdotool", "windowraise", other);
            if (manager != WindowManager.NONE) {
                display.run("wmctrl", "-i", "-r", other, "-b", "add,above");
                display.run("wmctrl", "-i", "-a", other);
            } else {
                display.run("xdotool", "windowfocus", other);
            }
            display.run("xdotool", "type", "--delay", "5", "hello");
        }));
        attacks.add(new Attack("unmapping the window", window -> display.run("xdotool", "windowunmap", window)));
        attacks.add(new Attack("minimising the window", window -> display.run("xdotool", "windowminimize", window)));
        attacks.add(new Attack("moving the window", window -> display.run("xdotool", "windowmove", window, "200", "200")));
        attacks.add(new Attack("resizing the window", window -> display.run("xdotool", "windowsize", window, "640", "480")));
        attacks.add(new Attack("Alt+drag (the window managers' move)", window -> display.run("xdotool",
                "mousemove", "960", "900", "keydown", "alt", "mousedown", "1", "mousemove", "1200", "1000",
                "mousemove", "1300", "1050", "mouseup", "1", "keyup", "alt")));
        attacks.add(new Attack("Alt+right-drag (the window managers' resize)", window -> display.run("xdotool",
                "mousemove", "960", "900", "keydown", "alt", "mousedown", "3", "mousemove", "700", "700",
                "mousemove", "600", "600", "mouseup", "3", "keyup", "alt")));
        if (manager != WindowManager.NONE) {
            attacks.add(new Attack("show desktop", window -> display.run("wmctrl", "-k", "on")));
            attacks.add(new Attack("switching to desktop 2", window -> display.run("wmctrl", "-s", "1")));
            attacks.add(new Attack("sending the window to desktop 3", window ->
                    display.run("wmctrl", "-i", "-r", window, "-t", "2")));
            attacks.add(new Attack("dropping fullscreen, above and sticky", window ->
                    display.run("wmctrl", "-i", "-r", window, "-b", "remove,fullscreen,above")));
            attacks.add(new Attack("dropping skip taskbar and skip pager", window ->
                    display.run("wmctrl", "-i", "-r", window, "-b", "remove,skip_taskbar,skip_pager")));
            attacks.add(new Attack("closing the window", window -> display.run("wmctrl", "-i", "-c", window)));
            attacks.add(new Attack("another window raised by a script", window -> display.run("xdotool",
                    "windowraise", display.run("xdotool", "search", "--name", "^intruder$").out().strip()
                            .split("\\s+")[0])));
        }
        return attacks;
    }

    private void lockedDown(WindowManager manager, List<Attack> keys) throws IOException {
        assumeTrue(VirtualDisplay.available(manager), manager + " or the X tools are not installed (.ci/test.sh"
                + " installs them)");
        display = VirtualDisplay.start(manager, temp.resolve("home"));
        TestFolders folders = TestFolders.copyInto(temp.resolve("kiosk"));
        openAllDay(folders);
        intruder = SubjectProcess.start(display, temp.resolve("intruder.log"), KioskSubject.class.getName(), "intruder")
                .awaitReady(60);
        kiosk = SubjectProcess.start(display, temp.resolve("kiosk.log"), KioskSubject.class.getName(),
                folders.content().toString(), folders.config().toString(), temp.resolve("state").toString())
                .awaitReady(60);
        touch = new KioskOnDisplay(display, kiosk);
        String window = "0x" + Long.toHexString(Long.parseLong(kiosk.ask("window")));
        // The window manager takes the new window on: it stands as it should, in its own time.
        assertBack(manager, window, "the start", System.nanoTime(), 10_000);
        tapOn("screen.attract");
        assertThat(display.await(() -> !"none".equals(kiosk.ask("where screen.welcome")), 10_000))
                .as("a tap wakes the kiosk: %s", kiosk.ask("state")).isTrue();
        // The welcome screen slides in: its first still frame, then the attacks.
        assertScreenShowsTheKiosk("the welcome screen", System.nanoTime(), 10_000);

        List<Attack> attacks = new ArrayList<>(keys);
        attacks.addAll(actions(manager));
        for (Attack attack : attacks) {
            attack.run().accept(window);
            long since = System.nanoTime();
            assertBack(manager, window, attack.name(), since, BACK_WITHIN_MS);
            assertScreenShowsTheKiosk(attack.name(), since, SCREEN_WITHIN_MS);
        }
        assertThat(intruder.unasked()).as("input the other window received").isEmpty();

        // Alive: a visitor's tap still works, and so does the staff's way in and out.
        tapOn("welcome.language.en");
        assertThat(display.await(() -> !"none".equals(kiosk.ask("where screen.home")), 10_000))
                .as("a tap after the attacks: %s", kiosk.ask("state")).isTrue();
        staffLeave(manager, window);
    }

    /**
     * The gesture, the PIN, "Leave kiosk mode" and its confirmation: the kiosk's window goes, the
     * keyboard is let go, the process ends with "left kiosk mode" (10) after writing the visit and
     * the log's close, and the screen is the desktop's again: the other window takes a click and keys.
     * The staff panel scrolls at 1920x1080: the taps drag it until the row is in view.
     */
    private void staffLeave(WindowManager manager, String window) {
        StaffEntry staff = new StaffEntry(touch);
        staff.logIn("1919");
        touch.tap("staff.leave");
        assertThat(kiosk.process().isAlive()).as("one tap on Leave only asks to confirm").isTrue();
        assertThat(kiosk.unasked()).isEmpty();
        touch.waitUntil("the panel asks to confirm", () -> touch.isShowing("staff.leave.confirm")
                && touch.isShowing("staff.leave.question"), 10_000);
        touch.tap("staff.leave.confirm");
        assertThat(display.await(() -> !kiosk.process().isAlive(), 15_000)).as("the kiosk ends").isTrue();
        assertThat(kiosk.process().exitValue()).as("the exit status: left kiosk mode, not restarted")
                .isEqualTo(Main.LEFT_KIOSK_MODE);
        assertThat(kiosk.unasked()).contains("exit " + Main.LEFT_KIOSK_MODE);
        // It closed first: the visit is in the statistics, and the log ends with the close.
        try (var days = Files.list(temp.resolve("state").resolve("stats"))) {
            String stats = String.join("\n", days.map(LockdownGuiIT::read).toList());
            assertThat(stats).as("the statistics").contains("\"event\":\"session-end\"");
        } catch (IOException e) {
            throw new AssertionError("no statistics written", e);
        }
        String log = read(temp.resolve("kiosk").resolve("logs").resolve("kiosk.log"));
        assertThat(log.indexOf("the kiosk is closed")).as("the log's close line").isGreaterThan(
                log.indexOf("staff left kiosk mode")).isGreaterThan(0);
        assertThat(display.run("xwininfo", "-id", window).exit()).as("the kiosk's window is gone").isNotZero();
        // The screen is the desktop's again: the other window takes a click, and keys (no grab left).
        String other = display.run("xdotool", "search", "--name", "^intruder$").out().strip().split("\\s+")[0];
        boolean typed = display.await(() -> {
            if (manager != WindowManager.NONE) {
                display.run("wmctrl", "-i", "-a", other);
            }
            display.run("xdotool", "mousemove", "600", "450", "click", "1", "key", "a");
            return intruder.unasked().stream().anyMatch(input -> input.contains("KEY_PRESSED"));
        }, 10_000);
        assertThat(typed).as("the other window takes keys once the kiosk is gone: %s", intruder.unasked()).isTrue();
        assertThat(intruder.unasked()).as("the other window takes clicks and keys once the kiosk is gone")
                .anyMatch(input -> input.contains("MOUSE_PRESSED"))
                .anyMatch(input -> input.contains("KEY_PRESSED"));
    }

    private void tapOn(String component) {
        touch.tap(component);
    }

    /** Within a second: mapped, fullscreen, on top, focused, on every desktop, and Java agrees. */
    private void assertBack(WindowManager manager, String window, String after, long since, long withinMs) {
        List<String> wrong = new ArrayList<>();
        boolean back = display.await(() -> {
            wrong.clear();
            wrong.addAll(whatIsWrong(manager, window));
            return wrong.isEmpty();
        }, Math.max(1, withinMs - (System.nanoTime() - since) / 1_000_000));
        if (!back) {
            // The wait stops a check midway: ask once more, for the message.
            wrong.clear();
            wrong.addAll(whatIsWrong(manager, window));
        }
        assertThat(back).as("after %s the kiosk is back within %d ms; still wrong: %s", after, withinMs, wrong)
                .isTrue();
    }

    private List<String> whatIsWrong(WindowManager manager, String window) {
        List<String> wrong = new ArrayList<>();
        String state = kiosk.ask("state");
        if (!state.contains("focused=true") || !state.contains("showing=true") || !state.contains("iconified=false")
                || !state.contains("bounds=0,0,1920,1080")) {
            wrong.add("the kiosk says " + state);
        }
        String info = display.run("xwininfo", "-id", window).out();
        if (!info.contains("IsViewable")) {
            wrong.add("not mapped");
        }
        if (manager == WindowManager.NONE) {
            String tree = display.run("xwininfo", "-root", "-children").out();
            List<String> children = tree.lines().filter(line -> line.strip().startsWith("0x")).toList();
            // xwininfo lists the root's children top first.
            if (children.isEmpty() || !children.get(0).strip().startsWith(window)) {
                wrong.add("not the topmost window");
            }
            return wrong;
        }
        String root = display.run("xprop", "-root", "_NET_ACTIVE_WINDOW", "_NET_CLIENT_LIST_STACKING",
                "_NET_SHOWING_DESKTOP").out();
        String props = display.run("xprop", "-id", window, "_NET_WM_STATE", "_NET_WM_DESKTOP").out();
        long id = Long.decode(window);
        List<Long> active = ids(root, "_NET_ACTIVE_WINDOW");
        if (active.isEmpty() || active.get(0) != id) {
            wrong.add("not the active window: " + active);
        }
        List<Long> stacking = ids(root, "_NET_CLIENT_LIST_STACKING");
        if (!stacking.isEmpty() && stacking.get(stacking.size() - 1) != id) {
            wrong.add("not on top of the stacking order " + stacking);
        }
        if (root.contains("_NET_SHOWING_DESKTOP(CARDINAL) = 1")) {
            wrong.add("the desktop is shown");
        }
        for (String wanted : List.of("FULLSCREEN", "SKIP_TASKBAR", "SKIP_PAGER")) {
            if (!props.contains("_NET_WM_STATE_" + wanted)) {
                wrong.add("not " + wanted.toLowerCase(Locale.ROOT));
            }
        }
        // xfwm4 keeps fullscreen windows in a layer above "above" and drops the flag when asked for both.
        if (manager == WindowManager.OPENBOX && !props.contains("_NET_WM_STATE_ABOVE")) {
            wrong.add("not above");
        }
        if (!props.contains("_NET_WM_DESKTOP(CARDINAL) = 4294967295")) {
            wrong.add("not on all desktops: " + props.lines().filter(l -> l.contains("DESKTOP")).toList());
        }
        return wrong;
    }

    private static List<Long> ids(String xprop, String property) {
        return xprop.lines().filter(line -> line.startsWith(property + "(")).findFirst()
                .map(line -> line.substring(line.indexOf('#') + 1).split(","))
                .map(parts -> Arrays.stream(parts).map(String::strip).filter(p -> p.startsWith("0x"))
                        .map(Long::decode).toList())
                .orElse(List.of());
    }

    /**
     * The whole screen, captured, is the kiosk's own painting of its window: nothing over it,
     * nothing missing. Waited for a little longer than the window's state, from the same start:
     * a window manager may show a notice of its own over every window (openbox shows the desktop's
     * name for 0.9 s after a switch), which no window can keep off the screen.
     */
    private void assertScreenShowsTheKiosk(String after, long since, long withinMs) throws IOException {
        Path kept = Path.of("target", "screenshots", "lockdown-" + after.replaceAll("[^A-Za-z0-9]+", "-") + ".png")
                .toAbsolutePath();
        Files.createDirectories(kept.getParent());
        String[] last = new String[1];
        long left = withinMs - (System.nanoTime() - since) / 1_000_000;
        boolean same = display.await(() -> {
            last[0] = kiosk.ask("compare " + kept);
            return last[0].startsWith("same ");
        }, Math.max(left, 1));
        if (!same) {
            last[0] = kiosk.ask("compare " + kept);
        }
        assertThat(same).as("after %s the whole screen shows the kiosk's own painting within %d ms (last: %s;"
                + " the capture is %s)", after, withinMs, last[0], kept).isTrue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** The fixture config, open round the clock: the welcome screen rather than "closed". */
    static void openAllDay(TestFolders folders) throws IOException {
        Path file = folders.config().resolve("kiosk.yaml");
        String yaml = Files.readString(file, StandardCharsets.UTF_8)
                .replaceAll("(?m)^(  (mon|tues|wednes|thurs|fri|satur|sun)day): .*$", "$1: 00:00-24:00");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }
}
