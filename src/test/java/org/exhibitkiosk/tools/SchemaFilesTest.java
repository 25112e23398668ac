package org.exhibitkiosk.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.exhibitkiosk.config.ConfigLoader;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.config.KioskFiles;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.Node;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.ShownPath;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.files.TreeReader;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schemas an editor checks files with, against what {@code validate} checks: every shipped
 * file names its schema and passes it, the committed schemas are the ones the records make now,
 * and whatever file of the broken-file corpus a schema refuses, validate refuses too.
 */
class SchemaFilesTest {

    private static final Path CONTENT_CORPUS = Path.of("src/test/resources/broken-content");
    private static final Path CONFIG_CORPUS = Path.of("src/test/resources/broken-config");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TempDir
    Path temp;

    @Test
    void theCommittedSchemasAreTheOnesTheRecordsMakeNow() throws IOException {
        SchemaFiles files = new SchemaFiles(new JsonSchemas(languagesOf(TestFolders.SHIPPED_CONFIG)));

        for (FileKinds.Folder folder : FileKinds.Folder.values()) {
            Path schemas = root(folder).resolve(FileKinds.SCHEMAS);
            Map<String, String> committed = new TreeMap<>();
            try (Stream<Path> list = Files.list(schemas)) {
                for (Path file : list.toList()) {
                    committed.put(file.getFileName().toString(), Files.readString(file));
                }
            }
            assertThat(committed).as("%s: run `java -jar target/kiosk.jar schema --link` after changing a record",
                    schemas).isEqualTo(new TreeMap<>(files.texts(folder)));
        }
    }

    @Test
    void everyShippedFileNamesItsSchemaOnItsFirstLine() throws IOException {
        List<String> checked = new ArrayList<>();
        for (FileKinds.Folder folder : FileKinds.Folder.values()) {
            Path root = root(folder);
            for (Path file : FileKinds.filesIn(root, folder)) {
                FileKinds.Kind kind = FileKinds.of(folder, FileKinds.relative(root, file)).orElseThrow();
                String linked = SchemaFiles.linkedSchema(Files.readString(file));
                assertThat(linked).as(file.toString()).isNotNull();
                assertThat(file.getParent().resolve(linked).normalize())
                        .isEqualTo(root.resolve(FileKinds.SCHEMAS).resolve(kind.schemaName()).normalize());
                checked.add(FileKinds.relative(root, file));
            }
        }
        assertThat(checked).contains("exhibit.yaml", "sections/background.yaml", "fonts/fonts.yaml", "kiosk.yaml");
    }

    @Test
    void everyShippedYamlFileHasAKind() throws IOException {
        try (Stream<Path> files = Files.walk(TestFolders.SHIPPED_CONTENT)) {
            List<String> yaml = files.filter(f -> f.toString().endsWith(".yaml"))
                    .map(f -> FileKinds.relative(TestFolders.SHIPPED_CONTENT, f)).toList();
            assertThat(yaml).isNotEmpty().allSatisfy(relative ->
                    assertThat(FileKinds.of(FileKinds.Folder.CONTENT, relative)).as(relative).isPresent());
        }
    }

    @Test
    void everyShippedFileAndEveryFixtureFilePassesItsSchema() throws IOException {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.putAll(schemaErrors(TestFolders.SHIPPED_CONTENT, TestFolders.SHIPPED_CONFIG));
        TestFolders fixtures = TestFolders.copyInto(temp);
        errors.putAll(schemaErrors(fixtures.content(), fixtures.config()));

        assertThat(errors).hasSizeGreaterThan(20).allSatisfy((file, found) -> assertThat(found).as(file).isEmpty());
    }

