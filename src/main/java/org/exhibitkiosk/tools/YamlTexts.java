package org.exhibitkiosk.tools;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exhibitkiosk.files.Location;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Finds the texts in one YAML file that are written in several languages ({@code {en: ..., fr: ...}}),
 * each with where its language's values stand in the file, to the character, so that a
 * translation can be written into the file in place and everything around it (comments, layout,
 * the other languages) stays as the curator wrote it. Stateless, thread-safe.
 */
public final class YamlTexts {

    /** One value of one language: its text, and its exact span in the file (char offsets). */
    public record Value(String text, int start, int end, DumperOptions.ScalarStyle style, Location location,
            int keyColumn) {
    }

    /**
     * One text in several languages.
     *
     * @param path      where it is in the file, as keys and list items ("panels/intro/heading"); a
     *                  list item that has an {@code id} is named by it
     * @param values    each language's value, in file order
     * @param flow      whether the languages are written {@code {en: ..., fr: ...}} on one line
     * @param keyColumn the column (from 0) of the languages' keys
     * @param end       where the last language's value ends: a new language goes after it
     * @param location  where the text begins
     */
    public record Text(String path, Map<String, Value> values, boolean flow, int keyColumn, int end,
            Location location) {
    }

    /** A language a translator may have added beside the configured ones: "fr", "pt-BR". */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final Set<String> languages;

    /**
     * {@code languages}: the codes that make a set of keys a text in several languages; its keys
     * may also be other language codes, one of them at least is one of these.
     */
    public YamlTexts(Set<String> languages) {
        this.languages = Set.copyOf(languages);
    }

    /** The texts of a file, in file order. Throws the YAML library's exception on a syntax error. */
    public List<Text> read(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        Iterator<Event> events = new Yaml(options).parse(new StringReader(yaml)).iterator();
        int[] charAt = codePointOffsets(yaml);
        List<Text> found = new ArrayList<>();
        while (events.hasNext()) {
            Event event = events.next();
            if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart) || event.is(Event.ID.Scalar)) {
                walk(event, events, "", "", false, found, charAt, yaml);
            }
        }
        return found;
    }

    /**
     * Reads one value that starts with {@code first}, named {@code name} inside {@code parent};
     * returns the char offset where it ends.
     */
    private int walk(Event first, Iterator<Event> events, String parent, String name, boolean listItem,
            List<Text> found, int[] charAt, String yaml) {
        String path = join(parent, name);
        if (first instanceof ScalarEvent scalar) {
            return end(scalar, charAt, yaml);
        }
        if (first.is(Event.ID.Alias)) {
            return charAt[first.getEndMark().getIndex()];
        }
        if (first.is(Event.ID.SequenceStart)) {
            int index = 0;
            int end = charAt[first.getEndMark().getIndex()];
            while (true) {
                Event item = events.next();
                if (item.is(Event.ID.SequenceEnd)) {
                    return Math.max(end, charAt[item.getStartMark().getIndex()]);
                }
                end = walk(item, events, path, String.valueOf(index), true, found, charAt, yaml);
                index++;
            }
        }
        MappingStartEvent mapping = (MappingStartEvent) first;
        // A mapping is read whole first: whether it is a text in several languages depends on all its keys.
        List<Event> buffered = new ArrayList<>();
        int depth = 0;
        while (true) {
            Event event = events.next();
            if (depth == 0 && event.is(Event.ID.MappingEnd)) {
                buffered.add(event);
                break;
            }
            if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)) {
                depth++;
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                depth--;
            }
            buffered.add(event);
        }
        if (listItem) {
            // An item of a list is named by its id, when it has one, so that reordering keeps the names.
            for (int i = 0; i + 1 < buffered.size(); i += 2) {
                if (buffered.get(i) instanceof ScalarEvent key && key.getValue().equals("id")
                        && buffered.get(i + 1) instanceof ScalarEvent id && !id.getValue().isBlank()) {
                    path = join(parent, id.getValue());
                }
            }
        }
        Text text = asText(mapping, buffered, path, charAt, yaml);
        if (text != null) {
            found.add(text);
            return text.end();
        }
        Iterator<Event> inner = buffered.iterator();
        int end = charAt[first.getEndMark().getIndex()];
        while (true) {
            Event key = inner.next();
            if (key.is(Event.ID.MappingEnd)) {
                return end;
            }
            String keyName = key instanceof ScalarEvent scalar ? scalar.getValue() : "?";
            end = walk(inner.next(), inner, path, keyName, false, found, charAt, yaml);
        }
    }

    private Text asText(MappingStartEvent mapping, List<Event> events, String path, int[] charAt, String yaml) {
        Map<String, Value> values = new LinkedHashMap<>();
        int keyColumn = -1;
        for (int i = 0; i + 1 < events.size(); i += 2) {
            if (!(events.get(i) instanceof ScalarEvent key) || !LANGUAGE_CODE.matcher(key.getValue()).matches()
                    || !(events.get(i + 1) instanceof ScalarEvent value) || values.containsKey(key.getValue())) {
                return null;
            }
            int column = key.getStartMark().getColumn();
            keyColumn = keyColumn < 0 ? column : keyColumn;
            Mark mark = value.getStartMark();
            values.put(key.getValue(), new Value(value.getValue(), charAt[mark.getIndex()], end(value, charAt, yaml),
                    value.getScalarStyle(), new Location(mark.getLine() + 1, mark.getColumn() + 1), column));
        }
        if (values.keySet().stream().noneMatch(languages::contains)) {
            return null;
        }
        int end = values.values().stream().mapToInt(Value::end).max().orElseThrow();
        Mark start = mapping.getStartMark();
        return new Text(path, values, mapping.isFlow(), keyColumn, end,
                new Location(start.getLine() + 1, start.getColumn() + 1));
    }

    /** Where a scalar ends; a block scalar's trailing line breaks are left to what follows it. */
    private static int end(ScalarEvent scalar, int[] charAt, String yaml) {
        int start = charAt[scalar.getStartMark().getIndex()];
        int end = charAt[scalar.getEndMark().getIndex()];
        if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL) {
            while (end > start && Character.isWhitespace(yaml.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "/" + name;
    }

    /** The char offset of every code point offset (SnakeYAML counts code points). */
    private static int[] codePointOffsets(String text) {
        int count = text.codePointCount(0, text.length());
        int[] offsets = new int[count + 1];
        int charIndex = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = charIndex;
            charIndex += Character.charCount(text.codePointAt(charIndex));
        }
        offsets[count] = text.length();
        return offsets;
    }
}
