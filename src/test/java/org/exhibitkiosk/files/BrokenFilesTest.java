package org.exhibitkiosk.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken files: one per validator rule, each dropped into an otherwise clean exhibit,
 * each with the exact problems (file, line, column, message) a curator must be shown.
 */
class BrokenFilesTest {

    private static final Path CONTENT_CORPUS = Path.of("src/test/resources/broken-content");
    private static final Path CONFIG_CORPUS = Path.of("src/test/resources/broken-config");

    @TempDir
    Path temp;

    static Stream<Arguments> contentCases() throws IOException {
        return cases(CONTENT_CORPUS);
    }

    static Stream<Arguments> configCases() throws IOException {
        return cases(CONFIG_CORPUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentCases")
    void brokenContentFileIsReportedWhereItIsBroken(String name, List<String> expected) throws IOException {
        TestFolders folders = TestFolders.copyInto(temp);
        Path caseFile = CONTENT_CORPUS.resolve(name);
        folders.writeContent(targetOf(caseFile), Files.readAllBytes(caseFile));

        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());

        assertThat(relativeTo(outcome.problems(), folders.content())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(outcome.exhibit()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configCases")
    void brokenConfigFileIsReportedWhereItIsBroken(String name, List<String> expected) throws IOException {
        TestFolders folders = TestFolders.copyInto(temp);
        Path caseFile = CONFIG_CORPUS.resolve(name);
        folders.writeConfig(targetOf(caseFile), Files.readAllBytes(caseFile));

        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());

        assertThat(relativeTo(outcome.problems(), folders.config())).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Stream<Arguments> cases(Path corpus) throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(corpus.resolve("expected-problems.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            expected.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        try (Stream<Path> files = Files.list(corpus)) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("expected-problems.tsv")).sorted().toList();
            assertThat(expected.keySet()).as("every broken file has its expected problems")
                    .containsExactlyInAnyOrderElementsOf(names);
        }
        return expected.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** The first line of a case names the file it replaces: {@code # file: places.yaml}. */
    private static String targetOf(Path caseFile) throws IOException {
        String first = Files.readAllLines(caseFile).get(0);
        assertThat(first).startsWith("# file: ");
        return first.substring("# file: ".length()).trim();
    }

    private static List<String> relativeTo(List<Problem> problems, Path folder) {
        Path shown = ShownPath.of(folder);
        return problems.stream()
                .map(p -> shown.relativize(p.file()) + ":" + p.line() + ":" + p.column() + ": " + p.message())
                .toList();
    }
}
