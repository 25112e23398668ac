package org.exhibitkiosk.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.exhibitkiosk.files.Location;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.TextFile;

/**
 * The translators' round trip: the exhibit's texts out to an XLIFF 2.0 file (the format
 * translation tools read), the translations back into the YAML files in place, and what each
 * language still lacks. Each unit carries a hash of the source text it was made from; an import
 * refuses a unit whose source has changed since, and {@value #RECORD} in the content folder keeps,
 * per language, the source each translation was made from, so that status can say which are out
 * of date. Not thread-safe; one command at a time.
 */
public final class Translations {

    /** Where the source each imported translation was made from is kept, in the content folder. */
    public static final String RECORD = "translations.tsv";

    /** Our attributes on XLIFF units: the source's hash. */
    public static final String NAMESPACE = "urn:exhibitkiosk:translations";
    private static final String PREFIX = "ek";
    private static final String HASH = "sourceHash";

    private final Path content;
    private final Map<String, String> languageNames;

    /**
     * @param content       the content folder
     * @param languageNames the configured languages, code to name, in the config's order
     */
    public Translations(Path content, Map<String, String> languageNames) {
        this.content = content;
        this.languageNames = new LinkedHashMap<>(languageNames);
    }

    /** One text of the exhibit in a file, with its current values. */
    public record Entry(String file, YamlTexts.Text text) {
        public String id() {
            return file + "#" + text.path();
        }
    }

    /** What {@link #status} found for one language. */
    public record LanguageStatus(String language, int texts, List<Gap> missing, List<Gap> outOfDate) {
    }

    /** A text a language lacks, or has only for an older source. */
    public record Gap(String file, String path, Location location) {
    }

    /** What an import did. */
    public record Imported(int written, int unchanged, List<String> files) {
    }

    // ---- export ----

    /**
     * Writes {@code to} as XLIFF 2.0: every text that has {@code from}, with {@code language}'s
     * text as the target where there is one. Returns the number of units.
     */
    public int export(String from, String language, Path to, Problems problems) throws IOException {
        List<Entry> entries = entries(Set.of(from, language), problems);
        if (!problems.isEmpty()) {
            return 0;
        }
        Map<String, String> record = readRecord(language);
        int units = 0;
        Path parent = to.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (XLIFFWriter writer = new XLIFFWriter()) {
            writer.setLineBreak("\n");
            writer.setUseIndentation(true);
            writer.create(to.toFile(), from, language);
            StartXliffData start = new StartXliffData(null);
            start.setNamespace(PREFIX, NAMESPACE);
            writer.writeStartDocument(start, null);
            String currentFile = null;
            int fileNumber = 0;
            Set<String> ids = new LinkedHashSet<>();
            for (Entry entry : entries) {
                YamlTexts.Value source = entry.text().values().get(from);
                if (source == null || source.text().isBlank()) {
                    continue;
                }
                if (!entry.file().equals(currentFile)) {
                    if (currentFile != null) {
                        writer.writeEndFile();
                    }
                    currentFile = entry.file();
                    StartFileData file = new StartFileData("f" + (++fileNumber));
                    file.setOriginal(entry.file());
                    writer.writeStartFile(file);
                    ids.clear();
                }
                writer.writeUnit(unit(entry, from, language, source, record, ids));
                units++;
            }
            if (currentFile != null) {
                writer.writeEndFile();
            }
            writer.writeEndDocument();
        }
        validate(to, problems);
        return units;
    }

