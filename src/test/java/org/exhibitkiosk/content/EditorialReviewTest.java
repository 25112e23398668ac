package org.exhibitkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.files.Location;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's warnings as a curator meets them: each at the line and column of the words concerned,
 * none on the shipped exhibit, none on content written as the glossary and the guide ask.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EditorialReviewTest {

    private static final List<String> LANGUAGES = List.of("en", "az", "hy");

    @TempDir
    Path temp;
    private TestFolders folders;
    private Path background;

    @BeforeEach
    void copyFixtures() {
        folders = TestFolders.copyInto(temp);
        background = folders.content().resolve("sections/background.yaml");
    }

    @Test
    void theShippedExhibitHasNoWarnings() {
        Exhibit exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT,
                TestFolders.SHIPPED_CONFIG).exhibit().orElseThrow();

        assertThat(new EditorialReview().review(TestFolders.SHIPPED_CONTENT, exhibit, LANGUAGES))
                .as("editorial warnings on the shipped exhibit").isEmpty();
    }

    @Test
    void theFixtureHasNoWarnings() {
        assertThat(review()).isEmpty();
    }

    @Test
    void aPanelOverTheWordLimitIsReportedAtThePanelForThatLanguageOnly() throws IOException {
        String longText = "In 1917 a council governed the district from Goris." + " It met again.".repeat(28);
        replace(background, "en: In 1917 a council governed the district from Goris.", "en: " + longText);

        List<Problem> warnings = review();

        assertThat(warnings).hasSize(1);
        Problem warning = warnings.get(0);
        assertThat(warning.isWarning()).isTrue();
        assertThat(warning.file().getFileName().toString()).isEqualTo("background.yaml");
        assertThat(location(warning)).isEqualTo(find(background, "id: background-one"));
        int words = EditorialReview.wordCount(longText) + EditorialReview.wordCount("I appeal to you, the people of Zangezur.");
        assertThat(words).isGreaterThan(EditorialReview.PANEL_WORD_LIMIT);
        assertThat(warning.message()).contains("'background-one' has " + words + " words in en").contains("at most about 90");
        assertThat(warning.toString()).matches(".*background\\.yaml:\\d+:5: warning: panel 'background-one' has .*");
    }

    @Test
    void aSentenceOfTwentyFiveWordsIsReportedWhereItStarts() throws IOException {
        String sentence = "Then the council met again" + " and again".repeat(10) + ".";
        replace(background, "en: A second paragraph.", "en: A second paragraph. " + sentence + " A short one.");

        List<Problem> warnings = review();

        assertThat(EditorialReview.wordCount(sentence)).isEqualTo(25);
        assertThat(warnings).extracting(Problem::message).containsExactly("a sentence of 25 words in the en text"
                + " (\"Then the council met ...\"); keep sentences under 25 words: split it");
        assertThat(location(warnings.get(0))).isEqualTo(find(background, "Then the council"));
    }

    @Test
    void aSectionOfMoreThanTenPanelsIsReportedAtItsPanels() throws IOException {
        String text = Files.readString(background);
        String second = text.substring(text.indexOf("  - id: background-two"));
        StringBuilder more = new StringBuilder(text);
        for (int i = 3; i <= 11; i++) {
            more.append(second.replace("background-two", "background-" + i).replace("images/panel.png",
                    "images/panel.png"));
        }
        Files.writeString(background, more.toString());

        List<Problem> warnings = review();

        assertThat(warnings).extracting(Problem::message)
                .containsExactly("the section has 11 panels; keep it to at most 10 (merge panels, or leave details"
                        + " to the timeline)");
        assertThat(location(warnings.get(0))).isEqualTo(find(background, "panels:"));
    }

    @Test
    void aFigureThatDiffersBetweenLanguagesIsReportedAtTheTranslation() throws IOException {
        replace(background, "az: 1917-ci ildə qəzanı", "az: 1918-ci ildə qəzanı");

        List<Problem> warnings = review();

        assertThat(warnings).hasSize(1);
        assertThat(location(warnings.get(0))).isEqualTo(find(background, "1918-ci ildə qəzanı"));
        assertThat(warnings.get(0).message()).contains("az text differ from the en text (en: 1917; az: 1918)");
    }

    @Test
    void aRejectedVariantIsFoundInItsInflectionsAtItsOwnLineAndColumn() throws IOException {
        addSpelling("en: {form: verst, inflections: [versts], rejected: [werst]}");
        replace(background, "      - en: In 1917 a council governed the district from Goris.\n",
                "      - en: >-\n          In 1917 a council governed the district from Goris,\n"
                        + "          three versts or, as some wrote, three wersts away.\n");

        List<Problem> warnings = review();

        assertThat(warnings).hasSize(1);
        assertThat(location(warnings.get(0))).isEqualTo(find(background, "wersts"));
        assertThat(warnings.get(0).message()).isEqualTo(
                "'wersts' is a variant the glossary rejects (term 'verst'); write 'verst' or 'versts'");
    }

    @Test
    void aQuotationKeepsTheSourcesSpellingButItsTranslationFollowsTheGlossary() throws IOException {
        addSpelling("en: {form: address, rejected: [appeal]}\n      az: {form: xitab, rejected: [müraciət]}");

        List<Problem> warnings = review();

        // The English quotations (in background.yaml and attract.yaml) keep 'appeal'; their translations are checked.
        assertThat(warnings).isNotEmpty().extracting(Problem::message).containsOnly(
                "'müraciət' is a variant the glossary rejects (term 'verst'); write 'xitab'");
        assertThat(warnings).filteredOn(w -> w.file().endsWith("sections/background.yaml"))
                .extracting(EditorialReviewTest::location).containsExactly(find(background, "müraciət"));
    }

    @Test
    void aRejectedVariantThatWouldCatchTheChosenFormIsReportedInTheGlossary() throws IOException {
        addSpelling("en: {form: versts, rejected: [verst]}");

        assertThat(review()).extracting(Problem::message).contains("the rejected variant 'verst' is also the start"
                + " of the accepted form 'versts'; it would be reported wherever the term is written right");
    }

    @Test
    void quotationMarksOfAnotherKindThanTheLanguagesUsualOneAreReported() throws IOException {
        replace(background, "az: 1917-ci ildə qəzanı Gorusdan bir şura idarə edirdi.",
                "az: 1917-ci ildə qəzanı «Gorusdan» bir «şura» idarə edirdi.");
        replace(background, "az: İkinci abzas.", "az: İkinci \"abzas\".");

        List<Problem> warnings = review();

        assertThat(warnings).hasSize(1);
        assertThat(location(warnings.get(0))).isEqualTo(find(background, "\"abzas"));
        assertThat(warnings.get(0).message()).isEqualTo("quotation marks \"…\" in a az text, whose texts use «…»"
                + " (2 times): use one kind throughout");
    }

    @Test
    void wordsAreCountedAsAReaderCountsThem() {
        assertThat(EditorialReview.wordCount("  3,000–5,000 men — and Dyg ")).isEqualTo(4);
        assertThat(EditorialReview.wordCount("Մոտ 30 000 փախստականի գալը")).isEqualTo(5);
    }

    private List<Problem> review() {
        LoadResult loaded = new ContentLoader(new StrictMapper()).load(folders.content(), LANGUAGES);
        assertThat(loaded.problems()).as("the changed fixture still loads").isEmpty();
        return new EditorialReview().review(folders.content(), loaded.exhibit().orElseThrow(), LANGUAGES);
    }

    private void addSpelling(String languages) throws IOException {
        Path glossary = folders.content().resolve("glossary.yaml");
        Files.writeString(glossary, Files.readString(glossary).stripTrailing() + "\n    spelling:\n      " + languages
                + "\n");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Location location(Problem problem) {
        return new Location(problem.line(), problem.column());
    }

    /** Where a text first stands in a file, counted as an editor counts lines and columns. */
    private static Location find(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return new Location(i + 1, lines.get(i).codePointCount(0, column) + 1);
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
