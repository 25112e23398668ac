package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code translations}: a translator's round trip through XLIFF 2.0 on the fixture exhibit, as a
 * translator sees it: the file their tool opens, the content files after the import, the kiosk's
 * reading of them, and what status says is left to do.
 */
@Timeout(60)
class TranslationsCommandTest {

    private static final String BACKGROUND = "sections/background.yaml";

    @TempDir
    Path temp;

    private TestFolders folders;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyFixture() throws IOException {
        folders = TestFolders.copyInto(temp.resolve("exhibit"));
        // A curator's comment and layout, which an import must keep.
        Path background = folders.content().resolve(BACKGROUND);
        Files.writeString(background, "# The first section: keep this comment.\n"
                + Files.readString(background).replace("    heading:\n", "    heading:   # the panel's title\n"));
    }

    @Test
    void aChangedTargetIsWrittenIntoTheFileInPlaceAndTheKioskShowsIt() throws Exception {
        Path xliff = temp.resolve("az.xlf");
        assertThat(run("translations", "export", "--lang", "az", "--out", xliff.toString())).as(out.toString()).isZero();
        assertValidXliff2(xliff);
        String exported = Files.readString(xliff);
        assertThat(exported).contains("srcLang=\"en\"", "trgLang=\"az\"",
                "name=\"panels/background-one/heading\"", "ek:sourceHash=\"",
                "<source>A council in Goris</source>", "<target>Gorusda şura</target>", "state=\"translated\"",
                "The English text is at sections/background.yaml:",
                "Shown on a reading screen: section 'background', panel 'background-one'",
                "--open background/background-one");

        String before = Files.readString(folders.content().resolve(BACKGROUND));
        // the first unit with this text is the panel's heading (timeline.yaml comes after the sections)
        Files.writeString(xliff, exported.replaceFirst("<target>Gorusda şura</target>",
                "<target>Gorusda şura: \"yeni\" başlıq</target>"));
        out.getBuffer().setLength(0);
        int code = run("translations", "import", xliff.toString());

        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("wrote 1 translations into sections/background.yaml");
        String after = Files.readString(folders.content().resolve(BACKGROUND));
        assertThat(after).isEqualTo(before.replace("      az: Gorusda şura\n",
                "      az: \"Gorusda şura: \\\"yeni\\\" başlıq\"\n"));
        assertThat(after).startsWith("# The first section: keep this comment.\n").contains("heading:   # the panel's title");
        assertValidXliff2(xliff);

        out.getBuffer().setLength(0);
        assertThat(run("validate")).as(out.toString()).isZero();
        Exhibit exhibit = load();
        assertThat(exhibit.section("background").orElseThrow().panels().get(0).heading().in("az"))
                .isEqualTo("Gorusda şura: \"yeni\" başlıq");
    }

    @Test
    void aUnitWhoseSourceChangedSinceTheExportIsRefusedByName() throws Exception {
        Path xliff = temp.resolve("az.xlf");
        assertThat(run("translations", "export", "--lang", "az", "--out", xliff.toString())).isZero();
        Files.writeString(xliff, Files.readString(xliff)
                .replaceFirst("<target>Gorusda şura</target>", "<target>Gorusda böyük şura</target>")
                .replace("<target>Tarixi şərait</target>", "<target>Tarixi fon</target>"));
        Path background = folders.content().resolve(BACKGROUND);
        Files.writeString(background, Files.readString(background)
                .replace("en: A council in Goris", "en: A council in the town of Goris"));
        out.getBuffer().setLength(0);

        int code = run("translations", "import", xliff.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).containsPattern(
                "az\\.xlf:\\d+:\\d+: unit 'panels\\.background-one\\.heading' \\(sections/background\\.yaml,"
                        + " panels/background-one/heading\\): the English text changed since the export")
                .doesNotContain("\tat ");
        String after = Files.readString(background);
        assertThat(after).contains("az: Gorusda şura\n").doesNotContain("böyük");
        assertThat(after).contains("az: Tarixi fon\n"); // the unit whose source stands is written
    }

