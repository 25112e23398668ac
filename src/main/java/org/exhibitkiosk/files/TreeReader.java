package org.exhibitkiosk.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML (or JSON, which is YAML) text into a {@link Node} tree that remembers locations.
 * Syntax errors end the reading of that one file; duplicate keys are reported and the first value
 * kept. Alias bombs and oversized documents are refused by the YAML loader's limits.
 * Thread-safe: the factory is immutable after construction.
 */
public final class TreeReader {

    /** Enough for any anchor a curator would write; far below what an alias bomb needs. */
    private static final int MAX_ALIASES = 20;
    private static final int MAX_NESTING = 40;

    private final YAMLFactory factory;

    public TreeReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(MAX_ALIASES);
        loader.setAllowRecursiveKeys(false);
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setCodePointLimit((int) TextFile.MAX_BYTES);
        loader.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both locations
        factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength((int) TextFile.MAX_BYTES)
                        .build())
                .build();
    }

    /** Reads and parses a file; empty when it could not be read or parsed (problems added). */
    public Optional<Node> readFile(Path file, Problems problems) {
        return TextFile.read(file, problems).flatMap(text -> parse(file, text, problems));
    }

    /** Parses text already read; {@code file} names it in problems. */
    public Optional<Node> parse(Path file, String text, Problems problems) {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Problem.ofWholeFile(file, "file is empty"));
                return Optional.empty();
            }
            Node root = readValue(parser, file, problems);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                problems.add(Problem.at(file, locationOf(parser.currentTokenLocation()),
                        "unexpected content after the end of the document"));
            }
            return Optional.of(root);
        } catch (AliasFound e) {
            problems.add(Problem.at(file, e.location, "YAML aliases (*name) are not allowed in exhibit files;"
                    + " write the value out in full"));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                problems.add(Problem.at(file, new Location(yaml.getProblemMark().getLine() + 1,
                        yaml.getProblemMark().getColumn() + 1), yamlMessage(yaml)));
                return Optional.empty();
            }
            problems.add(Problem.at(file, locationOf(e.getLocation()), syntaxMessage(e)));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals its limits (aliases, nesting, size) with unchecked exceptions.
            problems.add(Problem.ofWholeFile(file, "file cannot be read as YAML: " + firstLine(e.getMessage())));
            return Optional.empty();
        }
    }

    private Node readValue(JsonParser parser, Path file, Problems problems) throws IOException {
        JsonToken token = parser.currentToken();
        Location location = locationOf(parser.currentTokenLocation());
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Aliases are never expanded here, so an alias bomb cannot explode; but a curator's
            // file has no need of them, and an unexpanded alias would read as its name.
            throw new AliasFound(location);
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyLocation = locationOf(parser.currentTokenLocation());
                    parser.nextToken();
                    Node value = readValue(parser, file, problems);
                    Node.Entry earlier = entries.get(key);
                    if (earlier != null) {
                        problems.add(Problem.at(file, keyLocation, "duplicate key '" + key
                                + "' (first given at line " + earlier.keyLocation().line() + "); remove one of them"));
                    } else {
                        entries.put(key, new Node.Entry(key, keyLocation, value));
                    }
                }
                return new Node.Mapping(entries, location);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, file, problems));
                }
                return new Node.Sequence(items, location);
            }
            case VALUE_STRING -> {
                String text = parser.getText();
                // "key:" with nothing after it reads as an empty text; it means "no value".
                return text.isEmpty()
                        ? new Node.Scalar(Node.Scalar.Kind.NULL, "", null, location)
                        : new Node.Scalar(Node.Scalar.Kind.STRING, text, text, location);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.Scalar(Node.Scalar.Kind.INTEGER, parser.getText(), parser.getNumberValue(), location);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(Node.Scalar.Kind.DECIMAL, parser.getText(), parser.getDecimalValue(), location);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(Node.Scalar.Kind.BOOLEAN, parser.getText(), token == JsonToken.VALUE_TRUE,
                        location);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(Node.Scalar.Kind.NULL, "", null, location);
            }
            default -> {
                // Binary or embedded objects (YAML !!binary and custom tags) have no place in content.
                return new Node.Scalar(Node.Scalar.Kind.STRING, parser.getText(), parser.getText(), location);
            }
        }
    }

    /** Ends the reading of a file at its first alias. */
    private static final class AliasFound extends IOException {
        private final Location location;

        AliasFound(Location location) {
            super("alias", null);
            this.location = location;
        }
    }

    static Location locationOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Location.START;
        }
        return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** SnakeYAML's problem, with where the construct it was reading began. */
    private static String yamlMessage(MarkedYAMLException e) {
        StringBuilder message = new StringBuilder("syntax error: ").append(oneLine(e.getProblem()));
        if (e.getContext() != null) {
            message.append(' ').append(oneLine(e.getContext()));
            if (e.getContextMark() != null) {
                message.append(" that starts at line ").append(e.getContextMark().getLine() + 1)
                        .append(", column ").append(e.getContextMark().getColumn() + 1);
            }
        }
        return message.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return "the file's syntax is broken here";
        }
        // SnakeYAML's messages carry a caret diagram over several lines; the first line says it.
        return "syntax error: " + firstLine(message).replaceAll("\\s+", " ").trim();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
