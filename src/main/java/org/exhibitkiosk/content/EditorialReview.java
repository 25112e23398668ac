package org.exhibitkiosk.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exhibitkiosk.files.Location;
import org.exhibitkiosk.files.Node;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.ShownPath;
import org.exhibitkiosk.files.TextFile;
import org.exhibitkiosk.files.TreeReader;

/**
 * The editor's checks of content that is already valid: they never keep content from the kiosk,
 * they point a curator at what a careful reader would question. Each is a warning at the line and
 * column of the words concerned:
 * <ul>
 * <li>a section of more than {@value #SECTION_PANEL_LIMIT} panels;</li>
 * <li>a panel longer than {@value #PANEL_WORD_LIMIT} words in one language, quotation included;</li>
 * <li>a sentence of a panel's paragraphs of {@value #SENTENCE_WORD_LIMIT} words or more;</li>
 * <li>a text whose figures differ between its languages;</li>
 * <li>a name or term written in a variant the glossary rejects (see {@link Glossary.Spelling});</li>
 * <li>quotation marks of another kind than the language's usual one.</li>
 * </ul>
 * Quotations are checked for terms only in translation: in their original language they keep the
 * source's spelling. The glossary's own entries, which name rejected variants on purpose, are not
 * checked for terms. Does file I/O: never call on the EDT. Stateless; thread-safe.
 */
public final class EditorialReview {

    /** Words a visitor reads standing at one panel: the exhibit guide's 100, less a margin. */
    public static final int PANEL_WORD_LIMIT = 90;
    /** Panels one section may have before visitors stop following it. */
    public static final int SECTION_PANEL_LIMIT = 10;
    /** A panel's sentences stay under this many words. */
    public static final int SENTENCE_WORD_LIMIT = 25;

