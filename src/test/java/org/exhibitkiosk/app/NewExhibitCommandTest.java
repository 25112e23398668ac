package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code new-exhibit}: what a curator starting from nothing gets is valid, and the kiosk reads it. */
class NewExhibitCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aNewExhibitInEnglishAndFrenchIsCleanAndTheKioskReadsIt() throws IOException {
        Path folder = temp.resolve("my-exhibit");

        // from the shipped exhibit, as a curator does in the repository or on an installed kiosk
        int code = run("new-exhibit", folder.toString(), "--languages", "en,fr", "--content",
                TestFolders.SHIPPED_CONTENT.toString(), "--config", TestFolders.SHIPPED_CONFIG.toString());

        assertThat(code).as(err.toString()).isZero();
        Path content = folder.resolve("exhibit-content");
        Path config = folder.resolve("kiosk-config");
        assertThat(Files.readString(content.resolve("sections/first.yaml")))
                .startsWith("# yaml-language-server: $schema=../schemas/section.schema.json\n# One reading section")
                .contains("    heading:\n      en: \"The panel's heading\"\n      fr: \"The panel's heading (fr)\"\n");
        assertThat(Files.readString(config.resolve("kiosk.yaml"))).contains("  - code: fr\n    name: \"Français\"\n");

        out.getBuffer().setLength(0);
        int validate = run("validate", "--strict", "--content", content.toString(), "--config", config.toString());
        assertThat(validate).as(out.toString()).isZero();
        assertThat(out.toString()).startsWith("No problems: ");

        KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper()).load(content, config);
        assertThat(outcome.problems()).isEmpty();
        Exhibit exhibit = outcome.exhibit().orElseThrow();
        assertThat(outcome.config().config().orElseThrow().languageCodes()).containsExactly("en", "fr");
        assertThat(exhibit.sections()).singleElement().satisfies(section -> {
            assertThat(section.id()).isEqualTo("first");
            assertThat(section.panels().get(0).heading().in("fr")).isEqualTo("The panel's heading (fr)");
        });
        assertThat(exhibit.text(UiKey.NAV_HOME, "en")).isEqualTo("Home");
        assertThat(exhibit.text(UiKey.NAV_HOME, "fr")).isEqualTo("Home (fr)");
        assertThat(exhibit.map().days()).hasSize(2);
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        TestFolders from = TestFolders.copyInto(temp.resolve("from"));
        Path folder = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(folder.resolve("notes.txt"), "mine");

        int code = run("new-exhibit", folder.toString(), "--languages", "en", "--content", from.content().toString(),
                "--config", from.config().toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("is not empty").doesNotContain("\tat ");
        assertThat(folder.resolve("exhibit-content")).doesNotExist();
        assertThat(run("new-exhibit", temp.resolve("x").toString(), "--languages", "EN!")).isEqualTo(2);
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
