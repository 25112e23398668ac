package org.exhibitkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped exhibit against its source: figures the same in every language, every English
 * figure found in the source, quotations word for word, the source's attributions kept.
 */
class ExhibitFidelityTest {

    private static final Path SOURCE = Path.of("exhibit-content/sources/zangezur-expedition.txt");
    /** A figure: digits, with separators between groups of three (30,000 = 30 000 = 30.000). */
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:[,.\\u00A0\\u202F ]\\d{3})+(?!\\d)|\\d+");
    private static final Pattern CORRECTION = Pattern.compile("'(.+)' corrected to '(.+)'");

    private static Exhibit exhibit;
    private static String source;

    @BeforeAll
    static void read() throws IOException {
        exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG)
                .exhibit().orElseThrow();
        source = Files.readString(SOURCE);
    }

    @Test
    void everyFigureIsTheSameInEveryLanguage() {
        List<String> mismatches = new ArrayList<>();
        for (LocalizedText text : allTexts()) {
            List<String> english = figures(text.in("en"));
            for (String language : List.of("az", "hy")) {
                List<String> other = figures(text.in(language));
                if (!sorted(english).equals(sorted(other))) {
                    mismatches.add(language + ": " + english + " vs " + other + " in \"" + abbreviate(text.in("en")) + "\"");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyEnglishFigureIsInTheSource() {
        TreeSet<String> inSource = new TreeSet<>(figures(source));
        List<String> invented = new ArrayList<>();
        for (LocalizedText text : allTexts()) {
            for (String figure : figures(text.in("en"))) {
                if (!inSource.contains(figure)) {
                    invented.add(figure + " in \"" + abbreviate(text.in("en")) + "\"");
                }
            }
        }
        assertThat(invented).isEmpty();
    }

    @Test
    void quotationsAreTheSourcesWordsWithOnlyRecordedCorrections() {
        String normalizedSource = normalize(source);
        int checked = 0;
        for (Section section : exhibit.sections()) {
            for (Panel panel : section.panels()) {
                if (panel.quote() == null) {
                    continue;
                }
                String corrected = normalizedSource;
                for (String correction : panel.corrections()) {
                    Matcher m = CORRECTION.matcher(correction);
                    if (m.find()) {
                        corrected = corrected.replace(m.group(1), m.group(2));
                    }
                }
                for (String part : normalize(panel.quote().text().in("en")).split("\\.\\.\\.|\u2026")) {
                    String words = part.strip();
                    if (!words.isEmpty()) {
                        assertThat(corrected).as("quotation in panel %s", panel.id()).contains(words);
                    }
                }
                checked++;
            }
        }
        assertThat(checked).as("panels with quotations").isGreaterThanOrEqualTo(2);
        assertThat(allEnglish()).contains("I appeal to you, the people of Zangezur");
    }

    @Test
    void theSourcesAttributionsAreKept() {
        String english = allEnglish();
        assertThat(english)
                .contains("according to Azerbaijani sources")
                .containsIgnoringCase("Armenian sources")
                .contains("Hovannisian")
                .contains("Wardrop")
                .contains("Shikhlinski")
                .contains("Yadigarov")
                .contains("Yusifbeyli")
                .contains("45 killed")
                .contains("75 wounded");
        assertThat(exhibit.sources().sources()).anySatisfy(s -> {
            assertThat(s.citation().in("en")).contains("Zangezur Expedition");
            assertThat(s.licence().in("en")).contains("CC BY-SA 4.0");
        });
    }

    @Test
    void everyPanelSaysWhichPartOfTheSourceItRetells() {
        for (Section section : exhibit.sections()) {
            for (Panel panel : section.panels()) {
                assertThat(panel.source()).as("source of %s", panel.id()).isNotBlank();
            }
        }
        assertThat(exhibit.sections()).extracting(Section::id).containsExactly("background", "operations", "aftermath");
    }

    /** Figures of two or more digits, separators removed. */
    static List<String> figures(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9]", "");
            if (digits.length() >= 2) {
                found.add(digits);
            }
        }
        return found;
    }

    private static List<String> sorted(List<String> figures) {
        return figures.stream().sorted().toList();
    }

    private static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"').replaceAll("\\s+", " ");
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private static String allEnglish() {
        StringBuilder all = new StringBuilder();
        allTexts().forEach(t -> all.append(t.in("en")).append('\n'));
        return all.toString();
    }

    /** Every visitor-visible text of the exhibit. */
    private static List<LocalizedText> allTexts() {
        List<LocalizedText> texts = new ArrayList<>();
        collect(exhibit.info(), texts);
        exhibit.sections().forEach(s -> collect(s, texts));
        for (Object part : List.of(exhibit.keyFacts(), exhibit.perspectives(), exhibit.timeline(), exhibit.places(),
                exhibit.people(), exhibit.glossary(), exhibit.sources(), exhibit.attract(), exhibit.takeHome(),
                exhibit.ui())) {
            collect(part, texts);
        }
        return texts;
    }

    private static void collect(Object value, List<LocalizedText> into) {
        if (value instanceof LocalizedText text) {
            into.add(text);
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, into));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, into));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), into);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
