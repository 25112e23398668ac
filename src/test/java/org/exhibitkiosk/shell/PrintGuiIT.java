package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.CupsTestQueue;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visitor takes a summary home through the real CUPS test queue: the tile, the language,
 * confirm, "Please take your summary"; a second print in the same session is refused kindly. A
 * stopped queue turns the tile into the kind "printer not available" message.
 */
@ExtendWith(SwingOffTheEdtFails.class)
class PrintGuiIT {

    private static Exhibit exhibit;
    private RunningKiosk kiosk;

    @TempDir
    Path temp;

    @BeforeAll
    static void readExhibit() {
        exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG)
                .exhibit().orElseThrow();
    }

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    /** The shipped config, printing to {@code queue}. */
    private Path configPrintingTo(String queue) throws IOException {
        Path config = temp.resolve("config");
        Files.createDirectories(config);
        String yaml = Files.readString(TestFolders.SHIPPED_CONFIG.resolve("kiosk.yaml"));
        assertThat(yaml).contains("  queue: kiosk\n");
        Files.writeString(config.resolve("kiosk.yaml"), yaml.replace("  queue: kiosk\n", "  queue: " + queue + "\n"));
        Files.copy(TestFolders.SHIPPED_CONFIG.resolve("staff-pin"), config.resolve("staff-pin"));
        return config;
    }

    @Test
    void aVisitorPrintsTheirSummaryAndASecondPrintIsRefusedKindly() throws IOException {
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, configPrintingTo(CupsTestQueue.queue()), null);
        String language = "az";
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language." + language);
        kiosk.waitFor("screen.home");
        waitForTileLine(exhibit.text(UiKey.PRINT_CHOOSE_LANGUAGE, language));

        kiosk.tap("home.tile.summary");
        kiosk.waitFor("screen.print");
        assertThat(kiosk.text("print.title")).isEqualTo(exhibit.text(UiKey.PRINT_TITLE, language));
        assertThat(kiosk.text("print.choose-language")).isEqualTo(exhibit.text(UiKey.PRINT_CHOOSE_LANGUAGE, language));
        assertThat(kiosk.layoutProblems()).isEmpty();
        kiosk.screenshot("print/" + language + "-1-choose");

        kiosk.tap("print.language." + language);
        kiosk.waitFor("print.confirm");
        assertThat(kiosk.text("print.chosen")).isEqualTo("Azərbaycanca");
        kiosk.screenshot("print/" + language + "-2-confirm");
        kiosk.tap("print.confirm");

        waitUntilShowing("print.done", 60_000);
        assertThat(kiosk.text("print.done")).isEqualTo(exhibit.text(UiKey.PRINT_DONE, language));
        assertThat(kiosk.layoutProblems()).isEmpty();
        kiosk.screenshot("print/" + language + "-3-done");

        kiosk.tap("nav.home");
        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile.summary");
        kiosk.waitFor("print.message");
        assertThat(kiosk.text("print.message")).isEqualTo(exhibit.text(UiKey.PRINT_ALREADY_PRINTED, language));
        assertThat(kiosk.isShowing("print.confirm")).isFalse();
        kiosk.screenshot("print/" + language + "-4-already-printed");
    }

    @Test
    void aStoppedQueueTurnsTheTileIntoAKindMessage() throws IOException {
        CupsTestQueue.queue();
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, configPrintingTo(CupsTestQueue.STOPPED), null);
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language.hy");
        kiosk.waitFor("screen.home");
        waitForTileLine(exhibit.text(UiKey.PRINT_UNAVAILABLE, "hy"));
        kiosk.screenshot("print/hy-home-printer-unavailable");

        kiosk.tap("home.tile.summary");
        kiosk.waitFor("print.message");
        assertThat(kiosk.text("print.message")).isEqualTo(exhibit.text(UiKey.PRINT_UNAVAILABLE, "hy"));
        // The visitor still takes the summary home: its link as a QR code, and no second Home button.
        assertThat(kiosk.isShowing("print.qr")).isTrue();
        assertThat(kiosk.text("print.scan")).isEqualTo(exhibit.text(UiKey.PRINT_SCAN_TO_TAKE_HOME, "hy"));
        assertThat(kiosk.isShowing("print.home")).isFalse();
        assertThat(kiosk.layoutProblems()).isEmpty();
        kiosk.screenshot("print/hy-printer-unavailable");
    }

    private void waitForTileLine(String expected) {
        Pause.pause(new Condition("the summary tile says '" + expected + "'") {
            @Override
            public boolean test() {
                return kiosk.isShowing("home.tile.summary.subtitle")
                        && expected.equals(kiosk.text("home.tile.summary.subtitle"));
            }
        }, Timeout.timeout(20_000));
    }

    private void waitUntilShowing(String name, long millis) {
        Pause.pause(new Condition(name + " on screen") {
            @Override
            public boolean test() {
                return kiosk.isShowing(name);
            }
        }, Timeout.timeout(millis));
        kiosk.waitFor(name);
    }
}
