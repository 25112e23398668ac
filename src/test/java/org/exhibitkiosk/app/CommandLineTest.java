package org.exhibitkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.exhibitkiosk.config.PinHash;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.config.PinStore;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a curator and a technician use it: output, and exit codes 0, 1 and 2. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CommandLineTest {

    @TempDir
    Path temp;
    private TestFolders folders;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyFixtures() {
        folders = TestFolders.copyInto(temp);
    }

    @Test
    void validateExitsZeroAndSaysSoWhenClean() {
        int code = run("validate", "--content", folders.content().toString(), "--config", folders.config().toString());

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("No problems: ").contains("files checked");
    }

    @Test
    void validateListsEveryProblemAsFileLineColumnThenCountsThem() throws IOException {
        Path places = folders.content().resolve("places.yaml");
        Files.writeString(places, Files.readString(places).replace("kind: town", "kind: castle"));
        Path people = folders.content().resolve("people.yaml");
        Files.writeString(people, Files.readString(people).replace("role:", "rol:"));

        int code = run("--content", folders.content().toString(), "--config", folders.config().toString(), "validate");

        assertThat(code).isEqualTo(1);
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).matches(".*people\\.yaml:\\d+:\\d+: missing key 'role' in people item 1");
        assertThat(lines[1]).matches(".*people\\.yaml:7:5: unknown key 'rol'; did you mean 'role'\\?");
        assertThat(lines[2]).matches(".*places\\.yaml:7:11: 'castle' is not one of: .*");
        assertThat(lines[3]).isEqualTo("3 problems in 2 files (17 files checked).");
        assertThat(out.toString() + err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validatePrintsEditorialWarningsAndPassesUnlessStrict() throws IOException {
        Path background = folders.content().resolve("sections/background.yaml");
        Files.writeString(background, Files.readString(background)
                .replace("az: 1917-ci ildə qəzanı", "az: 1918-ci ildə qəzanı"));

        int code = run("validate", "--content", folders.content().toString(), "--config", folders.config().toString());

        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches(".*sections/background\\.yaml:\\d+:\\d+: warning: the figures of the az text differ"
                + " from the en text \\(en: 1917; az: 1918\\).*");
        assertThat(lines[1]).isEqualTo("No problems, 1 warning (17 files checked).");

        out.getBuffer().setLength(0);
        int strict = run("validate", "--strict", "--content", folders.content().toString(), "--config",
                folders.config().toString());

        assertThat(strict).isEqualTo(1);
        assertThat(out.toString()).contains(": warning: the figures of the az text")
                .contains("No problems, 1 warning (17 files checked); --strict fails on warnings.");
    }

    @Test
    void validateStrictPassesCleanContent() {
        int code = run("validate", "--strict", "--content", folders.content().toString(), "--config",
                folders.config().toString());

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("No problems: ");
    }

    @Test
    void validatePrintsFilePathsFromTheCurrentFolder() {
        Path missing = Path.of("target", "no-such-content");

        int code = run("validate", "--content", missing.toString(), "--config", folders.config().toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).startsWith("target/no-such-content:1:1: content folder does not exist");
    }

    @Test
    void usageErrorsExitTwoWithoutAStackTrace() {
        assertThat(run("validate", "--no-such-option")).isEqualTo(2);
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("--idle-seconds", "many")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").doesNotContain("\tat ");
    }

    @Test
    void setPinStoresOnlyASaltedHashAndLeavesTheConfigFileAlone() throws IOException {
        Path configFile = folders.config().resolve("kiosk.yaml");
        String before = Files.readString(configFile);

        int code = withStdin("482915\n", () -> run("--config", folders.config().toString(), "set-pin"));

        assertThat(code).isZero();
        Path pinFile = folders.config().resolve("staff-pin");
        assertThat(Files.readString(pinFile)).doesNotContain("482915")
                .as("an installed kiosk's PIN takes the slow count").contains(":" + PinHash.ITERATIONS + ":");
        PinHash stored = PinStore.read(pinFile, new Problems()).orElseThrow();
        assertThat(stored.matches("482915".toCharArray())).isTrue();
        assertThat(Files.readString(configFile)).isEqualTo(before);
    }

    @Test
    void setPinRefusesSomethingThatIsNotAPin() throws IOException {
        String before = Files.readString(folders.config().resolve("staff-pin"));

        int code = withStdin("secret\n", () -> run("--config", folders.config().toString(), "set-pin"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("4 to 12 digits").contains("nothing changed");
        assertThat(Files.readString(folders.config().resolve("staff-pin"))).isEqualTo(before);
    }

    @Test
    void helpSummariesAreWholeSentences() {
        CommandLine main = Main.commandLine();
        List<String> summaries = new ArrayList<>();
        summaries.add(main.getCommandSpec().usageMessage().description()[0]);
        main.getSubcommands().forEach((name, sub) -> {
            String[] description = sub.getCommandSpec().usageMessage().description();
            if (description.length > 0 && !name.equals("help")) {
                summaries.add(description[0]);
            }
        });

        assertThat(summaries).hasSizeGreaterThan(5).allSatisfy(line -> assertThat(line).endsWith("."));
        assertThat(run("--help")).isEqualTo(0);
        String help = out.toString().replaceAll("\\s+", " ");
        for (String summary : summaries) {
            assertThat(help).contains(summary);
        }
    }

    @Test
    void contentHashPrintsOneHexLineThatFollowsTheFilesAndNotTheEditorsLeftovers() throws Exception {
        Path a = temp.resolve("a");
        Files.createDirectories(a.resolve("images"));
        Files.writeString(a.resolve("exhibit.yaml"), "id: x\n");
        Files.write(a.resolve("images/map.png"), new byte[] {1, 2, 3});
        java.security.MessageDigest expected = java.security.MessageDigest.getInstance("SHA-256");
        for (String[] file : new String[][] {{"exhibit.yaml", "id: x\n"}, {"images/map.png", "\u0001\u0002\u0003"}}) {
            byte[] bytes = file[1].getBytes(StandardCharsets.ISO_8859_1);
            expected.update((file[0] + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
            expected.update(bytes);
        }
        String hash = java.util.HexFormat.of().formatHex(expected.digest());

        assertThat(run("content-hash", a.toString())).isZero();
        assertThat(out.toString()).isEqualTo(hash + System.lineSeparator());

        Path b = temp.resolve("b");
        Files.createDirectories(b.resolve(".git"));
        Files.createDirectories(b.resolve("images"));
        Files.writeString(b.resolve("exhibit.yaml"), "id: x\n");
        Files.write(b.resolve("images/map.png"), new byte[] {1, 2, 3});
        Files.writeString(b.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(b.resolve(".exhibit.yaml.swp"), "vim");
        Files.writeString(b.resolve("exhibit.yaml~"), "backup");
        out.getBuffer().setLength(0);
        assertThat(run("content-hash", b.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo(hash);

        Files.writeString(b.resolve("exhibit.yaml"), "id: y\n");
        out.getBuffer().setLength(0);
        assertThat(run("content-hash", b.toString())).isZero();
        assertThat(out.toString().strip()).matches("[0-9a-f]{64}").isNotEqualTo(hash);

        assertThat(run("content-hash", temp.resolve("none").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not a folder");
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static int withStdin(String input, java.util.function.IntSupplier action) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return action.getAsInt();
        } finally {
            System.setIn(original);
        }
    }
}
