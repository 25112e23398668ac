package org.exhibitkiosk.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * Writes new values of languages into a YAML file's text in place: each value's own characters
 * are replaced, a new language is added under the others, and nothing else of the file changes.
 * A value keeps the style its neighbours have (a folded {@code >-} block stays one, wrapped at the
 * file's width); the file is read again to check every value reads back as written, and a value
 * that would not is written double-quoted instead. Stateless, thread-safe.
 */
public final class YamlEdits {

    /** Lines of a folded text are wrapped before this column, as the shipped files are. */
    private static final int WIDTH = 100;

    /** One change: {@code language}'s value of {@code text} becomes {@code value}. */
    public record Edit(YamlTexts.Text text, String language, String value) {
    }

    /** A change that would not read back as written, even double-quoted (never expected). */
    public static final class CannotWrite extends Exception {
        public CannotWrite(String message) {
            super(message);
        }
    }

    private YamlEdits() {
    }

    /** The file's text with the edits made; {@code languages} are those {@link YamlTexts} reads by. */
    public static String apply(String yaml, List<Edit> edits, Set<String> languages) throws CannotWrite {
        // Each round writes double-quoted what did not read back in the one before; a file that no
        // longer parses says nothing of which value broke it, so the plain ones are quoted first.
        Set<Edit> quoted = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            String written = write(yaml, edits, quoted);
            Set<Edit> wrong = misread(written, edits, languages);
            if (wrong.isEmpty()) {
                return written;
            }
            if (wrong.size() == edits.size() && round == 0) {
                edits.stream().filter(edit -> styleOf(edit) == ScalarStyle.PLAIN).forEach(quoted::add);
            }
            quoted.addAll(round == 0 && quoted.size() > 0 ? Set.of() : wrong);
        }
        String written = write(yaml, edits, quoted);
        Set<Edit> wrong = misread(written, edits, languages);
        if (wrong.isEmpty()) {
            return written;
        }
        Edit edit = wrong.iterator().next();
        throw new CannotWrite("the " + edit.language() + " text at " + edit.text().path()
                + " would not read back as written");
    }

    private static ScalarStyle styleOf(Edit edit) {
        YamlTexts.Value old = edit.text().values().get(edit.language());
        return old != null ? old.style() : edit.text().values().values().iterator().next().style();
    }

    private static String write(String yaml, List<Edit> edits, Set<Edit> quoted) {
        record Splice(int start, int end, String with) {
        }
        List<Splice> splices = new ArrayList<>();
        for (Edit edit : edits) {
            YamlTexts.Text text = edit.text();
            YamlTexts.Value old = text.values().get(edit.language());
            boolean plainQuotes = quoted.contains(edit);
            if (old != null) {
                ScalarStyle style = plainQuotes ? ScalarStyle.DOUBLE_QUOTED : old.style();
                String rendered = render(edit.value(), style, indentOf(yaml, old, text));
                if (old.start() == old.end() && old.start() > 0 && yaml.charAt(old.start() - 1) == ':') {
                    rendered = " " + rendered; // "fr:" with nothing after it
                }
                splices.add(new Splice(old.start(), old.end(), rendered));
            } else if (text.flow()) {
                splices.add(new Splice(text.end(), text.end(),
                        ", " + edit.language() + ": " + render(edit.value(), ScalarStyle.DOUBLE_QUOTED, 0)));
            } else {
                YamlTexts.Value neighbour = text.values().values().iterator().next();
                ScalarStyle style = plainQuotes ? ScalarStyle.DOUBLE_QUOTED : neighbour.style();
                String rendered = render(edit.value(), style, indentOf(yaml, neighbour, text));
                splices.add(new Splice(text.end(), text.end(),
                        lineBreak(yaml) + " ".repeat(text.keyColumn()) + edit.language() + ": " + rendered));
            }
        }
        splices.sort(Comparator.comparingInt(Splice::start).reversed());
        StringBuilder out = new StringBuilder(yaml);
        for (Splice splice : splices) {
            out.replace(splice.start(), splice.end(), splice.with());
        }
        return out.toString();
    }

    /** The edits whose value does not read back from {@code written} as it was meant. */
    private static Set<Edit> misread(String written, List<Edit> edits, Set<String> languages) {
        Map<String, YamlTexts.Text> read;
        try {
            read = new YamlTexts(languages).read(written).stream()
                    .collect(Collectors.toMap(YamlTexts.Text::path, Function.identity(), (a, b) -> a));
        } catch (RuntimeException e) {
            return Set.copyOf(edits);
        }
        return edits.stream().filter(edit -> {
            YamlTexts.Text text = read.get(edit.text().path());
            YamlTexts.Value value = text == null ? null : text.values().get(edit.language());
            return value == null || !Objects.equals(value.text(), edit.value());
        }).collect(Collectors.toSet());
    }

    /** The indentation of a block value's lines: as written, or two more than its key. */
    private static int indentOf(String yaml, YamlTexts.Value value, YamlTexts.Text text) {
        if (value.style() == ScalarStyle.FOLDED || value.style() == ScalarStyle.LITERAL) {
            int lineEnd = yaml.indexOf('\n', value.start());
            if (lineEnd >= 0 && lineEnd < value.end()) {
                int indent = 0;
                while (lineEnd + 1 + indent < yaml.length() && yaml.charAt(lineEnd + 1 + indent) == ' ') {
                    indent++;
                }
                if (indent > text.keyColumn()) {
                    return indent;
                }
            }
        }
        return text.keyColumn() + 2;
    }

    private static String lineBreak(String yaml) {
        return yaml.contains("\r\n") ? "\r\n" : "\n";
    }

    static String render(String value, ScalarStyle style, int indent) {
        boolean oneLine = value.indexOf('\n') < 0 && value.indexOf('\r') < 0;
        boolean trimmed = !value.isEmpty() && value.equals(value.strip()) && !value.contains("  ")
                && value.chars().noneMatch(c -> c == '\t');
        return switch (style) {
            case FOLDED -> oneLine && trimmed ? folded(value, indent) : doubleQuoted(value);
            case LITERAL -> trimmed ? literal(value, indent) : doubleQuoted(value);
            case SINGLE_QUOTED -> oneLine ? "'" + value.replace("'", "''") + "'" : doubleQuoted(value);
            case PLAIN -> oneLine && trimmed ? value : doubleQuoted(value);
            default -> doubleQuoted(value);
        };
    }

    private static String folded(String value, int indent) {
        StringBuilder out = new StringBuilder(">-");
        String pad = " ".repeat(indent);
        StringBuilder line = new StringBuilder();
        for (String word : value.split(" ")) {
            if (line.length() > 0 && indent + line.length() + 1 + word.length() > WIDTH) {
                out.append('\n').append(pad).append(line);
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append('\n').append(pad).append(line);
        return out.toString();
    }

    private static String literal(String value, int indent) {
        StringBuilder out = new StringBuilder("|-");
        String pad = " ".repeat(indent);
        for (String line : value.split("\n", -1)) {
            out.append('\n').append(line.isEmpty() ? "" : pad + line);
        }
        return out.toString();
    }

    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
