package org.exhibitkiosk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Copies of the test fixtures in a temporary folder: a small exhibit that uses every part of the
 * content model (with the bundled fonts of {@code exhibit-content/fonts}), and a kiosk config.
 */
public final class TestFolders {

    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    public static final Path SHIPPED_CONTENT = Path.of("exhibit-content");
    public static final Path SHIPPED_CONFIG = Path.of("kiosk-config");

    private final Path content;
    private final Path config;

    private TestFolders(Path root) {
        content = root.resolve("content");
        config = root.resolve("config");
    }

    /** Fresh copies of the fixture content and config under {@code root}. */
    public static TestFolders copyInto(Path root) {
        TestFolders folders = new TestFolders(root);
        copyTree(FIXTURES.resolve("content"), folders.content);
        copyTree(SHIPPED_CONTENT.resolve("fonts"), folders.content.resolve("fonts"));
        copyTree(FIXTURES.resolve("config"), folders.config);
        return folders;
    }

    public Path content() {
        return content;
    }

    public Path config() {
        return config;
    }

    /** Adds two predefined notices to the config's kiosk.yaml: a band (closing-soon) and an evacuation. */
    public void addTestNotices() {
        Path kioskYaml = config.resolve("kiosk.yaml");
        try {
            Files.writeString(kioskYaml, Files.readString(kioskYaml) + """

                    notices:
                      closing-soon:
                        text:
                          en: The museum closes in 15 minutes.
                          az: Muzey 15 dəqiqədən sonra bağlanır.
                          hy: Թանգարանը կփակվի 15 րոպե հետո։
                      evacuation:
                        kind: evacuation
                        text:
                          en: Please leave the building now by the nearest exit.
                          az: Zəhmət olmasa, binanı dərhal ən yaxın çıxışdan tərk edin.
                          hy: Խնդրում ենք անմիջապես լքել շենքը մոտակա ելքով։
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file of the content folder (creating folders), replacing what was there. */
    public Path writeContent(String relative, byte[] bytes) {
        return write(content.resolve(relative), bytes);
    }

    public Path writeConfig(String relative, byte[] bytes) {
        return write(config.resolve(relative), bytes);
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
