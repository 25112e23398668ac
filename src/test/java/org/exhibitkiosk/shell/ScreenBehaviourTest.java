package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.exhibitkiosk.admin.StaffPanelScreen;
import org.exhibitkiosk.attract.AttractScenes;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.screens.Place;
import org.exhibitkiosk.screens.ScreenContext;
import org.exhibitkiosk.screens.VisitorActions;
import org.exhibitkiosk.screens.WelcomeScreen;
import org.exhibitkiosk.testing.ScreenChecks;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.Column;
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
 * first, "Still there?" asks in every language before one is chosen, and the welcome, closed and
 * "Still there?" screens show every language alike.
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

    @Test
    void screensOfNoLanguageYetShowEveryLanguageAlike() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T22:00:00Z"), ZoneOffset.UTC);
        for (Dimension size : List.of(new Dimension(1920, 1080), new Dimension(1080, 1920))) {
            SwingUtilities.invokeAndWait(() -> {
                Metrics metrics = Metrics.of(size, 0, 0);
                ScreenContext ctx = new ScreenContext(exhibit, config.languages(), config.languageCodes().get(0), null,
                        metrics, NO_ACTIONS);
                WelcomeScreen welcome = new WelcomeScreen(ctx);
                welcome.setSize(size);
                ScreenChecks.layOut(welcome);
                alike(welcome, "welcome.title.", exhibit.info().title()::in);
                alike(welcome, "welcome.dates.", exhibit.info().dates()::in);
                alike(welcome, "welcome.prompt.", l -> exhibit.text(UiKey.WELCOME_CHOOSE_LANGUAGE, l));
                List<Dimension> buttons = config.languageCodes().stream()
                        .map(l -> find(welcome, "welcome.language." + l).getSize()).distinct().toList();
                assertThat(buttons).as("the language buttons' sizes at " + size).hasSize(1);

                Column closed = AttractScenes.closed(exhibit, config, clock).get(0).build(metrics);
                alike(closed, "closed.title.", l -> exhibit.text(UiKey.CLOSED_TITLE, l));
                alike(closed, "closed.opens.", l -> null);

                SessionOverlay stillThere = SessionOverlays.stillThereCard(exhibit, metrics, config.languageCodes(),
                        30, () -> { });
                List<TextBlock> asked = new ArrayList<>();
                for (String language : config.languageCodes()) {
                    asked.add((TextBlock) find(stillThere, language.equals(config.languageCodes().get(0))
                            ? "idle.title" : "idle.title." + language));
                }
                assertAlike(asked, "Still there?");
            });
        }
    }

    /** The texts named prefix + each language's code: each in its language, all alike in size, weight and colour. */
    private static void alike(Container root, String prefix, Function<String, String> expected) {
        List<TextBlock> texts = new ArrayList<>();
        for (String language : config.languageCodes()) {
            TextBlock text = (TextBlock) find(root, prefix + language);
            assertThat(text).as(prefix + language).isNotNull();
            if (expected.apply(language) != null) {
                assertThat(text.getText()).as(prefix + language).isEqualTo(expected.apply(language));
            }
            texts.add(text);
        }
        assertAlike(texts, prefix);
    }

    private static void assertAlike(List<TextBlock> texts, String what) {
        assertThat(texts.stream().map(TextBlock::fontSize).distinct()).as(what + " sizes").hasSize(1);
        assertThat(texts.stream().map(t -> t.fonts().primary().getStyle()).distinct()).as(what + " weights").hasSize(1);
        assertThat(texts.stream().map(t -> t.fonts().primary().getFontName()).distinct()).as(what + " faces")
                .hasSize(1);
        assertThat(texts.stream().map(TextBlock::colorKey).distinct()).as(what + " colours").hasSize(1);
    }

    private static final VisitorActions NO_ACTIONS = new VisitorActions() {
        @Override
        public void chooseLanguage(String language) {
        }

        @Override
        public void go(Place place) {
        }

        @Override
        public void turnPage(int delta) {
        }

        @Override
        public void acknowledgeContentNote() {
        }

        @Override
        public void declineContentNote() {
        }
    };

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
