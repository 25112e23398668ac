package org.exhibitkiosk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.exhibitkiosk.app.Main;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Anonymous visit statistics: what is counted, per day in the kiosk's time zone, and how it survives. */
class VisitStatsTest {

    private static final ZoneId BAKU = ZoneId.of("Asia/Baku");

    @TempDir
    Path state;

    @Test
    void aSessionIsCountedWithItsLanguagePanelsDwellTimesAndReset() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-25T08:00:00Z"));
        VisitStats stats = new VisitStats(state, clock, BAKU);

        stats.sessionStarted();
        stats.languageChosen("en");
        stats.screenShown(null);
        stats.panelShown("background", 0);
        clock.advance(Duration.ofSeconds(20));
        stats.panelShown("background", 1);
        clock.advance(Duration.ofSeconds(10));
        stats.languageSwitched("en", "hy");
        stats.screenShown("key-facts");
        stats.screenShown("map");
        stats.printed("hy");
        clock.advance(Duration.ofSeconds(90));
        stats.sessionEnded(true);
        stats.flush();

        LocalDate day = LocalDate.of(2026, 11, 25);
        StatsReport report = StatsReport.read(stats.folder(), day, day);
        assertThat(report.value(day, "sessions")).isEqualTo(1);
        assertThat(report.value(day, "language.en")).isEqualTo(1);
        assertThat(report.value(day, "language-switches")).isEqualTo(1);
        assertThat(report.value(day, "idle-resets")).isEqualTo(1);
        assertThat(report.value(day, "prints")).isEqualTo(1);
        assertThat(report.value(day, "panel.background.1.dwell-seconds-mean")).isEqualTo(20);
        assertThat(report.value(day, "panel.background.2.dwell-seconds-mean")).isEqualTo(10);
        assertThat(report.value(day, "section.background.panel-views")).isEqualTo(2);
        assertThat(report.value(day, "screen.key-facts")).isEqualTo(1);
        assertThat(report.value(day, "screen.map")).isEqualTo(1);
        assertThat(report.value(day, "session-seconds-mean")).isEqualTo(120);
    }

    @Test
    void daysAreCountedInTheKiosksTimeZone() {
        // 21:30 UTC on 25 November is 01:30 on 26 November in Baku.
        ManualClock clock = new ManualClock(Instant.parse("2026-11-25T21:30:00Z"));
        VisitStats stats = new VisitStats(state, clock, BAKU);
        stats.sessionStarted();
        stats.flush();

        StatsReport report = StatsReport.read(stats.folder(), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26));
        assertThat(report.value(LocalDate.of(2026, 11, 25), "sessions")).isZero();
        assertThat(report.value(LocalDate.of(2026, 11, 26), "sessions")).isEqualTo(1);
    }

    @Test
    void aLineCutShortByAPowerCutIsSkippedAndTheRestCounted() throws IOException {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-25T08:00:00Z"));
        VisitStats stats = new VisitStats(state, clock, BAKU);
        stats.sessionStarted();
        stats.sessionStarted();
        stats.flush();
        Files.writeString(stats.folder().resolve("2026-11-25.jsonl"), "{\"at\":\"2026-11-25T08:0", StandardOpenOption.APPEND);

        LocalDate day = LocalDate.of(2026, 11, 25);
        assertThat(StatsReport.read(stats.folder(), day, day).value(day, "sessions")).isEqualTo(2);
    }

    @Test
    void theStatsCommandWritesCsvWithAHeaderRowOneRowPerDayAndMeasure() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-24T08:00:00Z"));
        VisitStats stats = new VisitStats(state, clock, ZoneId.of("Europe/London"));
        stats.sessionStarted();
        stats.languageChosen("az");
        clock.advance(Duration.ofDays(1));
        stats.sessionStarted();
        stats.flush();
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));

        int code = commandLine.execute("stats", "--from", "2026-11-24", "--to", "2026-11-25", "--csv",
                "--state", state.toString(), "--config", TestFolders.SHIPPED_CONFIG.toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).first().isEqualTo("date,measure,value");
        assertThat(out.toString()).contains("2026-11-24,sessions,1\n").contains("2026-11-24,language.az,1\n")
                .contains("2026-11-25,sessions,1\n");
        assertThat(Main.commandLine().execute("stats", "--from", "25/11/2026", "--state", state.toString()))
                .isEqualTo(2);
    }

    @Test
    void aVisitUnderWayIsEndedByTheClosingThreadWhenTheEventThreadIsFrozen() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-25T08:00:00Z"));
        VisitStats stats = new VisitStats(state, clock, BAKU);
        stats.sessionStarted();
        stats.panelShown("background", 2);
        clock.advance(Duration.ofSeconds(40));

        Thread closing = new Thread(stats::endVisitWithoutEventThread, "kiosk-closing");
        closing.start();
        closing.join(5_000);
        // The event thread wakes up too late: what it records now is dropped.
        stats.sessionEnded(false);
        stats.printed("en");
        stats.close();

        List<String> events = VisitStats.readDay(stats.folder(), LocalDate.of(2026, 11, 25)).stream()
                .map(node -> node.get("event").asText() + (node.has("seconds") ? " " + node.get("seconds") : "")
                        + (node.has("ms") ? " " + node.get("ms") : ""))
                .toList();
        assertThat(events).containsExactly("session", "panel 40000", "session-end 40");
    }
}