    private Unit unit(Entry entry, String from, String language, YamlTexts.Value source, Map<String, String> record,
            Set<String> ids) {
        String id = uniqueId(entry.text().path(), ids);
        Unit unit = new Unit(id);
        unit.setName(entry.text().path());
        String hash = hash(source.text());
        unit.getExtAttributes().setAttribute(NAMESPACE, HASH, hash);
        unit.addNote(note("location", "The " + nameOf(from) + " text is at " + entry.file() + ":"
                + source.location().line() + ":" + source.location().column() + " (" + entry.text().path() + ")."));
        unit.addNote(note("screen", ScreenNames.describe(entry.file(), entry.text().path())));
        ScreenNames.preview(entry.file(), entry.text().path()).ifPresent(place -> unit.addNote(note("preview",
                "See it on the kiosk: java -jar kiosk.jar --windowed --lang " + language + " --open " + place)));
        Segment segment = unit.appendSegment();
        segment.setSource(source.text());
        YamlTexts.Value target = entry.text().values().get(language);
        if (target != null && !target.text().isBlank()) {
            segment.setTarget(target.text());
            String madeFrom = record.get(entry.id());
            if (madeFrom != null && !madeFrom.equals(hash)) {
                segment.setState(TargetState.INITIAL);
                unit.addNote(note("state", "Out of date: the " + nameOf(from)
                        + " text changed since this translation was made; check it against the source."));
            } else {
                segment.setState(TargetState.TRANSLATED);
            }
        } else {
            segment.setState(TargetState.INITIAL);
        }
        return unit;
    }

    private static Note note(String category, String text) {
        Note note = new Note(text);
        note.setCategory(category);
        return note;
    }

