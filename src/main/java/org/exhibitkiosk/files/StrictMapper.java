package org.exhibitkiosk.files;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one strict Jackson mapper for every curator's and technician's file, and the read of a file
 * from bytes to a validated record: text, located tree, schema check, then binding.
 * <p>
 * Strict: unknown properties, trailing tokens, duplicate keys and nulls for primitives are errors.
 * Missing and null keys are reported by {@link SchemaReader}, with their location, before binding;
 * it lets only {@link OptionalKey} components be absent. Jackson cannot tell an optional component
 * from a required one, so FAIL_ON_MISSING_CREATOR_PROPERTIES and FAIL_ON_NULL_CREATOR_PROPERTIES
 * (which Jackson also raises for absent components) are left to that reader. Thread-safe once built.
 */
public final class StrictMapper {

    private final ObjectMapper mapper;
    private final TreeReader treeReader = new TreeReader();

    public StrictMapper() {
        mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .build();
    }

    /** The configured mapper, for writing JSON (status files, reports). */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Reads, checks and binds one file; empty when it has problems (all of them added). */
    public <T> Optional<T> read(Path file, Class<T> type, ReadContext context, Problems problems) {
        return readAs(file, type, context, problems).map(type::cast);
    }

    private Optional<Object> readAs(Path file, Type type, ReadContext context, Problems problems) {
        Optional<Node> tree = treeReader.readFile(file, problems);
        if (tree.isEmpty()) {
            context.references().markIncomplete(SchemaReader.declaredKinds(type));
            return Optional.empty();
        }
        SchemaReader schema = new SchemaReader(file, problems, context);
        Optional<JsonNode> plain = schema.read(tree.get(), type);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        return bind(plain.get(), type, file, schema, problems);
    }

    private Optional<Object> bind(JsonNode plain, Type type, Path file, SchemaReader schema, Problems problems) {
        JavaType javaType = mapper.getTypeFactory().constructType(type);
        try {
            return Optional.of(mapper.treeToValue(plain, javaType));
        } catch (DatabindException e) {
            String pointer = pointerOf(e);
            String message = messageOf(e);
            // A record's check that names one of its keys ("idleSeconds must be ...") points at that key's value.
            String firstWord = message.split("[ ']", 2)[0];
            Location location = schema.hasLocation(pointer + "/" + firstWord)
                    ? schema.locationOf(pointer + "/" + firstWord)
                    : schema.locationOf(pointer);
            problems.add(Problem.at(file, location, message));
            return Optional.empty();
        } catch (Exception e) {
            problems.add(Problem.ofWholeFile(file, "file cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static String pointerOf(DatabindException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            pointer.append('/');
            pointer.append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return pointer.toString();
    }

    /** The record's own words when its constructor refused a value; Jackson's first line otherwise. */
    private static String messageOf(DatabindException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            return e.getCause().getMessage();
        }
        String message = e.getOriginalMessage();
        int end = message == null ? -1 : message.indexOf('\n');
        return message == null ? "value cannot be read" : end < 0 ? message : message.substring(0, end);
    }
}
