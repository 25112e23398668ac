package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.exhibitkiosk.ops.ManualClock;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visitor's session against a fake clock: the attract loop, "Still there?" at the exact time,
 * its countdown, a fresh start, opening hours and cleaning mode. The fixture's interface texts are
 * their keys marked by language ("idle.countdown (en)"), so the tests read which text shows.
 */
@ExtendWith(SwingOffTheEdtFails.class)
class SessionGuiIT {

    /** A Wednesday, 12:00 in London: open (10:00-18:00 in the fixture's config). */
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path temp;
    private TestFolders folders;
    private ManualClock clock;
    private RunningKiosk kiosk;

    @BeforeEach
    void start() {
        folders = TestFolders.copyInto(temp);
        clock = new ManualClock(WEDNESDAY_NOON);
    }

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void launch() {
        kiosk = RunningKiosk.startAsleep(folders.content(), folders.config(), new Dimension(1280, 800), clock, null);
    }

    @Test
    void theKioskStartsInTheAttractLoopAndTheFirstTouchOnlyWakesIt() {
        launch();
        kiosk.waitFor("screen.attract");
        assertThat(kiosk.controller().mode()).isEqualTo(KioskController.Mode.ATTRACT);

        // Tap where the welcome screen's first language button will be: the tap must not choose it.
        Component attract = kiosk.find("screen.attract");
        kiosk.robot().click(attract, new Point(attract.getWidth() / 4, attract.getHeight() * 2 / 3));

        kiosk.waitFor("screen.welcome");
        kiosk.robot().waitForIdle();
        assertThat(kiosk.isShowing("screen.home")).as("the waking tap chose no language").isFalse();
        assertThat(GuiActionRunner.execute(() -> kiosk.controller().visitor().session().language())).isNull();
    }

    @Test
    void stillThereComesAtTheExactTimeAndCountsDown() {
        launch();
        wakeAndChoose("en");

        clock.advance(Duration.ofSeconds(75).minusMillis(1));
        kiosk.tick();
        assertThat(kiosk.isShowing("idle.overlay")).isFalse();

        clock.advance(Duration.ofMillis(1));
        kiosk.tick();
        kiosk.waitFor("idle.overlay");
        assertThat(kiosk.text("idle.title")).isEqualTo("idle.still-there (en)");
        assertThat(kiosk.controller().stillThereCountdown()).isEqualTo("idle.countdown (en)");

        clock.advance(Duration.ofSeconds(14));
        kiosk.tick();
        assertThat(kiosk.isShowing("idle.overlay")).isTrue();
        assertThat(kiosk.controller().mode()).isEqualTo(KioskController.Mode.VISITOR);

        clock.advance(Duration.ofSeconds(1));
        kiosk.tick();
        kiosk.waitFor("screen.attract");
        assertThat(kiosk.isShowing("idle.overlay")).isFalse();
    }

    @Test
    void aTouchAnywhereDuringTheCountdownContinuesTheSession() {
        launch();
        wakeAndChoose("az");
        clock.advance(Duration.ofSeconds(80));
        kiosk.tick();
        kiosk.waitFor("idle.overlay");

        kiosk.robot().click(kiosk.find("idle.overlay"), new Point(30, 30));
        kiosk.robot().waitForIdle();

        assertThat(kiosk.isShowing("idle.overlay")).isFalse();
        clock.advance(Duration.ofSeconds(20));
        kiosk.tick();
        assertThat(kiosk.isShowing("screen.home")).isTrue();
        assertThat(kiosk.controller().visitor().session().language()).isEqualTo("az");
    }

    @Test
    void theResetForgetsEverythingTheVisitorDid() {
        launch();
        wakeAndChoose("hy");
        kiosk.tap("home.tile.background");
        kiosk.waitFor("screen.reader");
        kiosk.tap("reader.next");
        kiosk.waitFor("reader.panel.background-two");
        kiosk.tap("nav.text-size");
        kiosk.waitFor("screen.reader");
        kiosk.tap("nav.two-languages");
        kiosk.waitFor("reader.second.heading");
        VisitorSession session = kiosk.controller().visitor().session();
        assertThat(GuiActionRunner.execute(session::isFresh)).isFalse();
        assertThat(session.textStep()).isEqualTo(1);
        assertThat(session.secondLanguage()).isNotNull();
        assertThat(session.pageOf("background")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(75 + 15));
        kiosk.tick();
        kiosk.tick();

        kiosk.waitFor("screen.attract");
        assertThat(GuiActionRunner.execute(session::isFresh)).isTrue();
        kiosk.click("screen.attract");
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language.en");
        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile.background");
        kiosk.waitFor("reader.panel.background-one");
        assertThat(kiosk.isShowing("reader.second.heading")).isFalse();
    }

