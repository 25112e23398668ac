package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.exhibitkiosk.ops.ManualClock;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.TextBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notice as staff push it to the kiosk: notice.yaml in the config folder puts a band over the
 * attract loop within five seconds, in every language; a broken notice file changes nothing on
 * screen; the band goes at its 'until' on the kiosk's clock; an evacuation notice takes the whole
 * screen and goes with the file; a predefined notice is switched on and off from the staff panel.
 */
@ExtendWith(SwingOffTheEdtFails.class)
class NoticeGuiIT {

    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aNoticeShowsOverEveryScreenAndGoesOnTime() throws Exception {
        TestFolders folders = TestFolders.copyInto(temp);
        folders.addTestNotices();
        Path notice = folders.config().resolve("notice.yaml");
        ManualClock clock = new ManualClock(WEDNESDAY_NOON);
        try (RunningKiosk kiosk = RunningKiosk.startAsleep(folders.content(), folders.config(), null, clock, null)) {
            kiosk.waitFor("screen.attract");

            // Pushed as a file: over the attract loop within five seconds, in every language.
            Files.writeString(notice, """
                    text:
                      en: The lift is out of order today.
                      az: Lift bu gün işləmir.
                      hy: Վերելակն այսօր չի աշխատում։
                    until: 2026-11-25T12:30:00Z
                    """);
            kiosk.waitUntil("the notice band over the attract loop", () -> kiosk.isShowing("notice.band"), 5_000);
            assertThat(kiosk.isShowing("screen.attract")).as("the attract loop goes on beneath").isTrue();
            assertThat(text(kiosk, "notice.text.en")).isEqualTo("The lift is out of order today.");
            assertThat(text(kiosk, "notice.text.az")).isEqualTo("Lift bu gün işləmir.");
            assertThat(text(kiosk, "notice.text.hy")).isEqualTo("Վերելակն այսօր չի աշխատում։");
            Dimension band = sizeOf(kiosk, "notice.band");
            Dimension window = GuiActionRunner.execute(() -> kiosk.kiosk().frame().getRootPane().getSize());
            assertThat(band.width).isEqualTo(window.width);
            assertThat(band.height).as("a band, not the whole screen").isBetween(40, window.height / 3);
            assertThat(kiosk.kiosk().health().status().get("noticeActive").asBoolean()).isTrue();
            kiosk.screenshot("notice-band");

            // A broken notice file changes nothing on screen.
            Files.writeString(notice, "text:\n  en: Closed.\n");
            kiosk.kiosk().reload().get(30, TimeUnit.SECONDS);
            assertThat(kiosk.isShowing("notice.band")).isTrue();
            assertThat(text(kiosk, "notice.text.en")).isEqualTo("The lift is out of order today.");

            // Mended again (still until 12:30); at 12:30 on the kiosk's clock it goes.
            Files.writeString(notice, "text:\n  en: The lift is out of order today.\n  az: Lift bu gün işləmir.\n"
                    + "  hy: Վերելակն այսօր չի աշխատում։\nuntil: 2026-11-25T12:30:00Z\n");
            kiosk.kiosk().reload().get(30, TimeUnit.SECONDS);
            clock.advance(Duration.ofMinutes(29));
            kiosk.tick();
            assertThat(kiosk.isShowing("notice.band")).as("at 12:29").isTrue();
            clock.advance(Duration.ofMinutes(1));
            kiosk.tick();
            kiosk.waitUntil("the band gone at 12:30", () -> !kiosk.isShowing("notice.band"), 10_000);

            // An evacuation takes the whole screen, and goes when the file goes.
            Files.writeString(notice, "use: evacuation\n");
            kiosk.kiosk().reload().get(30, TimeUnit.SECONDS);
            kiosk.waitUntil("the evacuation notice", () -> kiosk.isShowing("notice.evacuation"), 10_000);
            Dimension full = sizeOf(kiosk, "notice.evacuation");
            assertThat(full).isEqualTo(window);
            kiosk.screenshot("notice-evacuation");
            Files.delete(notice);
            kiosk.kiosk().reload().get(30, TimeUnit.SECONDS);
            kiosk.waitUntil("the evacuation notice gone with its file",
                    () -> !kiosk.isShowing("notice.evacuation"), 10_000);

            // From the staff panel: a predefined notice, on and off.
            // (Staff are at the kiosk now: their touch, on the clock that moved on half an hour.)
            GuiActionRunner.execute(() -> {
                kiosk.controller().idleMonitor().touched();
                kiosk.controller().openStaffPanel();
            });
            kiosk.waitFor("staff.notice.closing-soon");
            kiosk.tap("staff.notice.closing-soon");
            kiosk.waitUntil("the staff's notice", () -> kiosk.isShowing("notice.band"), 10_000);
            assertThat(text(kiosk, "notice.text.en")).isEqualTo("The museum closes in 15 minutes.");
            kiosk.screenshot("notice-staff-panel");
            kiosk.tap("staff.notice.closing-soon");
            kiosk.waitUntil("the staff's notice switched off", () -> !kiosk.isShowing("notice.band"), 10_000);
        }
    }

    private static String text(RunningKiosk kiosk, String name) {
        Component found = kiosk.find(name);
        return found instanceof TextBlock block ? GuiActionRunner.execute(() -> {
            return block.getText();
        }) : null;
    }

    private static Dimension sizeOf(RunningKiosk kiosk, String name) {
        Component found = kiosk.find(name);
        assertThat(found).as(name + " on screen").isNotNull();
        return GuiActionRunner.execute(() -> {
            return found.getSize();
        });
    }
}