    /** A sentence ends at a full stop, question or exclamation mark (Armenian ։ ՞ ՜ included) before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u0589\u055E\u055C…])[»\"”)]*\\s+");

    /** A figure: digits, with separators between groups of three (30,000 = 30 000 = 30.000). */
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:[,.\\u00A0\\u202F ]\\d{3})+(?!\\d)|\\d+");
    private static final String LETTER = "[\\p{L}\\p{M}]";

    private final TreeReader trees = new TreeReader();

    /** Kinds of quotation marks, each with its opening character. */
    enum Marks {
        GUILLEMETS('«', "«…»"), STRAIGHT('"', "\"…\""), CURLY('“', "“…”"), LOW('„', "„…“");

        final char opening;
        final String shown;

        Marks(char opening, String shown) {
            this.opening = opening;
            this.shown = shown;
        }
    }

    /** One visible text in one language, where it is written. */
    private record Text(Path file, String raw, String pointer, String language, String value, Location location,
            boolean originalQuotation) {
    }

    /**
     * Reviews the content folder {@code root}, which has loaded cleanly as {@code exhibit}, in the
     * given languages (the first is the one the others are compared with). Returns warnings in
     * reading order.
     */
    public List<Problem> review(Path root, Exhibit exhibit, List<String> languages) {
        Path shownRoot = ShownPath.of(root);
        List<Text> texts = new ArrayList<>();
        Problems warnings = new Problems();
        List<Path> files = new ArrayList<>();
        for (String name : List.of(ContentLoader.EXHIBIT, ContentLoader.KEY_FACTS, ContentLoader.PERSPECTIVES,
                ContentLoader.TIMELINE, ContentLoader.PLACES, ContentLoader.MAP, ContentLoader.PEOPLE,
                ContentLoader.GLOSSARY, ContentLoader.SOURCES, ContentLoader.ATTRACT, ContentLoader.SUMMARY,
                ContentLoader.UI_STRINGS)) {
            files.add(shownRoot.resolve(name));
        }
        for (String section : exhibit.info().sections()) {
            files.add(shownRoot.resolve(ContentLoader.SECTIONS).resolve(section + ".yaml"));
        }
        Path glossaryFile = shownRoot.resolve(ContentLoader.GLOSSARY);
        Optional<Node> glossaryTree = Optional.empty();
        for (Path file : files) {
            Problems ignored = new Problems();
            Optional<String> raw = TextFile.read(file, ignored);
            if (raw.isEmpty()) {
                continue;
            }
            Optional<Node> tree = trees.parse(file, raw.get(), ignored);
            if (tree.isEmpty()) {
                continue;
            }
            collect(file, raw.get(), tree.get(), "", Set.copyOf(languages), false, texts);
            if (file.startsWith(shownRoot.resolve(ContentLoader.SECTIONS))) {
                checkPanelLengths(file, raw.get(), tree.get(), languages, warnings);
            }
            if (file.equals(glossaryFile)) {
                glossaryTree = tree;
            }
        }
        checkFigures(texts, languages, warnings);
        checkTerms(texts, exhibit.glossary(), glossaryFile, glossaryTree, languages, warnings);
        checkQuotationMarks(texts, languages, warnings);
        return warnings.sorted();
    }

    // ------------------------------------------------------------------ reading

    private static void collect(Path file, String raw, Node node, String pointer, Set<String> languages,
            boolean originalQuotation, List<Text> into) {
        if (node instanceof Node.Mapping mapping) {
            if (isLanguageMap(mapping, languages)) {
                for (Node.Entry entry : mapping.entries().values()) {
                    Node.Scalar scalar = (Node.Scalar) entry.value();
                    into.add(new Text(file, raw, pointer + "/" + entry.key(), entry.key(), scalar.text(),
                            scalar.location(), originalQuotation));
                }
                return;
            }
            String original = originalLanguage(mapping);
            for (Node.Entry entry : mapping.entries().values()) {
                boolean quotation = original != null && entry.key().equals("text");
                if (quotation && entry.value() instanceof Node.Mapping text && isLanguageMap(text, languages)) {
                    for (Node.Entry language : text.entries().values()) {
                        Node.Scalar scalar = (Node.Scalar) language.value();
                        into.add(new Text(file, raw, pointer + "/text/" + language.key(), language.key(),
                                scalar.text(), scalar.location(), language.key().equals(original)));
                    }
                    continue;
                }
                collect(file, raw, entry.value(), pointer + "/" + entry.key(), languages, false, into);
            }
        } else if (node instanceof Node.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                collect(file, raw, sequence.items().get(i), pointer + "/" + i, languages, originalQuotation, into);
            }
        }
    }

    private static boolean isLanguageMap(Node.Mapping mapping, Set<String> languages) {
        return !mapping.entries().isEmpty() && mapping.entries().values().stream()
                .allMatch(e -> languages.contains(e.key()) && e.value() instanceof Node.Scalar);
    }

    private static String originalLanguage(Node.Mapping mapping) {
        Node.Entry entry = mapping.entries().get("originalLanguage");
        return entry != null && entry.value() instanceof Node.Scalar scalar ? scalar.text().trim() : null;
    }

    // ------------------------------------------------------------------ panel length

    private static void checkPanelLengths(Path file, String raw, Node section, List<String> languages, Problems warnings) {
        if (!(section instanceof Node.Mapping mapping) || !(valueOf(mapping, "panels") instanceof Node.Sequence list)) {
            return;
        }
        if (list.items().size() > SECTION_PANEL_LIMIT) {
            warnings.add(Problem.warning(file, mapping.entries().get("panels").keyLocation(), "the section has "
                    + list.items().size() + " panels; keep it to at most " + SECTION_PANEL_LIMIT
                    + " (merge panels, or leave details to the timeline)"));
        }
        for (Node panel : list.items()) {
            if (!(panel instanceof Node.Mapping keys)) {
                continue;
            }
            String id = scalarText(keys, "id");
            for (String language : languages) {
                int words = 0;
                if (valueOf(keys, "paragraphs") instanceof Node.Sequence items) {
                    for (Node paragraph : items.items()) {
                        words += wordsIn(paragraph, language);
                        checkSentences(file, raw, paragraph, language, warnings);
                    }
                }
                if (valueOf(keys, "quote") instanceof Node.Mapping quote && valueOf(quote, "text") != null) {
                    words += wordsIn(valueOf(quote, "text"), language);
                }
                if (words > PANEL_WORD_LIMIT) {
                    Location where = keys.entries().containsKey("id") ? keys.entries().get("id").keyLocation()
                            : keys.location();
                    warnings.add(Problem.warning(file, where, "panel '" + id + "' has " + words + " words in "
                            + language + " (paragraphs and quotation); a visitor reads at most about "
                            + PANEL_WORD_LIMIT + " standing: shorten it or split it in two"));
                }
            }
        }
    }

    private static void checkSentences(Path file, String raw, Node paragraph, String language, Problems warnings) {
        if (!(paragraph instanceof Node.Mapping map) || !(valueOf(map, language) instanceof Node.Scalar scalar)) {
            return;
        }
        String value = scalar.text();
        Text text = new Text(file, raw, "", language, value, scalar.location(), false);
        Matcher end = SENTENCE_END.matcher(value);
        int start = 0;
        while (start < value.length()) {
            int stop = end.find() ? end.start() : value.length();
            String sentence = value.substring(start, stop);
            int words = wordCount(sentence);
            if (words >= SENTENCE_WORD_LIMIT) {
                String[] first = sentence.trim().split("\\s+");
                warnings.add(Problem.warning(file, locate(text, start + sentence.indexOf(first[0]), first[0]),
                        "a sentence of " + words + " words in the " + language + " text (\""
                                + String.join(" ", List.of(first).subList(0, Math.min(4, first.length)))
                                + " ...\"); keep sentences under " + SENTENCE_WORD_LIMIT + " words: split it"));
            }
            start = stop == value.length() ? stop : end.end();
        }
    }

    private static int wordsIn(Node languageMap, String language) {
        if (languageMap instanceof Node.Mapping map && valueOf(map, language) instanceof Node.Scalar scalar) {
            return wordCount(scalar.text());
        }
        return 0;
    }

    /** Words as a reader counts them: runs between spaces that hold a letter or a digit. */
    static int wordCount(String text) {
        int count = 0;
        for (String token : text.trim().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    private static Node valueOf(Node.Mapping mapping, String key) {
        Node.Entry entry = mapping.entries().get(key);
        return entry == null ? null : entry.value();
    }

    private static String scalarText(Node.Mapping mapping, String key) {
        Node.Entry entry = mapping.entries().get(key);
        return entry != null && entry.value() instanceof Node.Scalar scalar ? scalar.text() : "?";
    }

    // ------------------------------------------------------------------ figures

    private static void checkFigures(List<Text> texts, List<String> languages, Problems warnings) {
        if (languages.isEmpty()) {
            return;
        }
        String reference = languages.get(0);
        Map<String, Text> referenceTexts = new HashMap<>();
        for (Text text : texts) {
            if (text.language().equals(reference)) {
                referenceTexts.put(text.file() + "#" + parentOf(text.pointer()), text);
            }
        }
        for (Text text : texts) {
            Text base = referenceTexts.get(text.file() + "#" + parentOf(text.pointer()));
            if (base == null || text == base) {
                continue;
            }
            List<String> expected = figures(base.value());
            List<String> found = figures(text.value());
            if (!expected.equals(found)) {
                warnings.add(Problem.warning(text.file(), text.location(), "the figures of the " + text.language()
                        + " text differ from the " + reference + " text (" + reference + ": " + shown(expected)
                        + "; " + text.language() + ": " + shown(found) + "): the languages must say the same"));
            }
        }
    }

    /** The figures of two or more digits, separators removed, in sorted order. */
    static List<String> figures(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9]", "");
            if (digits.length() >= 2) {
                found.add(digits);
            }
        }
        found.sort(null);
        return found;
    }

    private static String shown(List<String> figures) {
        return figures.isEmpty() ? "none" : String.join(", ", figures);
    }

    private static String parentOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(0, slash);
    }

    // ------------------------------------------------------------------ glossary forms

    private record Rule(String termId, String language, Glossary.Spelling spelling, String variant, Pattern pattern) {
    }

    private void checkTerms(List<Text> texts, Glossary glossary, Path glossaryFile, Optional<Node> glossaryTree,
            List<String> languages, Problems warnings) {
        List<Rule> rules = new ArrayList<>();
        for (int t = 0; t < glossary.terms().size(); t++) {
            Glossary.Term term = glossary.terms().get(t);
            for (Map.Entry<String, Glossary.Spelling> entry : term.spelling().entrySet()) {
                String language = entry.getKey();
                String base = "/terms/" + t + "/spelling/" + language;
                if (!languages.contains(language)) {
                    warnings.add(Problem.warning(glossaryFile, locationIn(glossaryTree, base), "spelling for '"
                            + language + "', which is not one of the exhibit's languages (" + String.join(", ", languages)
                            + "); it is never checked"));
                    continue;
                }
                Glossary.Spelling spelling = entry.getValue();
                for (int r = 0; r < spelling.rejected().size(); r++) {
                    String variant = spelling.rejected().get(r);
                    Pattern pattern = variantPattern(variant);
                    for (String accepted : spelling.accepted()) {
                        Matcher m = pattern.matcher(accepted);
                        if (m.find() && m.start() == 0 && m.end() == accepted.length()) {
                            warnings.add(Problem.warning(glossaryFile, locationIn(glossaryTree, base + "/rejected/" + r),
                                    "the rejected variant '" + variant + "' is also the start of the accepted form '"
                                            + accepted + "'; it would be reported wherever the term is written right"));
                        }
                    }
                    rules.add(new Rule(term.id(), language, spelling, variant, pattern));
                }
            }
        }
        for (Text text : texts) {
            if (text.originalQuotation() || text.file().equals(glossaryFile) && text.pointer().startsWith("/terms/")) {
                continue;
            }
            for (Rule rule : rules) {
                if (!rule.language().equals(text.language())) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(text.value());
                while (m.find()) {
                    String written = m.group();
                    if (isAccepted(written, rule.spelling())) {
                        continue;
                    }
                    warnings.add(Problem.warning(text.file(), locate(text, m.start(), written),
                            "'" + written + "' is a variant the glossary rejects (term '" + rule.termId() + "'); write "
                                    + String.join(" or ", rule.spelling().accepted().stream().map(f -> "'" + f + "'")
                                            .toList())));
                }
            }
        }
    }

    /** A variant and any inflected form of it: at a word's start, with the word's remaining letters. */
    private static Pattern variantPattern(String variant) {
        StringBuilder regex = new StringBuilder("(?<!" + LETTER + ")");
        String[] words = variant.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        regex.append(LETTER).append('*');
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean isAccepted(String written, Glossary.Spelling spelling) {
        String normal = written.replaceAll("\\s+", " ");
        for (String accepted : spelling.accepted()) {
            if (accepted.replaceAll("\\s+", " ").equalsIgnoreCase(normal)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ quotation marks

    private static void checkQuotationMarks(List<Text> texts, List<String> languages, Problems warnings) {
        for (String language : languages) {
            Map<Marks, Integer> uses = new EnumMap<>(Marks.class);
            for (Text text : texts) {
                if (text.language().equals(language)) {
                    for (Marks marks : Marks.values()) {
                        int count = count(text.value(), marks.opening);
                        uses.merge(marks, marks == Marks.STRAIGHT ? count / 2 : count, Integer::sum);
                    }
                }
            }
            Marks usual = uses.entrySet().stream().filter(e -> e.getValue() > 0)
                    .max(Map.Entry.<Marks, Integer>comparingByValue()
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .map(Map.Entry::getKey).orElse(null);
            if (usual == null || uses.values().stream().filter(n -> n > 0).count() < 2) {
                continue;
            }
            for (Text text : texts) {
                if (!text.language().equals(language)) {
                    continue;
                }
                for (Marks marks : Marks.values()) {
                    int at = text.value().indexOf(marks.opening);
                    if (marks == usual || at < 0) {
                        continue;
                    }
                    warnings.add(Problem.warning(text.file(), locate(text, at, String.valueOf(marks.opening)),
                            "quotation marks " + marks.shown + " in a " + language + " text, whose texts use "
                                    + usual.shown + " (" + uses.get(usual) + " times): use one kind throughout"));
                }
            }
        }
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ locations

    /**
     * The line and column in the file of the words found at {@code offset} of a text's value. The
     * file holds the same words as the value (a folded text only has other line breaks), so the
     * n-th occurrence of the first word in the value is the n-th after the text's start in the file.
     * Falls back to the text's start where the file writes it otherwise (escapes).
     */
    private static Location locate(Text text, int offset, String found) {
        String word = found.trim().split("\\s+")[0];
        if (word.isEmpty()) {
            return text.location();
        }
        int before = 0;
        for (int i = text.value().indexOf(word); i >= 0 && i < offset; i = text.value().indexOf(word, i + 1)) {
            before++;
        }
        String raw = text.raw();
        int start = offsetOf(raw, text.location());
        if (start < raw.length() && (raw.charAt(start) == '"' || raw.charAt(start) == '\'')) {
            start++;
        }
        int at = raw.indexOf(word, start);
        for (int i = 0; i < before && at >= 0; i++) {
            at = raw.indexOf(word, at + 1);
        }
        if (at < 0) {
            return text.location();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(line, raw.codePointCount(lineStart, at) + 1);
    }

    private static int offsetOf(String raw, Location location) {
        int index = 0;
        for (int line = 1; line < location.line() && index >= 0; line++) {
            index = raw.indexOf('\n', index);
            index = index < 0 ? -1 : index + 1;
        }
        if (index < 0) {
            return raw.length();
        }
        return Math.min(raw.length(), raw.offsetByCodePoints(index, Math.min(location.column() - 1,
                raw.codePointCount(index, lineEnd(raw, index)))));
    }

    private static int lineEnd(String raw, int from) {
        int end = raw.indexOf('\n', from);
        return end < 0 ? raw.length() : end;
    }

    private static Location locationIn(Optional<Node> tree, String pointer) {
        if (tree.isEmpty()) {
            return Location.START;
        }
        Node node = tree.get();
        Location last = node.location();
        for (String part : pointer.substring(1).split("/")) {
            if (node instanceof Node.Mapping mapping && mapping.entries().containsKey(part)) {
                last = mapping.entries().get(part).keyLocation();
                node = mapping.entries().get(part).value();
            } else if (node instanceof Node.Sequence sequence && part.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(part) < sequence.items().size()) {
                node = sequence.items().get(Integer.parseInt(part));
                last = node.location();
            } else {
                break;
            }
        }
        return last;
    }
}