    @Test
    void whateverFileOfTheBrokenCorpusASchemaRefusesValidateRefusesToo() throws IOException {
        List<String> refusedBySchema = new ArrayList<>();
        for (FileKinds.Folder folder : FileKinds.Folder.values()) {
            Path corpus = folder == FileKinds.Folder.CONTENT ? CONTENT_CORPUS : CONFIG_CORPUS;
            try (Stream<Path> cases = Files.list(corpus)) {
                for (Path caseFile : cases.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    String target = Files.readAllLines(caseFile).get(0).substring("# file: ".length()).trim();
                    TestFolders folders = TestFolders.copyInto(temp.resolve(caseFile.getFileName().toString()));
                    Path written = folder == FileKinds.Folder.CONTENT
                            ? folders.writeContent(target, Files.readAllBytes(caseFile))
                            : folders.writeConfig(target, Files.readAllBytes(caseFile));
                    Optional<FileKinds.Kind> kind = FileKinds.of(folder, target);
                    if (kind.isEmpty()) {
                        continue; // a file that is no part of the exhibit has no schema
                    }
                    List<String> schemaErrors = errorsOf(written, kind.get(), languagesOf(folders.config()));
                    if (schemaErrors.isEmpty()) {
                        continue;
                    }
                    refusedBySchema.add(caseFile.getFileName().toString());
                    KioskFiles.Outcome outcome = new KioskFiles(new StrictMapper())
                            .load(folders.content(), folders.config());
                    Path shown = ShownPath.of(written);
                    assertThat(outcome.problems()).extracting(Problem::file)
                            .as("%s: the schema says %s, so validate must refuse %s", caseFile.getFileName(),
                                    schemaErrors, target)
                            .contains(shown);
                }
            }
        }
        // What an editor already shows as the curator types: wrong kinds of value, unknown and missing
        // keys, missing languages, ids and choices that cannot be.
        assertThat(refusedBySchema).contains("bad-enum.yaml", "blank-language.yaml", "invalid-id.yaml",
                "missing-key.yaml", "missing-language.yaml", "null-value.yaml", "unknown-key.yaml", "wrong-type.yaml",
                "map-side-colour.yaml", "bad-paper.yaml", "bad-url.yaml", "museum-name-missing-language.yaml",
                "unknown-config-key.yaml", "syntax-error.yaml");
    }

    /** Languages in the order the config gives them (Map.of has no order of its own). */
    private static Map<String, String> inOrder(String... codesAndNames) {
        Map<String, String> languages = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            languages.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return languages;
    }

    /** A record of a file kind that does not exist, with a key no schema was written for. */
    record Poster(LocalizedText heading, @OptionalKey String imageFile, List<Integer> sizes) {
    }

