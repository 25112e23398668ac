package org.exhibitkiosk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exhibitkiosk.config.ConfigLoader;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screen's power, now the kiosk's alone: on from half an hour before opening to a quarter of
 * an hour after closing, off otherwise (xset dpms; HDMI-CEC standby where cec-client is installed),
 * off again while it should be off (a touch wakes it), on for an evacuation; never off with
 * display.power: always-on. A fake runs the commands: Xvfb has no DPMS.
 */
class ScreenPowerTest {

    @TempDir
    Path temp;

    /** Records each command line; answers 0. */
    private static final class FakeCommands implements ScreenPower.Commands {
        final List<String> ran = new ArrayList<>();
        private final Set<String> installed;

        FakeCommands(String... installed) {
            this.installed = Set.of(installed);
        }

        @Override
        public synchronized int run(List<String> command, String input) {
            ran.add(String.join(" ", command) + (input.isEmpty() ? "" : " <<< " + input.strip()));
            return 0;
        }

        @Override
        public boolean has(String program) {
            return installed.contains(program);
        }

        synchronized List<String> take() {
            List<String> taken = List.copyOf(ran);
            ran.clear();
            return taken;
        }
    }

    private KioskConfig config(String displayPower) throws Exception {
        Path folder = temp.resolve("config-" + displayPower.hashCode());
        TestFolders.copyTree(TestFolders.SHIPPED_CONFIG, folder);
        if (!displayPower.isEmpty()) {
            Path yaml = folder.resolve("kiosk.yaml");
            Files.writeString(yaml, Files.readString(yaml).replace("  reducedMotion: false\n",
                    "  reducedMotion: false\n  power: " + displayPower + "\n"));
        }
        return new ConfigLoader(new StrictMapper()).load(folder).config().orElseThrow();
    }

    private static Instant london(String localDateTime) {
        // The shipped kiosk is in Europe/London, on GMT in December.
        return Instant.parse(localDateTime + ":00Z");
    }

    @Test
    void theScreenFollowsTheOpeningHoursWithAMarginEachSide() throws Exception {
        KioskConfig shipped = config("");
        assertThat(shipped.display().power()).isEqualTo(KioskConfig.Power.HOURS);
        // Wednesday 2 December 2026: open 10:00-18:00.
        assertThat(ScreenPower.wanted(shipped, london("2026-12-02T09:29"))).isEqualTo(ScreenPower.State.OFF);
        assertThat(ScreenPower.wanted(shipped, london("2026-12-02T09:30"))).isEqualTo(ScreenPower.State.ON);
        assertThat(ScreenPower.wanted(shipped, london("2026-12-02T18:14"))).isEqualTo(ScreenPower.State.ON);
        assertThat(ScreenPower.wanted(shipped, london("2026-12-02T18:15"))).isEqualTo(ScreenPower.State.OFF);
        assertThat(ScreenPower.wanted(shipped, london("2026-12-03T03:00"))).isEqualTo(ScreenPower.State.OFF);
        // Monday is closed all day.
        assertThat(ScreenPower.wanted(shipped, london("2026-11-30T12:00"))).isEqualTo(ScreenPower.State.OFF);

        KioskConfig alwaysOn = config("always-on");
        assertThat(ScreenPower.wanted(alwaysOn, london("2026-11-30T03:00"))).isEqualTo(ScreenPower.State.ON);
    }

    @Test
    void theCommandsSwitchTheScreenAndATelevisionOverHdmiCec() throws Exception {
        KioskConfig shipped = config("");
        ManualClock clock = new ManualClock(london("2026-12-02T12:00"));
        FakeCommands commands = new FakeCommands("xset", "cec-client");
        try (ScreenPower power = new ScreenPower(commands, clock, () -> shipped)) {
            power.check();
            assertThat(commands.take()).containsExactly("xset dpms force on", "cec-client -s -d 1 <<< on 0");
            power.check();
            assertThat(commands.take()).as("on stays on: no command").isEmpty();

            clock.set(london("2026-12-02T18:20"));
            power.check();
            assertThat(commands.take()).containsExactly("xset dpms force off", "cec-client -s -d 1 <<< standby 0");
            power.check();
            assertThat(commands.take()).as("off again, in case a touch woke it; the television is left be")
                    .containsExactly("xset dpms force off");

            power.evacuating(true);
            power.check();
            assertThat(commands.take()).as("an evacuation wakes the screen")
                    .containsExactly("xset dpms force on", "cec-client -s -d 1 <<< on 0");
            power.check();
            assertThat(commands.take()).as("and keeps it on").isEmpty();
            power.evacuating(false);
            power.check();
            assertThat(commands.take()).contains("xset dpms force off");
        }
    }

    @Test
    void withoutCecClientOnlyXsetAndWithAlwaysOnNeverOff() throws Exception {
        KioskConfig alwaysOn = config("always-on");
        ManualClock clock = new ManualClock(london("2026-11-30T23:00"));
        FakeCommands commands = new FakeCommands("xset");
        try (ScreenPower power = new ScreenPower(commands, clock, () -> alwaysOn)) {
            power.check();
            clock.set(london("2026-12-01T04:00"));
            power.check();
            assertThat(commands.take()).containsExactly("xset dpms force on");
        }
    }
}
