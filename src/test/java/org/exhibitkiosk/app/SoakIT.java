package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A short soak, as CI runs it: random visitors through the real interface, nothing uncaught. */
class SoakIT {

    @TempDir
    Path temp;

    @Test
    void randomVisitorsLeaveNothingUncaughtAndTheSoakReportsItsFigures() throws IOException {
        TestFolders folders = TestFolders.copyInto(temp);
        Path config = folders.config().resolve("kiosk.yaml");
        Files.writeString(config, Files.readString(config)
                .replaceAll("(?m)^  (monday|tuesday|wednesday|thursday|friday|saturday|sunday): .*$", "  $1: 00:00-24:00"));
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));

        int code = commandLine.execute("soak", "--sessions", "25", "--seed", "11",
                "--content", folders.content().toString(), "--config", folders.config().toString(),
                "--state", temp.resolve("state").toString());

        assertThat(code).isZero();
        List<String> lines = out.toString().strip().lines().toList();
        JsonNode report = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(report.get("uncaught").asLong()).isZero();
        assertThat(report.get("actions").asLong()).isGreaterThan(25 * 4);
        assertThat(report.get("heap_start_mb").asDouble()).isPositive();
        assertThat(report.has("heap_growth_pct")).isTrue();
        assertThat(report.has("edt_stalls_over_100ms")).isTrue();
        assertThat(Files.list(temp.resolve("state/soak/stats")).count()).as("visit statistics written").isPositive();
    }
}
