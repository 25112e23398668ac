package org.exhibitkiosk.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a located tree against the Java type it will become, reporting every problem with its
 * line and column, and produces the plain tree that the strict mapper binds. The Java records are
 * the schema: their components are the keys, {@link OptionalKey} marks what may be left out.
 * <p>
 * Jackson's binding stops at its first error; this walk does not, which is why a curator sees all
 * problems of all files in one run. Not thread-safe: one instance reads one file.
 */
public final class SchemaReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Path file;
    private final Problems problems;
    private final ReadContext context;
    private final Map<String, Location> locations = new HashMap<>();
    private int problemsBefore;

    public SchemaReader(Path file, Problems problems, ReadContext context) {
        this.file = file;
        this.problems = problems;
        this.context = context;
    }

    /**
     * Checks {@code root} as a value of {@code type}. Returns the tree to bind when the file has no
     * problems of its own; empty otherwise (its problems added).
     */
    public Optional<JsonNode> read(Node root, Type type) {
        problemsBefore = problems.size();
        JsonNode converted = convert(root, type, "", null);
        return problems.size() == problemsBefore && converted != null ? Optional.of(converted) : Optional.empty();
    }

    /** Whether a value was read at exactly this JSON pointer. */
    public boolean hasLocation(String pointer) {
        return locations.containsKey(pointer);
    }

    /** Location of the value at a JSON pointer ("/panels/2/heading"), or of its nearest parent. */
    public Location locationOf(String pointer) {
        String path = pointer;
        while (true) {
            Location location = locations.get(path);
            if (location != null) {
                return location;
            }
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                return Location.START;
            }
            path = path.substring(0, slash);
        }
    }

    private JsonNode convert(Node node, Type type, String pointer, AnnotatedElement annotations) {
        locations.put(pointer, node.location());
        Class<?> raw = rawClass(type);
        if (raw.isAnnotationPresent(LanguageMap.class)) {
            return languageMap(node, pointer);
        }
        if (raw.isAnnotationPresent(TextValue.class)) {
            if (!(node instanceof Node.Scalar scalar) || scalar.kind() == Node.Scalar.Kind.NULL) {
                return wrongKind(node, "a text");
            }
            return textValue(scalar, raw);
        }
        if (raw.isRecord()) {
            return record(node, raw, pointer);
        }
        if (List.class.isAssignableFrom(raw)) {
            return list(node, typeArgument(type, 0), pointer, annotations);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(node, typeArgument(type, 1), pointer);
        }
        return scalar(node, raw, annotations);
    }

    private JsonNode record(Node node, Class<?> type, String pointer) {
        if (!(node instanceof Node.Mapping mapping)) {
            return wrongKind(node, "a set of keys (" + describeKeys(type) + ")");
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = Arrays.stream(components)
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        ObjectNode result = JSON.objectNode();
        for (Node.Entry entry : mapping.entries().values()) {
            if (!byName.containsKey(entry.key())) {
                String hint = Suggestions.closest(entry.key(), byName.keySet())
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("expected " + describeKeys(type));
                problems.add(file, entry.keyLocation(), "unknown key '" + entry.key() + "'; " + hint);
            }
        }
        for (RecordComponent component : components) {
            String name = component.getName();
            Node.Entry entry = mapping.entries().get(name);
            boolean optional = component.isAnnotationPresent(OptionalKey.class);
            boolean absent = entry == null || isNull(entry.value());
            if (absent) {
                if (!optional) {
                    Location where = entry == null ? mapping.location() : entry.keyLocation();
                    problems.add(file, where, entry == null
                            ? "missing key '" + name + "'" + (pointer.isEmpty() ? "" : " in " + describe(pointer))
                            : "key '" + name + "' has no value");
                }
                continue;
            }
            JsonNode value = convert(entry.value(), component.getGenericType(), pointer + "/" + name, component);
            if (value != null) {
                result.set(name, value);
            }
        }
        return result;
    }

    private JsonNode list(Node node, Type itemType, String pointer, AnnotatedElement annotations) {
        if (!(node instanceof Node.Sequence sequence)) {
            return wrongKind(node, "a list (lines starting with '- ')");
        }
        ArrayNode result = JSON.arrayNode();
        for (int i = 0; i < sequence.items().size(); i++) {
            JsonNode item = convert(sequence.items().get(i), itemType, pointer + "/" + i, annotations);
            result.add(item == null ? JSON.nullNode() : item);
        }
        return result;
    }

    private JsonNode map(Node node, Type valueType, String pointer) {
        if (!(node instanceof Node.Mapping mapping)) {
            return wrongKind(node, "a set of keys");
        }
        ObjectNode result = JSON.objectNode();
        for (Node.Entry entry : mapping.entries().values()) {
            JsonNode value = isNull(entry.value())
                    ? reportNull(entry)
                    : convert(entry.value(), valueType, pointer + "/" + entry.key(), null);
            if (value != null) {
                result.set(entry.key(), value);
            }
        }
        return result;
    }

    private JsonNode reportNull(Node.Entry entry) {
        problems.add(file, entry.keyLocation(), "key '" + entry.key() + "' has no value");
        return null;
    }

    private JsonNode languageMap(Node node, String pointer) {
        if (!(node instanceof Node.Mapping mapping)) {
            return wrongKind(node, "a text in each language (" + String.join(", ",
                    context.languages().stream().map(l -> l + ": ...").toList()) + ")");
        }
        ObjectNode result = JSON.objectNode();
        for (Node.Entry entry : mapping.entries().values()) {
            String language = entry.key();
            if (!LANGUAGE_CODE.matcher(language).matches()) {
                problems.add(file, entry.keyLocation(), "'" + language + "' is not a language code; expected "
                        + String.join(", ", context.languages()));
                continue;
            }
            if (!(entry.value() instanceof Node.Scalar scalar) || scalar.kind() == Node.Scalar.Kind.NULL) {
                problems.add(file, entry.value().location(), "the " + language + " text must be a text, not "
                        + entry.value().kindName());
                continue;
            }
            locations.put(pointer + "/" + language, scalar.location());
            checkGlyphs(scalar.text(), scalar.location());
            result.put(language, scalar.text());
        }
        for (String language : context.languages()) {
            Node.Entry entry = mapping.entries().get(language);
            if (entry == null) {
                problems.add(file, mapping.location(), "missing the " + language + " text"
                        + (pointer.isEmpty() ? "" : " of " + describe(pointer)));
            } else if (entry.value() instanceof Node.Scalar scalar && scalar.kind() != Node.Scalar.Kind.NULL
                    && scalar.text().isBlank()) {
                problems.add(file, entry.keyLocation(), "the " + language + " text is empty");
            }
        }
        return result;
    }

    private void checkGlyphs(String text, Location location) {
        StringBuilder missing = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT
                    || Character.isISOControl(codePoint) || context.hasGlyph().test(codePoint)) {
                continue;
            }
            if (count++ < 3) {
                missing.append(missing.length() == 0 ? "" : ", ")
                        .append('\'').appendCodePoint(codePoint).append("' (")
                        .append(String.format(Locale.ROOT, "U+%04X", codePoint)).append(')');
            }
        }
        if (count > 0) {
            problems.add(file, location, "no glyph in the bundled fonts for " + missing
                    + (count > 3 ? " and " + (count - 3) + " more" : "")
                    + "; it would show as an empty box: use another character or add a font");
        }
    }

    private JsonNode scalar(Node node, Class<?> type, AnnotatedElement annotations) {
        if (!(node instanceof Node.Scalar scalar) || scalar.kind() == Node.Scalar.Kind.NULL) {
            return wrongKind(node, expected(type));
        }
        String text = scalar.text();
        if (type == String.class) {
            return stringValue(scalar, annotations);
        }
        if (type.isAnnotationPresent(TextValue.class)) {
            return textValue(scalar, type);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            if (scalar.kind() != Node.Scalar.Kind.INTEGER) {
                return wrongKind(node, "a whole number");
            }
            BigInteger value = new BigInteger(text.replace("_", ""));
            long min = type == int.class || type == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long max = type == int.class || type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
            if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
                return fail(scalar, "the number " + text + " is too large");
            }
            return JSON.numberNode(value.longValue());
        }
        if (type == double.class || type == Double.class) {
            if (scalar.kind() != Node.Scalar.Kind.INTEGER && scalar.kind() != Node.Scalar.Kind.DECIMAL) {
                return wrongKind(node, "a number");
            }
            return JSON.numberNode(new BigDecimal(text.replace("_", "")).doubleValue());
        }
        if (type == boolean.class || type == Boolean.class) {
            if (scalar.kind() != Node.Scalar.Kind.BOOLEAN) {
                return wrongKind(node, "true or false");
            }
            return JSON.booleanNode((Boolean) scalar.value());
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                if (name.equalsIgnoreCase(text.trim().replace('-', '_'))) {
                    return JSON.textNode(name);
                }
            }
            return fail(scalar, "'" + text + "' is not one of: " + expected(type));
        }
        if (type == LocalDate.class) {
            return parsed(scalar, () -> LocalDate.parse(text.trim()), "a date as YYYY-MM-DD");
        }
        if (type == LocalTime.class) {
            return parsed(scalar, () -> LocalTime.parse(text.trim()), "a time as HH:MM (24-hour)");
        }
        if (type == ZoneId.class) {
            return parsed(scalar, () -> ZoneId.of(text.trim()),
                    "a time zone such as Europe/London or Asia/Baku");
        }
        if (type == URI.class) {
            try {
                URI uri = new URI(text.trim());
                if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                    return fail(scalar, "'" + text + "' is not a web address; expected one starting with https://");
                }
                return JSON.textNode(uri.toString());
            } catch (URISyntaxException e) {
                return fail(scalar, "'" + text + "' is not a web address: " + e.getReason());
            }
        }
        throw new IllegalStateException("no schema rule for " + type.getName());
    }

    private JsonNode stringValue(Node.Scalar scalar, AnnotatedElement annotations) {
        String text = scalar.text();
        if (scalar.kind() != Node.Scalar.Kind.STRING && scalar.kind() != Node.Scalar.Kind.INTEGER
                && scalar.kind() != Node.Scalar.Kind.DECIMAL) {
            return wrongKind(scalar, "a text");
        }
        if (annotations != null) {
            DeclaresId declares = annotations.getAnnotation(DeclaresId.class);
            RefersTo refers = annotations.getAnnotation(RefersTo.class);
            if ((declares != null || refers != null) && !ID.matcher(text).matches()) {
                return fail(scalar, "'" + text + "' is not a valid id: use lower-case letters, digits and hyphens"
                        + " (like 'lake-gazigol')");
            }
            if (declares != null) {
                context.references().declare(declares.value(), text, file, scalar.location(), problems);
            }
            if (refers != null) {
                context.references().use(refers.value(), text, file, scalar.location());
            }
            if (annotations.isAnnotationPresent(ImageFile.class)) {
                checkImage(scalar);
            }
            if (annotations.isAnnotationPresent(IconName.class) && !IconName.Known.ids().contains(text)) {
                String hint = Suggestions.closest(text, IconName.Known.ids()).map(s -> " (did you mean '" + s + "'?)")
                        .orElse("");
                return fail(scalar, "there is no icon '" + text + "'" + hint + "; the icons are: "
                        + String.join(", ", IconName.Known.ids()));
            }
        }
        if (text.isBlank()) {
            return fail(scalar, "the text is empty");
        }
        return JSON.textNode(text);
    }

    private JsonNode textValue(Node.Scalar scalar, Class<?> type) {
        try {
            type.getMethod("parse", String.class).invoke(null, scalar.text());
            return JSON.textNode(scalar.text());
        } catch (InvocationTargetException e) {
            String reason = e.getCause() == null ? null : e.getCause().getMessage();
            return fail(scalar, reason == null ? "'" + scalar.text() + "' cannot be read here" : reason);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a public static parse(String)", e);
        }
    }

    private void checkImage(Node.Scalar scalar) {
        if (context.contentRoot() == null) {
            problems.add(file, scalar.location(), "images are not allowed here");
            return;
        }
        Path root = context.contentRoot().toAbsolutePath().normalize();
        Path image;
        try {
            image = root.resolve(scalar.text()).normalize();
        } catch (InvalidPathException e) {
            problems.add(file, scalar.location(), "'" + scalar.text() + "' is not a usable file name");
            return;
        }
        if (!image.startsWith(root)) {
            problems.add(file, scalar.location(), "image '" + scalar.text()
                    + "' is outside the content folder; keep images inside it (for example images/map.png)");
            return;
        }
        if (!Files.isRegularFile(image)) {
            problems.add(file, scalar.location(), "image '" + scalar.text() + "' does not exist");
            return;
        }
        if (sizeOf(image) > TextFile.MAX_BYTES * 4) {
            problems.add(file, scalar.location(), "image '" + scalar.text() + "' is over 20 MB; save it smaller");
            return;
        }
        try {
            BufferedImage decoded = ImageDecoder.decode(image);
            if (decoded == null) {
                problems.add(file, scalar.location(), "image '" + scalar.text()
                        + "' is not a PNG, JPEG or SVG picture that can be shown");
            }
        } catch (IOException | RuntimeException e) {
            problems.add(file, scalar.location(), "image '" + scalar.text() + "' cannot be decoded; it may be damaged");
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private interface Parse {
        Object run();
    }

    private JsonNode parsed(Node.Scalar scalar, Parse parse, String expected) {
        try {
            parse.run();
            return JSON.textNode(scalar.text().trim());
        } catch (DateTimeException e) {
            return fail(scalar, "'" + scalar.text() + "' is not " + expected);
        }
    }

    private JsonNode wrongKind(Node node, String expected) {
        problems.add(file, node.location(), "expected " + expected + ", found " + node.kindName());
        return null;
    }

    private JsonNode fail(Node node, String message) {
        problems.add(file, node.location(), message);
        return null;
    }

    private static boolean isNull(Node node) {
        return node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.NULL;
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String describeKeys(Class<?> record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
        }
        return "keys: " + String.join(", ", names);
    }

    /** "/panels/2/quote" as a person reads it: "panels item 3, quote". */
    private static String describe(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.chars().allMatch(Character::isDigit)) {
                out.append(" item ").append(Integer.parseInt(part) + 1);
            } else {
                out.append(out.length() == 0 ? "" : ", ").append(part);
            }
        }
        return out.toString().trim();
    }

    /** The kinds of id that values of {@code type} declare, anywhere inside them. */
    static Set<String> declaredKinds(Type type) {
        Set<String> kinds = new TreeSet<>();
        collectKinds(type, kinds, new HashSet<>());
        return kinds;
    }

    private static void collectKinds(Type type, Set<String> kinds, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collectKinds(argument, kinds, seen);
            }
            return;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                DeclaresId declares = component.getAnnotation(DeclaresId.class);
                if (declares != null) {
                    kinds.add(declares.value());
                }
                collectKinds(component.getGenericType(), kinds, seen);
            }
        }
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
        throw new IllegalStateException("a list or map in the schema needs its element type: " + type);
    }
}