    @Test
    void scrollingAndSwipingCountAsActivity() {
        launch();
        wakeAndChoose("en");
        kiosk.tap("home.tile.background");
        kiosk.waitFor("screen.reader");

        clock.advance(Duration.ofSeconds(70));
        Component surface = kiosk.find("reader.surface");
        kiosk.robot().pressMouse(surface, new Point(surface.getWidth() / 2, surface.getHeight() / 2), MouseButton.LEFT_BUTTON);
        kiosk.robot().moveMouse(surface, surface.getWidth() / 2, surface.getHeight() / 2 - 30);
        kiosk.robot().releaseMouse(MouseButton.LEFT_BUTTON);
        kiosk.robot().waitForIdle();
        clock.advance(Duration.ofSeconds(10));
        kiosk.tick();

        assertThat(kiosk.isShowing("idle.overlay")).isFalse();
        assertThat(kiosk.controller().idleMonitor().idleFor()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aPrintInProgressHoldsTheSession() {
        launch();
        wakeAndChoose("en");
        GuiActionRunner.execute(() -> kiosk.controller().idleMonitor().hold("print"));

        clock.advance(Duration.ofMinutes(5));
        kiosk.tick();
        assertThat(kiosk.isShowing("idle.overlay")).isFalse();

        GuiActionRunner.execute(() -> kiosk.controller().idleMonitor().release("print"));
        clock.advance(Duration.ofSeconds(75));
        kiosk.tick();
        kiosk.waitFor("idle.overlay");
    }

    @Test
    void anIdleResetLogsStaffOut() {
        launch();
        wakeAndChoose("en");
        GuiActionRunner.execute(() -> kiosk.controller().openStaffPanel());
        kiosk.waitFor("staff.panel");

        clock.advance(Duration.ofSeconds(75 + 15));
        kiosk.tick();
        kiosk.tick();

        kiosk.waitFor("screen.attract");
        assertThat(kiosk.isShowing("staff.panel")).isFalse();
        assertThat(kiosk.controller().mode()).isEqualTo(KioskController.Mode.ATTRACT);
    }

    @Test
    void theStaffPanelChartsTheVisitsOfTheLastTwoWeeks() {
        launch();
        wakeAndChoose("az");
        clock.advance(Duration.ofSeconds(75 + 15));
        kiosk.tick();
        kiosk.tick();
        kiosk.waitFor("screen.attract");
        wakeAndChoose("hy");

        GuiActionRunner.execute(() -> kiosk.controller().openStaffPanel());
        kiosk.waitFor("staff.chart.sessions");

        org.exhibitkiosk.ui.BarChart sessions = (org.exhibitkiosk.ui.BarChart) kiosk.find("staff.chart.sessions");
        assertThat(sessions.bars()).hasSize(14);
        assertThat(sessions.bars().get(13).value()).as("sessions today").isEqualTo(2);
        org.exhibitkiosk.ui.BarChart languages = (org.exhibitkiosk.ui.BarChart) kiosk.find("staff.chart.languages");
        // Each language by its name in its own script, as the languages buttons show it, not its code.
        assertThat(languages.bars()).extracting(org.exhibitkiosk.ui.BarChart.Bar::label).containsExactly("Azərbaycanca", "Հայերեն");
        kiosk.screenshot("staff/panel-with-charts");
    }

    @Test
    void openingHoursSwitchBetweenTheLoopAndTheClosedScreen() {
        launch();
        kiosk.waitFor("screen.attract");

        clock.set(Instant.parse("2026-11-25T18:00:00Z"));
        kiosk.tick();
        kiosk.waitFor("screen.closed");

        // A touch still wakes a closed kiosk.
        kiosk.click("screen.closed");
        kiosk.waitFor("screen.welcome");

        clock.set(Instant.parse("2026-11-26T10:00:00Z"));
        clock.advance(Duration.ofSeconds(75 + 15));
        kiosk.tick();
        kiosk.tick();
        kiosk.waitFor("screen.attract");
    }

    @Test
    void cleaningModeIgnoresTouchesForItsMinuteWithACountdown() {
        launch();
        wakeAndChoose("en");
        GuiActionRunner.execute(() -> kiosk.controller().startCleaning());
        kiosk.waitFor("cleaning.overlay");
        assertThat(kiosk.text("cleaning.countdown")).isEqualTo("staff.cleaning-countdown (en)");

        kiosk.robot().click(kiosk.find("cleaning.overlay"), new Point(200, 200));
        kiosk.robot().waitForIdle();
        assertThat(kiosk.isShowing("screen.home")).isTrue();
        assertThat(kiosk.isShowing("cleaning.overlay")).isTrue();

        clock.advance(Duration.ofSeconds(60));
        kiosk.tick();
        assertThat(kiosk.isShowing("cleaning.overlay")).isFalse();
    }

    @Test
    void theIdleSecondsOverrideBringsTheLoopBackAndAClickLeavesIt() throws IOException {
        Path config = folders.config().resolve("kiosk.yaml");
        Files.writeString(config, Files.readString(config).replace("countdownSeconds: 15", "countdownSeconds: 3"));
        kiosk = RunningKiosk.startAsleep(folders.content(), folders.config(), new Dimension(1280, 800),
                java.time.Clock.systemUTC(), 2);
        kiosk.click(kiosk.isShowing("screen.attract") ? "screen.attract" : "screen.closed");
        kiosk.waitFor("screen.welcome");

        kiosk.waitFor("idle.overlay");
        kiosk.waitUntil("the loop is back", () -> kiosk.isShowing("screen.attract") || kiosk.isShowing("screen.closed"),
                15_000);

        kiosk.click(kiosk.isShowing("screen.attract") ? "screen.attract" : "screen.closed");
        kiosk.waitFor("screen.welcome");
    }

    private void wakeAndChoose(String language) {
        kiosk.waitFor("screen.attract");
        kiosk.click("screen.attract");
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language." + language);
        kiosk.waitFor("screen.home");
    }
}
