package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --smoke} and the missing-display message, as installers and benchmarks see them: a real JVM. */
class SmokeIT {

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
    }

    @Test
    void smokePaintsTheFirstScreenAndReportsItsTime() throws Exception {
        TestFolders folders = TestFolders.copyInto(temp);

        Run run = runKiosk(Map.of(), "--smoke", "--windowed",
                "--content", folders.content().toString(), "--config", folders.config().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).matches("first-frame-ms \\d+");
        long millis = Long.parseLong(run.out().strip().substring("first-frame-ms ".length()));
        assertThat(millis).isPositive();
    }

    @Test
    void withNoDisplayTheKioskSaysSoInOneLine() throws Exception {
        TestFolders folders = TestFolders.copyInto(temp);

        Run run = runKiosk(Map.of("DISPLAY", ""), "--smoke",
                "--content", folders.content().toString(), "--config", folders.config().toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("kiosk: no display");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnreachableDisplayIsReportedInOneLine() throws Exception {
        TestFolders folders = TestFolders.copyInto(temp);

        Run run = runKiosk(Map.of("DISPLAY", ":93"), "--windowed",
                "--content", folders.content().toString(), "--config", folders.config().toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip().lines().filter(l -> !l.isBlank()).toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("kiosk: cannot open the display"));
    }

    /** Runs the kiosk in a JVM of its own, with this test's class path. */
    static Run runKiosk(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dflatlaf.uiScale=1x",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.forEach((key, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the kiosk process ended by itself").isTrue();
        return new Run(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