    @Test
    void statusListsAMissingTextAndOneMadeFromAnOlderSource() throws Exception {
        Path background = folders.content().resolve(BACKGROUND);
        Files.writeString(background, Files.readString(background).replace("      hy: Խորհուրդ Գորիսում\n", ""));
        Path xliff = temp.resolve("az.xlf");
        assertThat(run("translations", "export", "--lang", "az", "--out", xliff.toString())).isZero();
        Files.writeString(xliff, Files.readString(xliff).replace("<target>Tarixi şərait</target>",
                "<target>Tarixi fon</target>"));
        assertThat(run("translations", "import", xliff.toString())).isZero();
        Files.writeString(background, Files.readString(background).replace("en: Background", "en: Before"));
        out.getBuffer().setLength(0);

        int code = run("translations", "status");

        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).contains("az: 0 missing, 1 out of date, of " + count(lines, "az") + " texts");
        assertThat(lines).anyMatch(line -> line.matches("  .*sections/background\\.yaml:5:7: out of date: title"));
        assertThat(lines).anyMatch(line -> line.startsWith("hy: 1 missing, 0 out of date"));
        assertThat(lines).anyMatch(line -> line.matches(
                "  .*sections/background\\.yaml:\\d+:\\d+: missing: panels/background-one/heading"));
    }

    @Test
    void aNewLanguageIsAddedUnderTheOthers() throws Exception {
        Path xliff = temp.resolve("fr.xlf");
        assertThat(run("translations", "export", "--lang", "fr", "--out", xliff.toString())).isZero();
        String exported = Files.readString(xliff);
        assertThat(exported).doesNotContain("<target>");
        Files.writeString(xliff, exported.replace("<source>A council in Goris</source>",
                "<source>A council in Goris</source>\n    <target>Un conseil à Goris</target>"));

        assertThat(run("translations", "import", xliff.toString())).as(out.toString()).isZero();

        assertThat(Files.readString(folders.content().resolve(BACKGROUND)))
                .contains("      hy: Խորհուրդ Գորիսում\n      fr: Un conseil à Goris\n    paragraphs:");
        out.getBuffer().setLength(0);
        run("translations", "status", "--lang", "fr");
        assertThat(out.toString()).doesNotContain("missing: panels/background-one/heading\n")
                .contains("missing: panels/background-one/paragraphs/0");
    }

    @Test
    void aBrokenXliffFileIsReportedWithItsLineAndNothingIsWritten() throws Exception {
        Path xliff = temp.resolve("broken.xlf");
        assertThat(run("translations", "export", "--lang", "az", "--out", xliff.toString())).isZero();
        Files.writeString(xliff, Files.readString(xliff).replaceFirst("state=\"translated\"", "state=\"done\""));
        String before = Files.readString(folders.content().resolve(BACKGROUND));
        out.getBuffer().setLength(0);

        int code = run("translations", "import", xliff.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).containsPattern("broken\\.xlf:\\d+:\\d+: not valid XLIFF 2\\.0: .*'done'")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(Files.readString(folders.content().resolve(BACKGROUND))).isEqualTo(before);
        assertThat(run("translations", "import", temp.resolve("none.xlf").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("none.xlf:1:1: file is missing");
    }

    /** Checks against the XLIFF 2.0 core schema itself, as the OASIS standard publishes it. */
    private static void assertValidXliff2(Path xliff) throws Exception {
        URL core = XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        assertThat(core).as("the core schema in Okapi's jar").isNotNull();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(core).newValidator();
        try (InputStream in = Files.newInputStream(xliff)) {
            validator.validate(new StreamSource(in));
        }
        XLIFFReader.validate(xliff.toFile()); // and Okapi's rules beyond the schema
    }

    private static int count(List<String> lines, String language) {
        return lines.stream().filter(line -> line.startsWith(language + ": ")).findFirst()
                .map(line -> Integer.parseInt(line.replaceAll(".* of (\\d+) texts", "$1"))).orElse(-1);
    }

    private Exhibit load() {
        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());
        assertThat(outcome.problems()).isEmpty();
        return outcome.exhibit().orElseThrow();
    }

    private int run(String... args) {
        String[] withFolders = new String[args.length + 4];
        System.arraycopy(args, 0, withFolders, 0, args.length);
        withFolders[args.length] = "--content";
        withFolders[args.length + 1] = folders.content().toString();
        withFolders[args.length + 2] = "--config";
        withFolders[args.length + 3] = folders.config().toString();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(withFolders);
    }
}