    @Test
    void aComponentAddedToARecordAppearsInItsSchemaWithNoMoreWork() {
        FileKinds.Kind kind = new FileKinds.Kind(FileKinds.Folder.CONTENT, "poster.yaml", Poster.class,
                "poster.schema.json");

        ObjectNode schema = new JsonSchemas(inOrder("en", "English", "fr", "Français")).schemaOf(kind);

        assertThat(schema.path("properties").fieldNames()).toIterable().containsExactly("heading", "imageFile", "sizes");
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("heading", "sizes");
        assertThat(schema.at("/$defs/LocalizedText/required")).extracting(JsonNode::asText).containsExactly("en", "fr");
        assertThat(schema.at("/properties/sizes/items/type").asText()).isEqualTo("integer");
        Schema compiled = REGISTRY.getSchema(schema);
        ObjectMapper json = new ObjectMapper();
        assertThat(compiled.validate(json.valueToTree(Map.of("heading", Map.of("en", "A", "fr", "B"),
                "sizes", List.of(1, 2))))).isEmpty();
        assertThat(compiled.validate(json.valueToTree(Map.of("heading", Map.of("en", "A"), "sizes", List.of(1)))))
                .extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains("fr"));
    }

    @Test
    void linkingPutsTheCommentFirstAndKeepsTheFilesOwnBytes() {
        String line = SchemaFiles.MODELINE + "schemas/places.schema.json";

        assertThat(SchemaFiles.withModeline("places: []\n", line)).isEqualTo(line + "\nplaces: []\n");
        assertThat(SchemaFiles.withModeline("\uFEFF# note\r\nplaces: []\r\n", line))
                .isEqualTo("\uFEFF" + line + "\r\n# note\r\nplaces: []\r\n");
        assertThat(SchemaFiles.withModeline(SchemaFiles.MODELINE + "old.json\nplaces: []\n", line))
                .isEqualTo(line + "\nplaces: []\n");
        assertThat(SchemaFiles.linkedSchema("\uFEFF" + line + "\r\nplaces: []")).isEqualTo("schemas/places.schema.json");
    }

    @Test
    void linkingAFolderTwiceChangesNothingTheSecondTime() throws IOException {
        TestFolders folders = TestFolders.copyInto(temp);
        SchemaFiles files = new SchemaFiles(new JsonSchemas(languagesOf(folders.config())));

        List<Path> first = files.link(folders.content(), FileKinds.Folder.CONTENT);
        List<Path> second = files.link(folders.content(), FileKinds.Folder.CONTENT);

        assertThat(first).hasSizeGreaterThan(10);
        assertThat(second).isEmpty();
        assertThat(Files.readString(folders.content().resolve("sections/background.yaml")))
                .startsWith(SchemaFiles.MODELINE + "../schemas/section.schema.json\n");
        assertThat(new KioskFiles(new StrictMapper()).load(folders.content(), folders.config()).problems()).isEmpty();
    }

    private static Path root(FileKinds.Folder folder) {
        return folder == FileKinds.Folder.CONTENT ? TestFolders.SHIPPED_CONTENT : TestFolders.SHIPPED_CONFIG;
    }

    private static Map<String, String> languagesOf(Path config) {
        Map<String, String> languages = new LinkedHashMap<>();
        Optional<KioskConfig> loaded = new ConfigLoader(new StrictMapper()).load(config).config();
        if (loaded.isPresent()) {
            loaded.get().languages().forEach(l -> languages.put(l.code(), l.name()));
        } else {
            ConfigLoader.SHIPPED_LANGUAGES.forEach(code -> languages.put(code, code));
        }
        return languages;
    }

    private Map<String, List<String>> schemaErrors(Path content, Path config) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, String> languages = languagesOf(config);
        for (FileKinds.Folder folder : FileKinds.Folder.values()) {
            Path root = folder == FileKinds.Folder.CONTENT ? content : config;
            for (Path file : FileKinds.filesIn(root, folder)) {
                FileKinds.Kind kind = FileKinds.of(folder, FileKinds.relative(root, file)).orElseThrow();
                errors.put(file.toString(), errorsOf(file, kind, languages));
            }
        }
        return errors;
    }

    /** What an editor with the schema would mark in the file; a syntax error counts as one. */
    private static List<String> errorsOf(Path file, FileKinds.Kind kind, Map<String, String> languages) {
        Problems problems = new Problems();
        Optional<Node> tree = new TreeReader().readFile(file, problems);
        if (tree.isEmpty()) {
            return problems.sorted().stream().map(Problem::toString).toList();
        }
        ObjectNode schemaNode = new JsonSchemas(languages).schemaOf(kind);
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("https://exhibitkiosk.test/" + kind.schemaName()),
                schemaNode);
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(json(tree.get()))) {
            messages.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return messages;
    }

    /** The tree as the YAML language server sees it: texts, numbers, true/false and null as JSON has them. */
    private static JsonNode json(Node node) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        if (node instanceof Node.Mapping mapping) {
            ObjectNode object = factory.objectNode();
            mapping.entries().forEach((key, entry) -> object.set(key, json(entry.value())));
            return object;
        }
        if (node instanceof Node.Sequence sequence) {
            var array = factory.arrayNode();
            sequence.items().forEach(item -> array.add(json(item)));
            return array;
        }
        Node.Scalar scalar = (Node.Scalar) node;
        return switch (scalar.kind()) {
            case STRING -> factory.textNode(scalar.text());
            case INTEGER -> factory.numberNode(new BigInteger(scalar.value().toString()));
            case DECIMAL -> factory.numberNode((BigDecimal) scalar.value());
            case BOOLEAN -> factory.booleanNode((Boolean) scalar.value());
            case NULL -> factory.nullNode();
        };
    }
}