    /** An XLIFF id (an XML name token) made from a path, unique in its file. */
    private static String uniqueId(String path, Set<String> ids) {
        String base = path.replace('/', '.').replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (base.isEmpty() || !Character.isLetter(base.codePointAt(0))) {
            base = "t" + base;
        }
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    // ---- validation ----

    /** Checks an XLIFF file against the XLIFF 2.0 core schema and its rules; problems say where. */
    public static void validate(Path xliff, Problems problems) {
        if (!Files.isRegularFile(xliff)) {
            problems.add(Problem.ofWholeFile(xliff, "file is missing"));
            return;
        }
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(xliff.toFile());
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (XLIFFException e) {
            problems.add(xliffProblem(xliff, e));
        }
    }

    private static Problem xliffProblem(Path xliff, XLIFFException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // The schema validator's messages carry "Line: N, column: M" (or "line N, column M").
        Matcher where = Pattern.compile("(?i)line(?:Number)?:?\\s*(\\d+)[,;]?\\s*col(?:umn)?(?:Number)?:?\\s*(\\d+);?")
                .matcher(message);
        String text = message.replaceAll("(?i)(Error\\s+)?systemId:\\s*\\S+;?", "").replaceAll("\\s+", " ").trim();
        if (where.find()) {
            return Problem.at(xliff, new Location(Integer.parseInt(where.group(1)), Integer.parseInt(where.group(2))),
                    "not valid XLIFF 2.0: " + text.replace(where.group(), "").trim());
        }
        return Problem.ofWholeFile(xliff, "not valid XLIFF 2.0: " + text);
    }

    // ---- import ----

    /**
     * Writes the translations of {@code xliff} into the YAML files. A unit whose source changed
     * since the export, or whose text is no longer in the files, is refused with a problem naming
     * it; the others are written. Nothing is written when the XLIFF file itself is not valid.
     */
    public Imported importFile(Path xliff, Problems problems) throws IOException {
        validate(xliff, problems);
        if (!problems.isEmpty()) {
            return new Imported(0, 0, List.of());
        }
        Map<String, Location> unitLocations = unitLocations(xliff);
        String from = null;
        String language = null;
        record Incoming(String file, String unitId, String path, String source, String hash, String target,
                TargetState state) {
        }
        List<Incoming> incoming = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(xliff.toFile());
            String file = null;
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isStartXliff()) {
                    from = event.getStartXliffData().getSourceLanguage();
                    language = event.getStartXliffData().getTargetLanguage();
                } else if (event.isStartFile()) {
                    file = event.getStartFileData().getOriginal() != null ? event.getStartFileData().getOriginal()
                            : event.getStartFileData().getId();
                } else if (event.isUnit()) {
                    Unit unit = event.getUnit();
                    StringBuilder source = new StringBuilder();
                    StringBuilder target = new StringBuilder();
                    boolean hasTarget = false;
                    TargetState state = TargetState.INITIAL;
                    for (net.sf.okapi.lib.xliff2.core.Part part : unit) {
                        source.append(part.getSource().getPlainText());
                        if (part.hasTarget()) {
                            hasTarget = true;
                            target.append(part.getTarget().getPlainText());
                        }
                        if (part instanceof Segment segment) {
                            state = segment.getState();
                        }
                    }
                    incoming.add(new Incoming(file, unit.getId(), unit.getName() != null ? unit.getName() : unit.getId(),
                            source.toString(), unit.getExtAttributeValue(NAMESPACE, HASH),
                            hasTarget ? target.toString() : null, state));
                }
            }
        } catch (XLIFFException e) {
            problems.add(xliffProblem(xliff, e));
            return new Imported(0, 0, List.of());
        }
        if (language == null || language.isBlank()) {
            problems.add(Problem.ofWholeFile(xliff, "the file names no target language (trgLang on <xliff>)"));
            return new Imported(0, 0, List.of());
        }
        Set<String> languages = new LinkedHashSet<>(languageNames.keySet());
        languages.add(from);
        languages.add(language);
        Map<String, Map<String, YamlTexts.Text>> texts = new LinkedHashMap<>();
        Map<String, String> yaml = new HashMap<>();
        Map<String, List<YamlEdits.Edit>> edits = new LinkedHashMap<>();
        Map<String, String> record = readRecord(language);
        int unchanged = 0;
        for (Incoming unit : incoming) {
            Location where = unitLocations.getOrDefault(unit.file() + "#" + unit.unitId(), Location.START);
            String name = "unit '" + unit.unitId() + "' (" + unit.file() + ", " + unit.path() + ")";
            if (unit.target() == null || unit.target().isBlank()) {
                continue; // not translated yet
            }
            Map<String, YamlTexts.Text> inFile = texts.computeIfAbsent(unit.file(), f -> readTexts(f, languages,
                    yaml, problems, xliff, where));
            YamlTexts.Text text = inFile == null ? null : inFile.get(unit.path());
            YamlTexts.Value source = text == null ? null : text.values().get(from);
            if (source == null) {
                problems.add(Problem.at(xliff, where, name + ": the " + nameOf(from)
                        + " text is no longer in the files; export again"));
                continue;
            }
            boolean changed = unit.hash() != null ? !unit.hash().equals(hash(source.text()))
                    : !unit.source().equals(source.text());
            if (changed) {
                problems.add(Problem.at(xliff, where, name + ": the " + nameOf(from) + " text changed since the"
                        + " export, so this translation was made from an older text; export again and translate"
                        + " the new one"));
                continue;
            }
            YamlTexts.Value current = text.values().get(language);
            String id = new Entry(unit.file(), text).id();
            if (current != null && current.text().equals(unit.target())) {
                if (unit.state() != TargetState.INITIAL) {
                    record.put(id, hash(source.text()));
                }
                unchanged++;
                continue;
            }
            edits.computeIfAbsent(unit.file(), f -> new ArrayList<>())
                    .add(new YamlEdits.Edit(text, language, unit.target()));
            record.put(id, hash(source.text()));
        }
        List<String> written = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, List<YamlEdits.Edit>> file : edits.entrySet()) {
            try {
                String updated = YamlEdits.apply(yaml.get(file.getKey()), file.getValue(), languages);
                Files.writeString(content.resolve(file.getKey()), updated, StandardCharsets.UTF_8);
                written.add(file.getKey());
                count += file.getValue().size();
            } catch (YamlEdits.CannotWrite e) {
                problems.add(Problem.ofWholeFile(content.resolve(file.getKey()), e.getMessage()));
            }
        }
        writeRecord(language, record);
        return new Imported(count, unchanged, written);
    }

    private Map<String, YamlTexts.Text> readTexts(String file, Set<String> languages, Map<String, String> yaml,
            Problems problems, Path xliff, Location where) {
        Path path = content.resolve(file).normalize();
        if (!path.startsWith(content.normalize()) || FileKinds.of(FileKinds.Folder.CONTENT, file).isEmpty()) {
            problems.add(Problem.at(xliff, where, "'" + file + "' is not a content file of " + content));
            return null;
        }
        Optional<String> text = TextFile.read(path, problems);
        if (text.isEmpty()) {
            return null;
        }
        try {
            Map<String, YamlTexts.Text> byPath = new LinkedHashMap<>();
            new YamlTexts(languages).read(text.get()).forEach(t -> byPath.putIfAbsent(t.path(), t));
            yaml.put(file, text.get());
            return byPath;
        } catch (RuntimeException e) {
            problems.add(Problem.ofWholeFile(path, "cannot be read as YAML (see validate)"));
            return null;
        }
    }

    /** Where each unit begins in the XLIFF file, by file and unit id. */
    private static Map<String, Location> unitLocations(Path xliff) throws IOException {
        Map<String, Location> found = new HashMap<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(xliff)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            String file = null;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String element = reader.getLocalName();
                    if (element.equals("file")) {
                        file = reader.getAttributeValue(null, "original");
                        if (file == null) {
                            file = reader.getAttributeValue(null, "id");
                        }
                    } else if (element.equals("unit")) {
                        var location = reader.getLocation();
                        found.put(file + "#" + reader.getAttributeValue(null, "id"),
                                new Location(location.getLineNumber(), location.getColumnNumber()));
                    }
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            return found; // the validation before has said what is wrong
        }
        return found;
    }

    // ---- status ----

    /** For each language but {@code from}: the texts it lacks and those made from an older source. */
    public List<LanguageStatus> status(String from, List<String> languages, Problems problems) {
        Set<String> all = new LinkedHashSet<>(languageNames.keySet());
        all.add(from);
        all.addAll(languages);
        List<Entry> entries = entries(all, problems);
        List<LanguageStatus> result = new ArrayList<>();
        for (String language : languages) {
            if (language.equals(from)) {
                continue;
            }
            Map<String, String> record = readRecord(language);
            List<Gap> missing = new ArrayList<>();
            List<Gap> outOfDate = new ArrayList<>();
            int count = 0;
            for (Entry entry : entries) {
                YamlTexts.Value source = entry.text().values().get(from);
                if (source == null || source.text().isBlank()) {
                    continue;
                }
                count++;
                YamlTexts.Value value = entry.text().values().get(language);
                if (value == null || value.text().isBlank()) {
                    Location at = value != null ? value.location() : entry.text().location();
                    missing.add(new Gap(entry.file(), entry.text().path(), at));
                } else {
                    String madeFrom = record.get(entry.id());
                    if (madeFrom != null && !madeFrom.equals(hash(source.text()))) {
                        outOfDate.add(new Gap(entry.file(), entry.text().path(), value.location()));
                    }
                }
            }
            result.add(new LanguageStatus(language, count, missing, outOfDate));
        }
        return result;
    }

    // ---- the files ----

    /** Every text in several languages in the content files, in file order. */
    List<Entry> entries(Set<String> extraLanguages, Problems problems) {
        Set<String> languages = new LinkedHashSet<>(languageNames.keySet());
        languages.addAll(extraLanguages);
        YamlTexts reader = new YamlTexts(languages);
        List<Entry> entries = new ArrayList<>();
        for (Path file : FileKinds.filesIn(content, FileKinds.Folder.CONTENT)) {
            String relative = FileKinds.relative(content, file);
            Optional<String> text = TextFile.read(file, problems);
            if (text.isEmpty()) {
                continue;
            }
            try {
                reader.read(text.get()).forEach(t -> entries.add(new Entry(relative, t)));
            } catch (RuntimeException e) {
                problems.add(Problem.ofWholeFile(file, "cannot be read as YAML; run validate to see where"));
            }
        }
        return entries;
    }

    private Map<String, String> readRecord(String language) {
        Map<String, String> record = new LinkedHashMap<>();
        Path file = content.resolve(RECORD);
        if (!Files.isRegularFile(file)) {
            return record;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length == 3 && parts[0].equals(language)) {
                    record.put(parts[1], parts[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return record;
    }

    private void writeRecord(String language, Map<String, String> record) throws IOException {
        Path file = content.resolve(RECORD);
        List<String> lines = new ArrayList<>();
        lines.add("# Written by `kiosk translations import`: for each language and text, a hash of the source text"
                + " its translation was made from (`translations status` compares it). Do not edit.");
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length == 3 && !parts[0].equals(language)) {
                    lines.add(line);
                }
            }
        }
        record.forEach((id, hash) -> lines.add(language + "\t" + id + "\t" + hash));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private String nameOf(String language) {
        String name = languageNames.get(language);
        return name == null ? language : name;
    }

    /** A short hash of a source text: 16 hex digits of its SHA-256. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
