package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exhibitkiosk.ops.ManualClock;
import org.exhibitkiosk.ops.ScreenPower;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole kiosk, its screen switched off by the opening hours (a Monday, closed all day): an
 * evacuation notice pushed as notice.yaml switches the screen on (xset, and the television over
 * HDMI-CEC) and shows over it; a band notice does not; when the file goes, the screen goes off
 * again. A kiosk started while an evacuation notice stands wakes its screen and never switches it
 * off first. A fake runs the power commands: Xvfb has no DPMS.
 */
@ExtendWith(SwingOffTheEdtFails.class)
@Timeout(180)
class EvacuationWakesScreenGuiIT {

    /** Monday 30 November 2026, noon: the fixture's museum is closed all day, the screen off. */
    private static final Instant CLOSED_MONDAY = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path temp;

    /** Records each power command; answers 0, as xset and cec-client do. */
    private static final class FakePower implements ScreenPower.Commands {
        private final List<String> ran = new ArrayList<>();

        @Override
        public synchronized int run(List<String> command, String input) {
            ran.add(String.join(" ", command) + (input.isEmpty() ? "" : " <<< " + input.strip()));
            return 0;
        }

        @Override
        public boolean has(String program) {
            return Set.of("xset", "cec-client").contains(program);
        }

        synchronized List<String> ran() {
            return List.copyOf(ran);
        }

        /** The last xset command: what the screen is now. */
        synchronized String screen() {
            for (int i = ran.size() - 1; i >= 0; i--) {
                if (ran.get(i).startsWith("xset")) {
                    return ran.get(i);
                }
            }
            return "";
        }
    }

    @Test
    void anEvacuationNoticeWakesAScreenThatIsOff() throws Exception {
        TestFolders folders = TestFolders.copyInto(temp);
        folders.addTestNotices();
        Path notice = folders.config().resolve("notice.yaml");
        ManualClock clock = new ManualClock(CLOSED_MONDAY);
        FakePower power = new FakePower();
        try (RunningKiosk kiosk = RunningKiosk.startAsleep(folders.content(), folders.config(), null, clock, null,
                power)) {
            kiosk.waitUntil("the screen switched off (closed all day)",
                    () -> power.screen().equals("xset dpms force off"), 10_000);
            assertThat(power.ran()).contains("cec-client -s -d 1 <<< standby 0");

            // A band is no reason to wake a screen no one looks at.
            Files.writeString(notice, "use: closing-soon\n");
            kiosk.waitUntil("the band (on the screen that is off)", () -> kiosk.isShowing("notice.band"), 5_000);
            assertThat(power.screen()).isEqualTo("xset dpms force off");

            // The evacuation, pushed as the file, wakes it: on, and the television out of standby.
            int before = power.ran().size();
            Files.writeString(notice, "use: evacuation\n");
            kiosk.waitUntil("the evacuation notice", () -> kiosk.isShowing("notice.evacuation"), 5_000);
            kiosk.waitUntil("the screen switched on", () -> power.screen().equals("xset dpms force on"), 5_000);
            assertThat(power.ran().subList(before, power.ran().size()))
                    .containsExactly("xset dpms force on", "cec-client -s -d 1 <<< on 0");
            kiosk.screenshot("evacuation-wakes-screen");

            // The file goes: the notice with it, and the opening hours switch the screen off again.
            Files.delete(notice);
            kiosk.waitUntil("the evacuation notice gone", () -> !kiosk.isShowing("notice.evacuation"), 5_000);
            kiosk.waitUntil("the screen off again", () -> power.screen().equals("xset dpms force off"), 5_000);
        }

        // A kiosk started (after a power cut, say) while the evacuation stands: on, never off first.
        Files.writeString(notice, "use: evacuation\n");
        FakePower restarted = new FakePower();
        try (RunningKiosk kiosk = RunningKiosk.startAsleep(folders.content(), folders.config(), null, clock, null,
                restarted)) {
            kiosk.waitUntil("the evacuation notice at the start", () -> kiosk.isShowing("notice.evacuation"), 10_000);
            kiosk.waitUntil("the screen switched on", () -> restarted.screen().equals("xset dpms force on"), 5_000);
            assertThat(restarted.ran()).as("the screen was never switched off")
                    .containsExactly("xset dpms force on", "cec-client -s -d 1 <<< on 0");
        }
    }
}
