package org.exhibitkiosk.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exhibitkiosk.config.ConfigLoader;
import org.exhibitkiosk.config.PinHash;
import org.exhibitkiosk.config.PinStore;
import org.exhibitkiosk.content.ContentLoader;
import org.exhibitkiosk.content.InterfaceText;
import org.exhibitkiosk.content.LocalizedText;

/**
 * A new exhibit to start from: a small, valid content folder in the languages asked for, every file
 * with comments that teach its format, beside a kiosk config for those languages, each file linked
 * to its JSON Schema. The bundled fonts and the interface texts come from an existing content
 * folder (a language it lacks gets the English texts, marked with its code, to translate).
 * File I/O: never on the EDT. Not thread-safe.
 */
public final class NewExhibit {

    /** The development PIN the new config's staff-pin holds, until set-pin sets another. */
    public static final String DEVELOPMENT_PIN = "1919";

    private static final String TEMPLATES = "org/exhibitkiosk/tools/new-exhibit/";
    private static final List<String> CONTENT_FILES = List.of(ContentLoader.EXHIBIT, "sections/first.yaml",
            ContentLoader.KEY_FACTS, ContentLoader.PERSPECTIVES, ContentLoader.TIMELINE, ContentLoader.PLACES,
            ContentLoader.MAP, ContentLoader.PEOPLE, ContentLoader.GLOSSARY, ContentLoader.SOURCES,
            ContentLoader.ATTRACT, ContentLoader.SUMMARY);
    private static final Pattern KEY_TEXT = Pattern.compile("^(\\s*)(- )?([\\w-]+): \\{\\{(.+)}}\\s*$");
    private static final Pattern ITEM_TEXT = Pattern.compile("^(\\s*)- \\{\\{(.+)}}\\s*$");

    private final List<String> languages;
    private final Path fonts;
    private final InterfaceText interfaceText;

    /**
     * @param languages     the exhibit's language codes, in the welcome screen's order
     * @param fonts         a content folder's {@code fonts/}, copied whole
     * @param interfaceText the interface texts to start from
     */
    public NewExhibit(List<String> languages, Path fonts, InterfaceText interfaceText) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        for (String code : languages) {
            if (!code.matches("[a-z]{2,3}")) {
                throw new IllegalArgumentException("'" + code + "' is not a language code such as en or fr");
            }
        }
        this.languages = List.copyOf(languages);
        this.fonts = fonts;
        this.interfaceText = interfaceText;
    }

    /** The folders written. */
    public record Written(Path content, Path config) {
    }

    /** Writes {@code folder}/exhibit-content and {@code folder}/kiosk-config; the folder must be new or empty. */
    public Written write(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                if (inside.findAny().isPresent()) {
                    throw new IOException(folder + " is not empty; choose a new folder");
                }
            }
        }
        Path content = folder.resolve("exhibit-content");
        Path config = folder.resolve("kiosk-config");
        for (String file : CONTENT_FILES) {
            write(content.resolve(file), expand(template(file)));
        }
        write(content.resolve(ContentLoader.UI_STRINGS), interfaceTexts());
        copyFonts(content.resolve("fonts"));
        write(config.resolve(ConfigLoader.CONFIG_FILE), expand(template("kiosk.yaml")));
        PinStore.write(config.resolve("staff-pin"), PinHash.create(DEVELOPMENT_PIN.toCharArray()));
        SchemaFiles schemas = new SchemaFiles(new JsonSchemas(names(languages)));
        schemas.link(content, FileKinds.Folder.CONTENT);
        schemas.link(config, FileKinds.Folder.CONFIG);
        return new Written(content, config);
    }

    /** The template's text with every {{text}} written out in each language. */
    String expand(String template) {
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            Matcher key = KEY_TEXT.matcher(line);
            Matcher item = ITEM_TEXT.matcher(line);
            if (line.strip().equals("{{languages}}")) {
                out.append(languageList()).append('\n');
            } else if (key.matches() && key.group(4).equals("first")) {
                out.append(key.group(1)).append(key.group(2) == null ? "" : key.group(2)).append(key.group(3))
                        .append(": ").append(languages.get(0)).append('\n');
            } else if (key.matches() && key.group(4).equals("timezone")) {
                out.append(key.group(1)).append(key.group(3)).append(": ").append(timeZone()).append('\n');
            } else if (key.matches()) {
                String indent = key.group(1) + (key.group(2) == null ? "" : "  ");
                out.append(key.group(1)).append(key.group(2) == null ? "" : key.group(2)).append(key.group(3))
                        .append(":\n");
                appendTexts(out, indent + "  ", indent + "  ", key.group(4));
            } else if (item.matches()) {
                appendTexts(out, item.group(1) + "- ", item.group(1) + "  ", item.group(2));
            } else {
                out.append(line).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    private void appendTexts(StringBuilder out, String firstIndent, String indent, String english) {
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            out.append(i == 0 ? firstIndent : indent).append(language).append(": ")
                    .append(quoted(textIn(language, english))).append('\n');
        }
    }

    /** A placeholder in English, marked with its language's code where that is not English. */
    private static String textIn(String language, String english) {
        return language.equals("en") ? english : english + " (" + language + ")";
    }

    private String interfaceTexts() {
        StringBuilder out = new StringBuilder();
        out.append("# Every label, button and message of the kiosk, by key, in each language. {0} and {1} are\n")
                .append("# filled in by the kiosk. A text marked with its language's code, like \"Home (fr)\", is\n")
                .append("# the English one waiting for its translation.\n")
                .append("strings:\n");
        for (Map.Entry<String, LocalizedText> entry : interfaceText.strings().entrySet()) {
            out.append("  ").append(entry.getKey()).append(":\n");
            for (String language : languages) {
                String text = entry.getValue().values().get(language);
                out.append("    ").append(language).append(": ")
                        .append(quoted(text != null ? text : textIn(language, entry.getValue().in("en"))))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private String languageList() {
        StringBuilder out = new StringBuilder();
        for (String code : languages) {
            out.append("  - code: ").append(code).append('\n')
                    .append("    name: ").append(quoted(ownName(code))).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The language's name in itself ("Français"), or its code where Java does not know it. */
    static String ownName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String timeZone() {
        String zone = ZoneId.systemDefault().getId();
        return zone.contains("/") ? zone : "Europe/London";
    }

    private void copyFonts(Path target) throws IOException {
        if (!Files.isDirectory(fonts)) {
            throw new IOException("no fonts to copy: " + fonts + " does not exist (give --content a content folder"
                    + " that has fonts/)");
        }
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(fonts)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** A YAML double-quoted text. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String template(String name) {
        try (InputStream in = NewExhibit.class.getClassLoader().getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("the new exhibit's template " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Map<String, String> names(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, ownName(code)));
        return names;
    }
}
