package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.exhibitkiosk.ops.EdtWatchdog;
import org.exhibitkiosk.testing.FreezableMain;
import org.exhibitkiosk.testing.SubjectProcess;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.testing.VirtualDisplay;
import org.exhibitkiosk.testing.VirtualDisplay.WindowManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as installed (its own Main, in a JVM of its own, on a display of the test's own) whose
 * event thread freezes during a visit: after the watchdog's limit (10 s) it ends with status 70, so
 * the service restarts it, and before it ends it has ended the visit in the statistics, written
 * them to disk, and said in its log why it ends, then that it closed. The freeze is the test's
 * ({@link FreezableMain}): the kiosk has no hook for it.
 */
class WatchdogExitGuiIT {

    @TempDir
    Path temp;
    private VirtualDisplay display;
    private SubjectProcess kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (display != null) {
            display.close();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFrozenEventThreadEndsTheKioskWithSeventyAfterWritingTheVisitAndTheLogs() throws Exception {
        assumeTrue(VirtualDisplay.available(WindowManager.NONE), "Xvfb or the X tools are not installed");
        display = VirtualDisplay.start(WindowManager.NONE, temp.resolve("home"));
        TestFolders folders = TestFolders.copyInto(temp.resolve("kiosk"));
        Path yaml = folders.config().resolve("kiosk.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8)
                .replaceAll("(?m)^(  (mon|tues|wednes|thurs|fri|satur|sun)day): .*$", "$1: 00:00-24:00"));
        Path state = temp.resolve("state");
        kiosk = SubjectProcess.start(display, temp.resolve("kiosk.log"), FreezableMain.class.getName(),
                "--content", folders.content().toString(), "--config", folders.config().toString(),
                "--state", state.toString());
        Path log = temp.resolve("kiosk").resolve("logs").resolve("kiosk.log");
        assertThat(display.await(() -> contains(log, "lockdown: the kiosk window stands"), 60_000))
                .as("the kiosk opens and locks down").isTrue();

        // A visit: the tap wakes the kiosk.
        display.run("xdotool", "mousemove", "960", "540", "click", "1");
        assertThat(display.await(() -> stats(state).contains("\"event\":\"session\""), 10_000))
                .as("a tap starts a visit: %s", stats(state)).isTrue();

        long frozenAt = System.nanoTime();
        assertThat(kiosk.ask("freeze")).as("the event thread stops").isEqualTo("frozen");
        // The watchdog waits 10 s, then the close waits up to 3 s for the window: well within 40 s.
        assertThat(kiosk.process().waitFor(40, TimeUnit.SECONDS)).as("the frozen kiosk ends").isTrue();
        long tookMs = (System.nanoTime() - frozenAt) / 1_000_000;

        assertThat(kiosk.process().exitValue()).as("the exit status the service restarts on")
                .isEqualTo(EdtWatchdog.FROZEN_EXIT);
        assertThat(tookMs).as("the kiosk waits out the watchdog's limit before it ends").isGreaterThanOrEqualTo(9_500);
        String written = Files.readString(log, StandardCharsets.UTF_8);
        int frozenLine = written.indexOf("the event thread has been frozen for");
        assertThat(frozenLine).as("the log says why the kiosk ends:\n%s", tail(written)).isPositive();
        assertThat(written.substring(frozenLine)).as("after it, that the kiosk closed without its window")
                .contains("exiting with status 70 so the service restarts the kiosk",
                        "the event thread did not close the window", "the kiosk is closed");
        assertThat(written).as("a stall is reported with the threads before the exit")
                .contains("the event thread has not answered for");
        // The statistics file holds the visit, started and ended (by the closing thread, in the
        // frozen controller's place), on disk, whole lines only.
        List<String> lines = statsLines(state);
        assertThat(lines).as("the statistics").anyMatch(line -> line.contains("\"event\":\"session\""))
                .anyMatch(line -> line.contains("\"event\":\"session-end\""))
                .allMatch(line -> line.startsWith("{") && line.endsWith("}"));
    }

    private static String tail(String text) {
        return text.length() <= 3_000 ? text : text.substring(text.length() - 3_000);
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static String stats(Path state) {
        return String.join("\n", statsLines(state));
    }

    /** Every line of every day's statistics. */
    private static List<String> statsLines(Path state) {
        Path folder = state.resolve("stats");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> days = Files.list(folder)) {
            return days.sorted().flatMap(day -> {
                try {
                    return Files.readAllLines(day, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    return Stream.empty();
                }
            }).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
