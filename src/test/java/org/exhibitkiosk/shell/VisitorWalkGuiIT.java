package org.exhibitkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.util.List;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.Panel;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.RunningKiosk;
import org.exhibitkiosk.testing.SwingOffTheEdtFails;
import org.exhibitkiosk.testing.TestFolders;
import org.exhibitkiosk.ui.TextBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A visitor's walk through the whole shipped exhibit, in each language and at two screen sizes:
 * welcome, home, every panel of every section (through the content notes), key facts,
 * perspectives, credits, the map, the take-home summary and home again. At each screen: the text is in the
 * visitor's language, every character has a glyph, nothing is outside the window or cut off,
 * and a screenshot is saved under target/screenshots/.
 */
@ExtendWith(SwingOffTheEdtFails.class)
class VisitorWalkGuiIT {

    private static Exhibit exhibit;
    private RunningKiosk kiosk;

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

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1920, 1080", "az, 1920, 1080", "hy, 1920, 1080", "hy, 1280, 800", "az, 607, 1080"})
    void aVisitorCanReadTheWholeExhibitInTheirLanguage(String language, int width, int height) {
        // A portrait panel is previewed at 607x1080, its 9:16 shape at the height of the virtual screen.
        boolean fullscreen = width == 1920 && height == 1080;
        kiosk = RunningKiosk.start(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG,
                fullscreen ? null : new Dimension(width, height));
        String shots = width + "x" + height + "/" + language + "-";

        kiosk.waitFor("screen.welcome");
        check(shots + "01-welcome", null);
        kiosk.tap("welcome.language." + language);

        kiosk.waitFor("screen.home");
        assertThat(kiosk.text("home.title")).isEqualTo(exhibit.info().title().in(language));
        check(shots + "02-home", language);

        int shot = 3;
        for (Section section : exhibit.sections()) {
            kiosk.tap("home.tile." + section.id());
            boolean noteRead = false;
            for (int page = 0; page < section.panels().size(); page++) {
                Panel panel = section.panels().get(page);
                // One content note per section: the first panel that has one asks, the rest do not.
                if (panel.contentNote() != null && !noteRead) {
                    noteRead = true;
                    kiosk.waitFor("screen.content-note");
                    assertThat(kiosk.text("note.text")).isEqualTo(panel.contentNote().in(language));
                    if (page == 0 || shot < 20) {
                        check(shots + String.format("%02d", shot++) + "-content-note-" + panel.id(), language);
                    }
                    kiosk.tap("note.continue");
                }
                kiosk.waitFor("reader.panel." + panel.id());
                assertThat(kiosk.text("reader.heading")).isEqualTo(panel.heading().in(language));
                assertThat(kiosk.text("reader.paragraph.0")).isEqualTo(panel.paragraphs().get(0).in(language));
                assertThat(kiosk.text("reader.section")).isEqualTo(section.title().in(language));
                check(page == 0 || panel.quote() != null
                        ? shots + String.format("%02d", shot++) + "-reader-" + panel.id() : null, language);
                if (page < section.panels().size() - 1) {
                    kiosk.tap("reader.next");
                }
            }
            int index = exhibit.sections().indexOf(section);
            if (index + 1 < exhibit.sections().size()) {
                // The last page offers the next section by name.
                assertThat(kiosk.text("reader.next.label")).contains(exhibit.sections().get(index + 1).title().in(language));
            }
            kiosk.tap("nav.home");
            kiosk.waitFor("screen.home");
        }

        kiosk.tap("home.tile.key-facts");
        kiosk.waitFor("screen.key-facts");
        assertThat(kiosk.text("facts.title")).isEqualTo(exhibit.keyFacts().title().in(language));
        check(shots + String.format("%02d", shot++) + "-key-facts", language);
        kiosk.tap("nav.home");

        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile.perspectives");
        kiosk.waitFor("screen.perspectives");
        assertThat(kiosk.text("perspectives.title")).isEqualTo(exhibit.perspectives().title().in(language));
        check(shots + String.format("%02d", shot++) + "-perspectives", language);
        kiosk.tap("nav.home");

        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile.credits");
        kiosk.waitFor("screen.credits");
        assertThat(kiosk.text("credits.title")).isEqualTo(exhibit.text(UiKey.CREDITS_TITLE, language));
        check(shots + String.format("%02d", shot++) + "-credits", language);
        kiosk.tap("nav.home");

        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile.map");
        kiosk.waitFor("screen.map");
        check(shots + String.format("%02d", shot++) + "-map", language);
        kiosk.tap("nav.home");

        kiosk.waitFor("screen.home");
        kiosk.tap("home.tile.summary");
        kiosk.waitFor("screen.print");
        check(shots + String.format("%02d", shot) + "-print", language);
        kiosk.tap("nav.home");
        kiosk.waitFor("screen.home");
    }

    /** What a visitor would notice on the screen now; saves a screenshot when {@code shot} is named. */
    private void check(String shot, String language) {
        assertThat(kiosk.layoutProblems()).as("layout of %s", shot).isEmpty();
        List<TextBlock> texts = kiosk.visibleTexts();
        assertThat(texts).isNotEmpty();
        for (TextBlock text : texts) {
            assertThat(text.getText().codePoints().filter(c -> !Character.isWhitespace(c))
                    .filter(c -> !exhibit.typefaces().hasGlyph(c)).boxed().toList())
                    .as("characters without a glyph in '%s'", text.getText()).isEmpty();
        }
        if (language != null) {
            assertThat(kiosk.text("nav.home.label")).isEqualTo(exhibit.text(UiKey.NAV_HOME, language));
        }
        if (shot != null) {
            kiosk.screenshot(shot);
        }
    }
}
