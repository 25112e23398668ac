package org.exhibitkiosk.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.exhibitkiosk.config.ConfigLoader;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.AttractLoop;
import org.exhibitkiosk.content.ContentLoader;
import org.exhibitkiosk.content.ExhibitInfo;
import org.exhibitkiosk.content.Glossary;
import org.exhibitkiosk.content.InterfaceText;
import org.exhibitkiosk.content.KeyFacts;
import org.exhibitkiosk.content.OperationsMap;
import org.exhibitkiosk.content.People;
import org.exhibitkiosk.content.Perspectives;
import org.exhibitkiosk.content.Places;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.content.Sources;
import org.exhibitkiosk.content.TakeHome;
import org.exhibitkiosk.content.Timeline;
import org.exhibitkiosk.text.FontFiles;

/**
 * Every kind of file a kiosk reads, with the record it is read into (by the loaders, under the
 * same names) and the name of its JSON Schema. Immutable.
 */
public final class FileKinds {

    /** The folder a file lives in. */
    public enum Folder { CONTENT, CONFIG }

    /**
     * One kind of file.
     *
     * @param folder     the content or the config folder
     * @param path       its path inside the folder; a section's is {@code sections/*.yaml}
     * @param type       the record it is read into
     * @param schemaName the name of its schema file
     */
    public record Kind(Folder folder, String path, Class<?> type, String schemaName) {

        /** Whether a file at {@code relative} (with forward slashes) is of this kind. */
        public boolean matches(String relative) {
            if (path.endsWith("/*.yaml")) {
                String folderPart = path.substring(0, path.length() - "*.yaml".length());
                String rest = relative.startsWith(folderPart) ? relative.substring(folderPart.length()) : "";
                return !rest.isEmpty() && !rest.contains("/") && (rest.endsWith(".yaml") || rest.endsWith(".yml"));
            }
            return relative.equals(path);
        }

        /** The title of its schema: the file as a curator names it. */
        public String title() {
            return path;
        }
    }

    public static final List<Kind> ALL = List.of(
            content(ContentLoader.EXHIBIT, ExhibitInfo.class),
            new Kind(Folder.CONTENT, ContentLoader.SECTIONS + "/*.yaml", Section.class, "section.schema.json"),
            content(ContentLoader.KEY_FACTS, KeyFacts.class),
            content(ContentLoader.PERSPECTIVES, Perspectives.class),
            content(ContentLoader.TIMELINE, Timeline.class),
            content(ContentLoader.PLACES, Places.class),
            content(ContentLoader.MAP, OperationsMap.class),
            content(ContentLoader.PEOPLE, People.class),
            content(ContentLoader.GLOSSARY, Glossary.class),
            content(ContentLoader.SOURCES, Sources.class),
            content(ContentLoader.ATTRACT, AttractLoop.class),
            content(ContentLoader.SUMMARY, TakeHome.class),
            content(ContentLoader.UI_STRINGS, InterfaceText.class),
            content(ContentLoader.FONTS, FontFiles.class),
            new Kind(Folder.CONFIG, ConfigLoader.CONFIG_FILE, KioskConfig.class, "kiosk.schema.json"));

    /** Where a folder's schemas are kept, inside it. */
    public static final String SCHEMAS = "schemas";

    private FileKinds() {
    }

    private static Kind content(String path, Class<?> type) {
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
        return new Kind(Folder.CONTENT, path, type, name + ".schema.json");
    }

    /** The kind of a file at {@code relative} inside {@code folder}. */
    public static Optional<Kind> of(Folder folder, String relative) {
        return ALL.stream().filter(k -> k.folder() == folder && k.matches(relative)).findFirst();
    }

    /** The YAML files of a folder that have a kind, in path order (the schemas' own folder left out). */
    public static List<Path> filesIn(Path root, Folder folder) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (of(folder, relative(root, file)).isPresent()) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** A file's path inside its folder, with forward slashes. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
