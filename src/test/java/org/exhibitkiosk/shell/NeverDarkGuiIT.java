package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.exhibitkiosk.ops.ManualClock;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.TextBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever curators save and whatever goes wrong, the screen shows the exhibit: changes are
 * swapped in at a safe moment, broken files leave the last good content on screen and are named,
 * a kiosk that starts with broken files shows the last good copy, and an error sends the visitor
 * back to the attract loop with the kiosk still running.
 */
@ExtendWith(SwingOffTheEdtFails.class)
class NeverDarkGuiIT {

    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final Path CORPUS = Path.of("src/test/resources/broken-content");

    @TempDir
    Path temp;
    private TestFolders folders;
    private ManualClock clock;
    private RunningKiosk kiosk;

    @BeforeEach
    void copy() {
        folders = TestFolders.copyInto(temp);
        clock = new ManualClock(WEDNESDAY_NOON);
    }

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void aSavedChangeWaitsUntilTheVisitorIsIdleThenShows() throws IOException {
        launch();
        kiosk.click("screen.attract");
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language.en");
        kiosk.waitFor("screen.home");
        assertThat(kiosk.text("home.title")).isEqualTo("Test Exhibit");

        replaceInContent("exhibit.yaml", "en: Test Exhibit", "en: Renamed Exhibit");
        waitUntil("the change is read", () -> GuiActionRunner.execute(kiosk.controller()::hasPendingContent));
        kiosk.tick();
        assertThat(kiosk.text("home.title")).as("not under the visitor's finger").isEqualTo("Test Exhibit");

        clock.advance(Duration.ofSeconds(10));
        kiosk.tick();
        kiosk.waitUntil("the renamed exhibit on screen", () -> "Renamed Exhibit".equals(homeTitle()), 10_000);
        kiosk.waitFor("screen.home");
        assertThat(kiosk.controller().mode()).as("the visitor stays where they were").isEqualTo(KioskController.Mode.VISITOR);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller().visitor().session().language()))
                .as("in their language").isEqualTo("en");
    }

    @Test
    void everyBrokenFileArrivingByReloadLeavesTheExhibitOnScreenAndIsNamed() throws IOException {
        launch();
        Map<String, List<String>> cases = corpus();
        String previous = null;
        for (Map.Entry<String, List<String>> brokenCase : cases.entrySet()) {
            Path caseFile = CORPUS.resolve(brokenCase.getKey());
            String target = Files.readAllLines(caseFile).get(0).substring("# file: ".length()).trim();
            restoreFixture();
            Instant before = GuiActionRunner.execute(() -> kiosk.controller().lastReload().at());
            clock.advance(Duration.ofSeconds(1));
            folders.writeContent(target, Files.readAllBytes(caseFile));

            waitUntil(brokenCase.getKey() + " is reported", () -> GuiActionRunner.execute(() -> {
                KioskController.ReloadStatus status = kiosk.controller().lastReload();
                return status.at().isAfter(before) && !status.clean();
            }));
            KioskController.ReloadStatus status = GuiActionRunner.execute(kiosk.controller()::lastReload);
            for (String expected : brokenCase.getValue()) {
                String fileAndPlace = expected.substring(0, expected.indexOf(": "));
                assertThat(status.problems()).as(brokenCase.getKey())
                        .anySatisfy(problem -> assertThat(problem).contains(fileAndPlace));
            }
            assertThat(kiosk.isShowing("screen.attract")).as("still showing the exhibit after %s", brokenCase.getKey())
                    .isTrue();
            assertThat(status.contentVersion()).isEqualTo("test-1");
            previous = brokenCase.getKey();
        }
        assertThat(previous).isNotNull();
    }

    @Test
    void startingWithBrokenFilesShowsTheLastGoodCopy() throws IOException {
        launch();
        kiosk.close();
        kiosk = null;
        Files.writeString(folders.content().resolve("places.yaml"), "places: [unclosed\n");

        launch();

        KioskController.ReloadStatus status = GuiActionRunner.execute(kiosk.controller()::lastReload);
        assertThat(status.clean()).isFalse();
        assertThat(status.problems()).anySatisfy(problem -> assertThat(problem).contains("places.yaml:2:1"));
        assertThat(status.contentVersion()).as("the last good copy's version").isEqualTo("test-1");
        kiosk.click("screen.attract");
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language.en");
        kiosk.waitFor("screen.home");
        assertThat(kiosk.text("home.title")).as("the last good copy on screen").isEqualTo("Test Exhibit");
    }

    @Test
    void anErrorSendsTheVisitorBackToTheAttractLoopAndTheKioskRuns() {
        launch();
        kiosk.click("screen.attract");
        kiosk.waitFor("screen.welcome");
        kiosk.tap("welcome.language.az");
        kiosk.waitFor("screen.home");

        EventQueue.invokeLater(() -> {
            throw new IllegalStateException("a fault in some screen");
        });

        kiosk.waitFor("screen.attract");
        kiosk.click("screen.attract");
        kiosk.waitFor("screen.welcome");
        assertThat(kiosk.controller().visitor().session().language()).isNull();
    }

    private void launch() {
        kiosk = RunningKiosk.startAsleep(folders.content(), folders.config(), new Dimension(1280, 800), clock, null);
        kiosk.waitFor("screen.attract");
    }

    private void restoreFixture() {
        TestFolders.copyTree(TestFolders.FIXTURES.resolve("content"), folders.content());
        try (var stray = Files.list(folders.content())) {
            for (Path file : stray.toList()) {
                if (file.getFileName().toString().equals("timline.yaml")) {
                    Files.delete(file);
                }
            }
            Files.deleteIfExists(folders.content().resolve("sections/epilogue.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void replaceInContent(String file, String from, String to) throws IOException {
        Path path = folders.content().resolve(file);
        Files.writeString(path, Files.readString(path).replace(from, to));
    }

    private static Map<String, List<String>> corpus() throws IOException {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected-problems.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", 2);
                cases.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
            }
        }
        return cases;
    }

    private void waitUntil(String what, BooleanSupplier test) {
        kiosk.waitUntil(what, test, 20_000);
    }

    /** The home screen's title; null while there is none on screen (as while the screen is rebuilt). */
    private String homeTitle() {
        return GuiActionRunner.execute(() -> kiosk.find("home.title") instanceof TextBlock title ? title.getText() : null);
    }
}
