package org.exhibitkiosk.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.exhibitkiosk.files.DeclaresId;
import org.exhibitkiosk.files.ImageFile;
import org.exhibitkiosk.files.LanguageMap;
import org.exhibitkiosk.files.OptionalKey;
import org.exhibitkiosk.files.RefersTo;
import org.exhibitkiosk.files.TextValue;

/**
 * Writes a JSON Schema (draft 2020-12) for a file from the record it is read into: the same walk
 * over record components and their annotations that {@code files.SchemaReader} makes when
 * {@code validate} reads the file, so a field added to a record appears in its schema with no more
 * work. Descriptions come from the records' javadoc ({@link RecordDocs}).
 * <p>
 * The schema is never stricter than {@code validate}: whatever it refuses, validate refuses too
 * (a test holds it to that on the broken-file corpus). It knows less: references between files,
 * glyphs, images and the records' own range checks are validate's alone. Not thread-safe: one
 * instance writes the schemas of one run.
 */
public final class JsonSchemas {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** As {@code SchemaReader} checks them. */
    static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String LANGUAGE_CODE_PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    private static final String NOT_BLANK = "\\S";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, String> languages;
    private final RecordDocs docs = new RecordDocs();

    /**
     * @param languages the configured languages, code to name, in order: every text must have them
     */
    public JsonSchemas(Map<String, String> languages) {
        this.languages = new LinkedHashMap<>(languages);
    }

