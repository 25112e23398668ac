package org.exhibitkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.HistoricDate;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engine names nothing of one exhibit: no identifier or literal under {@code src/main} is a
 * side, place or person of the shipped exhibit, its title, or one of its dates. A museum's next
 * exhibit must not need a programmer. A script's name (Character.UnicodeBlock.ARMENIAN, a font's
 * "Noto Sans Armenian") is about writing and a time zone's id (Asia/Baku) about clocks, not about
 * this exhibit; comments are free to explain.
 */
@Timeout(60)
class ExhibitNeutralEngineTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern CHARACTER = Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)+'");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])(?:Character\\.Unicode(?:Block|Script)\\.)?[A-Za-z_$][\\w$]*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(?![\\w.])");

    private static Names names;

    @BeforeAll
    static void readShippedExhibit() {
        Exhibit exhibit = new KioskFiles(new StrictMapper()).load(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG)
                .exhibit().orElseThrow();
        names = Names.of(exhibit);
    }

    @Test
    void noSourceFileUnderMainNamesTheShippedExhibit() throws IOException {
        assertThat(names.words).as("names read from the shipped exhibit").contains("goris");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(file);
                for (String hit : names.foundIn(code)) {
                    found.add(MAIN.relativize(file) + ": " + hit);
                }
            }
        }
        assertThat(found).as("identifiers and literals under src/main naming the shipped exhibit").isEmpty();
    }

    @Test
    void theCheckFindsAPlaceAPersonASideAndADateInCode() {
        String code = """
                /** Goris is fine in a comment. */
                enum Side { AZERBAIJANI, ARMENIAN }
                class Days {
                    String town = "the road to Goris";
                    java.time.LocalDate day = java.time.LocalDate.of(1919, 11, 4);
                    String iso = "1919-11-07";
                    boolean armenianLetters = Character.UnicodeBlock.of('x') == Character.UnicodeBlock.ARMENIAN;
                }
                """;
        assertThat(names.foundIn(code)).containsExactlyInAnyOrder(
                "identifier AZERBAIJANI", "identifier ARMENIAN", "literal \"the road to Goris\"",
                "number 1919", "literal \"1919-11-07\"");
    }

    /** What the shipped exhibit calls its own: lower-cased words and ids, its years and ISO dates. */
    private record Names(Set<String> words, Set<String> phrases, Set<String> years, Set<String> dates) {

        static Names of(Exhibit exhibit) {
            Names names = new Names(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
            exhibit.places().places().forEach(p -> names.add(p.id(), p.name()));
            exhibit.people().people().forEach(p -> names.add(p.id(), p.name()));
            exhibit.map().sides().forEach(s -> names.add(s.id(), s.name()));
            names.add(null, exhibit.info().title());
            exhibit.map().days().forEach(day -> names.date(day.getYear(), day.toString()));
            for (var event : exhibit.timeline().events()) {
                HistoricDate date = event.date();
                names.date(date.year(), date.hasDay() ? date.firstDay().toString() : null);
            }
            return names;
        }

        private void add(String id, LocalizedText name) {
            if (id != null) {
                words.add(id.toLowerCase(Locale.ROOT).replace("-", ""));
            }
            for (String text : name.values().values()) {
                String phrase = text.toLowerCase(Locale.ROOT).strip();
                phrases.add(phrase);
                if (!phrase.contains(" ")) {
                    words.add(phrase);
                }
            }
        }

        private void date(int year, String iso) {
            years.add(Integer.toString(year));
            if (iso != null) {
                dates.add(iso);
            }
        }

        /** Each identifier, literal or number in the code that names the exhibit. */
        List<String> foundIn(String source) {
            List<String> hits = new ArrayList<>();
            String code = BLOCK_COMMENT.matcher(source).replaceAll(" ");
            Matcher literal = STRING.matcher(code);
            StringBuilder rest = new StringBuilder();
            while (literal.find()) {
                String text = literal.group();
                String lower = text.toLowerCase(Locale.ROOT);
                boolean names = phrases.stream().anyMatch(p -> containsWord(lower, p))
                        || dates.stream().anyMatch(lower::contains);
                if (names) {
                    hits.add("literal " + text);
                }
                literal.appendReplacement(rest, " ");
            }
            literal.appendTail(rest);
            code = LINE_COMMENT.matcher(rest.toString()).replaceAll(" ");
            code = CHARACTER.matcher(code).replaceAll(" ");
            Matcher identifier = IDENTIFIER.matcher(code);
            while (identifier.find()) {
                String name = identifier.group();
                if (!name.startsWith("Character.") && words.contains(name.toLowerCase(Locale.ROOT).replace("_", ""))) {
                    hits.add("identifier " + name);
                }
            }
            Matcher number = NUMBER.matcher(code);
            while (number.find()) {
                if (years.contains(number.group())) {
                    hits.add("number " + number.group());
                }
            }
            return hits;
        }

        private static boolean containsWord(String text, String phrase) {
            int at = text.indexOf(phrase);
            while (at >= 0) {
                int end = at + phrase.length();
                // A time zone's id (Europe/London) names a tz database entry, not a place of the exhibit.
                boolean before = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)) && text.codePointBefore(at) != '/';
                boolean after = end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
                if (before && after) {
                    return true;
                }
                at = text.indexOf(phrase, at + 1);
            }
            return false;
        }
    }
}
