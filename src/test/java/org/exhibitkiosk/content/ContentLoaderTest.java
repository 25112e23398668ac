package org.exhibitkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    private static final List<String> LANGUAGES = List.of("en", "az", "hy");

    @TempDir
    Path temp;

    @Test
    void shippedContentAndConfigAreClean() {
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper())
                .load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG);

        assertThat(outcome.problems()).as("problems in the shipped exhibit").isEmpty();
        assertThat(outcome.exhibit()).isPresent();
    }

    @Test
    void fixtureExhibitReadsEveryPartOfTheModel() {
        TestFolders folders = TestFolders.copyInto(temp);

        LoadResult result = new ContentLoader(new StrictMapper()).load(folders.content(), LANGUAGES);

        assertThat(result.problems()).isEmpty();
        Exhibit exhibit = result.exhibit().orElseThrow();
        assertThat(exhibit.info().title().in("hy")).isEqualTo("Փորձնական ցուցադրություն");
        assertThat(exhibit.sections()).extracting(Section::id).containsExactly("background", "aftermath");
        Panel first = exhibit.sections().get(0).panels().get(0);
        assertThat(first.quote().isTranslationIn("en")).isFalse();
        assertThat(first.quote().isTranslationIn("az")).isTrue();
        assertThat(exhibit.sections().get(0).panels().get(1).image().file()).isEqualTo("images/panel.png");
        assertThat(exhibit.sections().get(1).panels().get(0).contentNote()).isNotNull();
        assertThat(exhibit.keyFacts().facts()).filteredOn(KeyFacts.KeyFact::isContested)
                .extracting(KeyFacts.KeyFact::id).containsExactly("casualties");
        assertThat(exhibit.timeline().events().get(1).date().hasDay()).isTrue();
        assertThat(exhibit.places().places().get(1).certainty()).isEqualTo(Places.Certainty.UNCERTAIN);
        assertThat(exhibit.ui().get(UiKey.NAV_HOME, "az")).isEqualTo("nav.home (az)");
        assertThat(exhibit.typefaces().hasGlyph('Ա')).isTrue();
        assertThat(exhibit.typefaces().hasGlyph('ə')).isTrue();
    }

    @Test
    void everyBrokenFileIsReportedInOneRun() throws IOException {
        TestFolders folders = TestFolders.copyInto(temp);
        Path places = folders.content().resolve("places.yaml");
        Files.writeString(places, Files.readString(places).replace("en: Goris", "en: \"Goris"));
        Path people = folders.content().resolve("people.yaml");
        Files.writeString(people, Files.readString(people).replace("role:", "rol:"));
        Path glossary = folders.content().resolve("glossary.yaml");
        Files.writeString(glossary, Files.readString(glossary).replace("      hy: վերստ\n", ""));

        LoadResult result = new ContentLoader(new StrictMapper()).load(folders.content(), LANGUAGES);

        assertThat(result.problems()).extracting(p -> p.file().getFileName().toString())
                .contains("places.yaml", "people.yaml", "glossary.yaml");
        assertThat(result.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("syntax error"))
                .anySatisfy(m -> assertThat(m).isEqualTo("unknown key 'rol'; did you mean 'role'?"))
                .anySatisfy(m -> assertThat(m).startsWith("missing the hy text"))
                // places.yaml could not be read, so references to its places are not echoed as problems
                .noneSatisfy(m -> assertThat(m).contains("no place has the id"));
        assertThat(result.exhibit()).isEmpty();
    }

    @Test
    void contentIsCheckedInTheConfiguredLanguagesOnly() {
        TestFolders folders = TestFolders.copyInto(temp);

        LoadResult withRussian = new ContentLoader(new StrictMapper())
                .load(folders.content(), List.of("en", "ru"));

        assertThat(withRussian.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).contains("missing the ru text"))
                .anySatisfy(p -> assertThat(p.file().toString()).endsWith("sections/background.yaml"));
    }
}
