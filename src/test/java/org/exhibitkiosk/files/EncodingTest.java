package org.exhibitkiosk.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as editors on Windows and elsewhere save them: what is accepted, and what is refused. */
class EncodingTest {

    @TempDir
    Path temp;
    private TestFolders folders;

    @BeforeEach
    void copyFixtures() {
        folders = TestFolders.copyInto(temp);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
        for (String name : List.of("places.yaml", "people.yaml", "sections/background.yaml")) {
            Path file = folders.content().resolve(name);
            String text = Files.readString(file).replace("\n", "\r\n");
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            Files.write(file, withBom);
        }
        Path config = folders.config().resolve("kiosk.yaml");
        Files.writeString(config, Files.readString(config).replace("\n", "\r\n"));

        KioskFiles.Outcome outcome = load();

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.exhibit()).isPresent();
        assertThat(outcome.exhibit().get().places().places().get(0).name().in("hy")).isEqualTo("Գորիս");
    }

    @Test
    void problemsInCrlfFilesAreReportedOnTheRightLine() throws IOException {
        Path file = folders.content().resolve("places.yaml");
        Files.writeString(file, Files.readString(file).replace("kind: town", "kind: castle").replace("\n", "\r\n"));

        assertThat(load().problems()).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(7))
                .satisfies(p -> assertThat(p.column()).isEqualTo(11));
    }

    @Test
    void utf16IsRefusedWithAnInstruction() throws IOException {
        Path file = folders.content().resolve("people.yaml");
        byte[] utf16 = Files.readString(file).getBytes(StandardCharsets.UTF_16);
        Files.write(file, utf16);

        assertThat(load().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("UTF-16").contains("save it as UTF-8");
        });
    }

    @Test
    void latin1IsRefusedAtTheFirstByteThatIsNotUtf8() throws IOException {
        Path file = folders.content().resolve("glossary.yaml");
        String text = "title:\n  en: Glossary\n  az: L\u00fcg\u0259t\n  hy: x\n";
        // 'ü' in Latin-1 is the single byte 0xFC, which UTF-8 never uses.
        byte[] bytes = text.replace("\u0259", "e").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);

        assertThat(load().problems()).singleElement().satisfies(p -> {
            assertThat(p.file().toString()).endsWith("glossary.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(8);
            assertThat(p.message()).contains("0xFC").contains("save it as UTF-8");
        });
    }

    @Test
    void oversizedFileIsRefusedUnread() throws IOException {
        byte[] huge = new byte[(int) TextFile.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) '#');
        folders.writeContent("glossary.yaml", huge);

        assertThat(load().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("over the 5 MB limit").contains("not read");
        });
    }

    private KioskFiles.Outcome load() {
        return new KioskFiles(new StrictMapper()).load(folders.content(), folders.config());
    }
}
