package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.exhibitkiosk.admin.StaffPanelScreen;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.screens.Place;
import org.exhibitkiosk.testing.ScreenChecks;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.TextBlock;
import org.exhibitkiosk.ui.Theme;
import org.exhibitkiosk.ui.TouchButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the visitor and staff screens do, with the shipped exhibit, off screen (no window): the
 * reader leads on to the next section, one content note per section, "Leave kiosk mode" asks
 * first, "Still there?" asks in every language before one is chosen.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScreenBehaviourTest {

    private static Exhibit exhibit;
    private static KioskConfig config;

    @BeforeAll
    static void readExhibit() throws Exception {
        SwingUtilities.invokeAndWait(Theme::install);
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT,
                TestFolders.SHIPPED_CONFIG);
        exhibit = outcome.exhibit().orElseThrow();
        config = outcome.config().config().orElseThrow();
    }

    @Test
    void nextOnASectionsLastPageOffersTheNextSectionAndOpensIt() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            VisitorShell shell = shell("hy");
            Section first = exhibit.sections().get(0);
            Section second = exhibit.sections().get(1);
            shell.go(new Place.Reading(first.id(), first.panels().size() - 1));
            if (shell.showsContentNote()) {
                shell.acknowledgeContentNote();
            }
            TouchButton next = (TouchButton) find(shell, "reader.next");
            assertThat(next.labelText()).contains(exhibit.format(UiKey.NAV_NEXT_SECTION, "hy",
                    second.title().in("hy")));

            next.doClick();

            assertThat(shell.session().place()).isEqualTo(new Place.Reading(second.id(), 0));
            shell.stop();
        });
    }

    @Test
    void aSectionAsksForItsContentNoteOnceThoughSeveralPanelsCarryOne() throws Exception {
        Section noted = exhibit.sections().stream()
                .filter(s -> s.panels().stream().filter(p -> p.contentNote() != null).count() > 1)
                .findFirst().orElseThrow();
        SwingUtilities.invokeAndWait(() -> {
            VisitorShell shell = shell("en");
            int asked = 0;
            for (int page = 0; page < noted.panels().size(); page++) {
                shell.go(new Place.Reading(noted.id(), page));
                if (shell.showsContentNote()) {
                    asked++;
                    shell.acknowledgeContentNote();
                }
                assertThat(shell.session().place()).isEqualTo(new Place.Reading(noted.id(), page));
            }
            assertThat(asked).isEqualTo(1);
            shell.stop();
        });
    }

    @Test
    void leavingKioskModeAsksFirstAndCanBeCalledOff() throws Exception {
        AtomicInteger left = new AtomicInteger();
        SwingUtilities.invokeAndWait(() -> {
            Metrics metrics = Metrics.of(new Dimension(1920, 1080), 0, 0);
            StaffPanelScreen panel = new StaffPanelScreen(exhibit, "az", metrics,
                    () -> new StaffPanelScreen.Versions(null, "17", "/c", "/k"), new StaffPanelScreen.Actions() {
                        @Override
                        public CompletableFuture<StaffPanelScreen.Reload> reload() {
                            return new CompletableFuture<>();
                        }

                        @Override
                        public void useExhibit(Exhibit exhibit) {
                        }

                        @Override
                        public void leaveKioskMode() {
                            left.incrementAndGet();
                        }

                        @Override
                        public void startCleaning() {
                        }

                        @Override
                        public void logOut() {
                        }
                    }, error -> { });
            panel.setSize(1920, 1080);
            ScreenChecks.layOut(panel);
            assertThat(find(panel, "staff.leave.question").isVisible()).isFalse();
            assertThat(((TextBlock) find(panel, "staff.versions")).getText())
                    .contains(exhibit.text(UiKey.STAFF_DEVELOPMENT_BUILD, "az"),
                            exhibit.format(UiKey.STAFF_CONTENT_FOLDER, "az", "/c"))
                    .doesNotContain("folder", "development");

            ((TouchButton) find(panel, "staff.leave")).doClick();
            assertThat(left).hasValue(0);
            assertThat(((TextBlock) find(panel, "staff.leave.question")).getText())
                    .isEqualTo(exhibit.text(UiKey.STAFF_LEAVE_KIOSK_CONFIRM, "az"));
            assertThat(find(panel, "staff.leave.question").isVisible()).isTrue();
            ((TouchButton) find(panel, "staff.leave.cancel")).doClick();
            assertThat(find(panel, "staff.leave.question").isVisible()).isFalse();
            assertThat(left).hasValue(0);

            ((TouchButton) find(panel, "staff.leave")).doClick();
            ((TouchButton) find(panel, "staff.leave.confirm")).doClick();
            assertThat(left).hasValue(1);
        });
    }

    @Test
    void stillThereBeforeALanguageIsChosenAsksInEveryLanguage() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Metrics metrics = Metrics.of(new Dimension(1920, 1080), 0, 0);
            SessionOverlay overlay = SessionOverlays.stillThereCard(exhibit, metrics, config.languageCodes(), 30,
                    () -> { });
            List<String> texts = new ArrayList<>();
            collectTexts(overlay, texts);
            for (String language : config.languageCodes()) {
                assertThat(texts).contains(exhibit.text(UiKey.IDLE_STILL_THERE, language));
                assertThat(String.join("\n", texts)).contains(exhibit.format(UiKey.IDLE_COUNTDOWN, language, 30),
                        exhibit.text(UiKey.IDLE_CONTINUE, language));
            }
        });
    }

    private static VisitorShell shell(String language) {
        VisitorShell shell = new VisitorShell(exhibit, config, null, error -> {
            throw new AssertionError(error);
        });
        shell.setSize(1920, 1080);
        shell.fitTo(new Dimension(1920, 1080));
        shell.chooseLanguage(language);
        ScreenChecks.layOut(shell);
        return shell;
    }

    private static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collectTexts(Container root, List<String> into) {
        for (Component child : root.getComponents()) {
            if (child instanceof TextBlock text) {
                into.add(text.getText());
            }
            if (child instanceof Container inner) {
                collectTexts(inner, into);
            }
        }
    }
}
