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
import org.exhibitkiosk.testing.SubjectProcess;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.testing.VirtualDisplay;
import org.exhibitkiosk.testing.VirtualDisplay.WindowManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as installed (Main, in a JVM of its own, on a display of the test's own) ended by the
 * service manager's SIGTERM during a visit: it closes first, so the visit's end is in the
 * statistics and the log says the kiosk closed.
 */
class KioskEndGuiIT {

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
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void sigtermDuringAVisitWritesTheVisitAndTheLogsBeforeTheKioskEnds() throws Exception {
        assumeTrue(VirtualDisplay.available(WindowManager.NONE), "Xvfb or the X tools are not installed");
        display = VirtualDisplay.start(WindowManager.NONE, temp.resolve("home"));
        TestFolders folders = TestFolders.copyInto(temp.resolve("kiosk"));
        Path yaml = folders.config().resolve("kiosk.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8)
                .replaceAll("(?m)^(  (mon|tues|wednes|thurs|fri|satur|sun)day): .*$", "$1: 00:00-24:00"));
        Path state = temp.resolve("state");
        kiosk = SubjectProcess.start(display, temp.resolve("kiosk.log"), Main.class.getName(),
                "--content", folders.content().toString(), "--config", folders.config().toString(),
                "--state", state.toString());
        Path log = temp.resolve("kiosk").resolve("logs").resolve("kiosk.log");
        assertThat(display.await(() -> contains(log, "lockdown: the kiosk window stands"), 60_000))
                .as("the kiosk opens and locks down").isTrue();

        display.run("xdotool", "mousemove", "960", "540", "click", "1");
        assertThat(display.await(() -> stats(state).contains("\"event\":\"session\""), 10_000))
                .as("a tap starts a visit: %s", stats(state)).isTrue();

        kiosk.process().destroy();
        assertThat(kiosk.process().waitFor(30, TimeUnit.SECONDS)).as("the kiosk ends on SIGTERM").isTrue();

        assertThat(stats(state)).as("the visit cut short is counted").contains("\"event\":\"session-end\"");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("the kiosk closes during a visit",
                "the kiosk is closed");
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Every line of every day's statistics. */
    private static String stats(Path state) {
        Path folder = state.resolve("stats");
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> days = Files.list(folder)) {
            StringBuilder all = new StringBuilder();
            for (Path day : days.sorted().toList()) {
                List<String> lines = Files.readAllLines(day, StandardCharsets.UTF_8);
                lines.forEach(line -> all.append(line).append('\n'));
            }
            return all.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
