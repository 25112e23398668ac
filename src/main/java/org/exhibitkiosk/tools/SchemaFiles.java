package org.exhibitkiosk.tools;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema files on disk: every kind's schema written into a folder, and the first-line comment
 * by which the YAML language server (VS Code's YAML extension and others) finds a file's schema:
 * {@code # yaml-language-server: $schema=../schemas/section.schema.json}. File I/O: never on the
 * EDT. Not thread-safe.
 */
public final class SchemaFiles {

    /** How the YAML language server's comment starts. */
    public static final String MODELINE = "# yaml-language-server: $schema=";

    private static final ObjectWriter WRITER;

    static {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectMapper mapper = JsonMapper.builder().build();
        WRITER = mapper.writer(printer);
    }

    private final JsonSchemas schemas;

    public SchemaFiles(JsonSchemas schemas) {
        this.schemas = schemas;
    }

    /** Every schema as the text of its file, by file name, for the kinds of {@code folder} (null: all). */
    public Map<String, String> texts(FileKinds.Folder folder) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FileKinds.Kind kind : FileKinds.ALL) {
            if (folder == null || kind.folder() == folder) {
                texts.put(kind.schemaName(), text(schemas.schemaOf(kind)));
            }
        }
        return texts;
    }

    static String text(ObjectNode schema) {
        try {
            return WRITER.writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a schema cannot be written as JSON", e);
        }
    }

    /** Writes the schemas of {@code folder}'s kinds (null: all) into {@code out}; returns the files. */
    public List<Path> write(Path out, FileKinds.Folder folder) throws IOException {
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> schema : texts(folder).entrySet()) {
            Path file = out.resolve(schema.getKey());
            writeIfChanged(file, schema.getValue());
            written.add(file);
        }
        return written;
    }

    /**
     * Writes a folder's schemas into its {@code schemas/} and names each file's schema on its first
     * line, replacing a first line that names one already. Returns the files whose first line changed.
     */
    public List<Path> link(Path root, FileKinds.Folder folder) throws IOException {
        write(root.resolve(FileKinds.SCHEMAS), folder);
        List<Path> changed = new ArrayList<>();
        for (Path file : FileKinds.filesIn(root, folder)) {
            FileKinds.Kind kind = FileKinds.of(folder, FileKinds.relative(root, file)).orElseThrow();
            String line = modelineFor(root, file, kind);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String linked = withModeline(text, line);
            if (!linked.equals(text)) {
                Files.writeString(file, linked, StandardCharsets.UTF_8);
                changed.add(file);
            }
        }
        return changed;
    }

    /** The comment a file of {@code kind} at {@code file} inside {@code root} starts with. */
    public static String modelineFor(Path root, Path file, FileKinds.Kind kind) {
        Path schema = root.resolve(FileKinds.SCHEMAS).resolve(kind.schemaName());
        String relative = file.toAbsolutePath().normalize().getParent()
                .relativize(schema.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return MODELINE + relative;
    }

    /**
     * The text with {@code modeline} as its first line (after a byte-order mark), in the file's own
     * line endings; an earlier modeline on the first line is replaced.
     */
    static String withModeline(String text, String modeline) {
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String body = text.substring(bom.length());
        String newline = body.contains("\r\n") ? "\r\n" : "\n";
        if (body.startsWith(MODELINE)) {
            int end = body.indexOf('\n');
            body = end < 0 ? "" : body.substring(end + 1);
        }
        return bom + modeline + newline + body;
    }

    /** The schema a file's first line names, if it names one. */
    public static String linkedSchema(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!body.startsWith(MODELINE)) {
            return null;
        }
        int end = body.indexOf('\n');
        return (end < 0 ? body : body.substring(0, end)).substring(MODELINE.length()).strip();
    }

    private static void writeIfChanged(Path file, String text) throws IOException {
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