    /** The schema of one kind of file. */
    public ObjectNode schemaOf(FileKinds.Kind kind) {
        Walk walk = new Walk(kind.type());
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DIALECT);
        root.put("title", kind.title());
        ObjectNode body = walk.record(kind.type());
        root.setAll(body);
        if (!walk.defs.isEmpty()) {
            ObjectNode defs = root.putObject("$defs");
            walk.defs.forEach(defs::set);
        }
        return root;
    }

    /** One schema's walk: the types met so far become its {@code $defs}. */
    private final class Walk {
        private final Class<?> rootType;
        private final Map<String, ObjectNode> defs = new LinkedHashMap<>();
        private final Map<Class<?>, String> names = new HashMap<>();

        Walk(Class<?> rootType) {
            this.rootType = rootType;
        }

        ObjectNode valueOf(Type type, RecordComponent component) {
            Class<?> raw = rawClass(type);
            if (raw.isAnnotationPresent(LanguageMap.class)) {
                return ref(raw, () -> languageMap(raw));
            }
            if (raw.isAnnotationPresent(TextValue.class)) {
                return ref(raw, () -> textValue(raw));
            }
            if (raw.isRecord()) {
                return raw == rootType ? JSON.objectNode().put("$ref", "#") : ref(raw, () -> record(raw));
            }
            if (List.class.isAssignableFrom(raw)) {
                ObjectNode list = JSON.objectNode().put("type", "array");
                list.set("items", valueOf(typeArgument(type, 0), component));
                return list;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = JSON.objectNode().put("type", "object");
                map.set("additionalProperties", valueOf(typeArgument(type, 1), null));
                return map;
            }
            return scalar(raw, component);
        }

        private ObjectNode ref(Class<?> type, Supplier<ObjectNode> definition) {
            String name = names.get(type);
            if (name == null) {
                name = defName(type);
                names.put(type, name);
                defs.put(name, JSON.objectNode()); // placeholder: a record may contain itself
                defs.put(name, definition.get());
            }
            return JSON.objectNode().put("$ref", "#/$defs/" + name);
        }

        ObjectNode record(Class<?> type) {
            ObjectNode schema = JSON.objectNode();
            docs.describe(type).ifPresent(d -> schema.put("description", d));
            schema.put("type", "object");
            ObjectNode properties = schema.putObject("properties");
            ArrayNode required = JSON.arrayNode();
            Map<String, String> params = docs.parameters(type);
            for (RecordComponent component : type.getRecordComponents()) {
                ObjectNode value = valueOf(component.getGenericType(), component);
                boolean optional = component.isAnnotationPresent(OptionalKey.class);
                ObjectNode property = JSON.objectNode();
                String doc = params.get(component.getName());
                if (doc == null && value.has("description")) {
                    doc = value.get("description").asText();
                }
                if (doc != null || optional) {
                    property.put("description", doc == null ? "optional"
                            : optional && !doc.startsWith("optional") ? doc + " (optional)" : doc);
                }
                if (optional) {
                    // validate takes a key with no value as a key left out
                    ArrayNode anyOf = property.putArray("anyOf");
                    anyOf.add(value);
                    anyOf.add(JSON.objectNode().put("type", "null"));
                } else {
                    value.remove("description");
                    property.setAll(value);
                    required.add(component.getName());
                }
                properties.set(component.getName(), property);
            }
            if (!required.isEmpty()) {
                schema.set("required", required);
            }
            schema.put("additionalProperties", false);
            return schema;
        }

        private ObjectNode languageMap(Class<?> type) {
            ObjectNode schema = JSON.objectNode();
            String codes = String.join(", ", languages.keySet());
            schema.put("description", docs.describe(type).map(d -> d + " ").orElse("")
                    + "Write a key for each language of the kiosk: " + codes + ".");
            schema.put("type", "object");
            ObjectNode properties = schema.putObject("properties");
            ArrayNode required = schema.putArray("required");
            languages.forEach((code, name) -> {
                ObjectNode text = anyScalar();
                text.put("description", "the text in " + name);
                text.put("pattern", NOT_BLANK);
                properties.set(code, text);
                required.add(code);
            });
            schema.putObject("propertyNames").put("pattern", LANGUAGE_CODE_PATTERN);
            schema.set("additionalProperties", anyScalar());
            return schema;
        }

        private ObjectNode textValue(Class<?> type) {
            ObjectNode schema = JSON.objectNode();
            docs.describe(type).ifPresent(d -> schema.put("description", d));
            ArrayNode types = schema.putArray("type");
            types.add("string");
            types.add("integer");
            return schema;
        }

        private ObjectNode scalar(Class<?> type, RecordComponent component) {
            ObjectNode schema = JSON.objectNode();
            if (type == String.class) {
                ArrayNode types = schema.putArray("type");
                types.add("string");
                types.add("number");
                boolean id = component != null && (component.isAnnotationPresent(DeclaresId.class)
                        || component.isAnnotationPresent(RefersTo.class));
                schema.put("pattern", id ? ID_PATTERN : NOT_BLANK);
                if (component != null && component.isAnnotationPresent(RefersTo.class)) {
                    schema.put("$comment", "the id of a " + component.getAnnotation(RefersTo.class).value());
                }
                if (component != null && component.isAnnotationPresent(ImageFile.class)) {
                    schema.put("$comment", "a PNG, JPEG or GIF file inside the content folder");
                }
            } else if (type == int.class || type == Integer.class) {
                schema.put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
            } else if (type == long.class || type == Long.class) {
                schema.put("type", "integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
            } else if (type == double.class || type == Double.class) {
                schema.put("type", "number");
            } else if (type == boolean.class || type == Boolean.class) {
                schema.put("type", "boolean");
            } else if (type.isEnum()) {
                docs.describe(type).ifPresent(d -> schema.put("description", d));
                ArrayNode values = schema.putArray("enum");
                List<String> descriptions = new ArrayList<>();
                for (Object constant : type.getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    values.add(name.toLowerCase(Locale.ROOT).replace('_', '-'));
                    descriptions.add(docs.describeConstant(type, name).orElse(""));
                }
                if (descriptions.stream().anyMatch(d -> !d.isEmpty())) {
                    // VS Code's YAML and JSON editors show these beside each choice
                    ArrayNode enumDescriptions = schema.putArray("enumDescriptions");
                    descriptions.forEach(enumDescriptions::add);
                }
            } else if (type == LocalDate.class) {
                schema.put("type", "string").put("pattern", "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$")
                        .put("description", "a date as YYYY-MM-DD");
            } else if (type == LocalTime.class) {
                schema.put("type", "string").put("pattern", "^\\s*[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?\\s*$")
                        .put("description", "a time as HH:MM (24-hour)");
            } else if (type == ZoneId.class) {
                schema.put("type", "string").put("pattern", NOT_BLANK)
                        .put("description", "a time zone such as Europe/London or Asia/Baku");
            } else if (type == URI.class) {
                schema.put("type", "string").put("pattern", "^\\s*https?://")
                        .put("description", "a web address starting with https://");
            } else {
                throw new IllegalStateException("no schema rule for " + type.getName());
            }
            return schema;
        }

        private ObjectNode anyScalar() {
            ObjectNode schema = JSON.objectNode();
            ArrayNode types = schema.putArray("type");
            types.add("string");
            types.add("number");
            types.add("boolean");
            return schema;
        }
    }

    /** "Places.Place" for a nested record, "Panel" for a top-level one. */
    private static String defName(Class<?> type) {
        String name = type.getSimpleName();
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name = outer.getSimpleName() + "." + name;
        }
        return name;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported schema type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("a list or map in a record needs its element type: " + type);
    }
}
