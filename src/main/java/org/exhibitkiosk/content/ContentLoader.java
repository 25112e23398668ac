package org.exhibitkiosk.content;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.exhibitkiosk.files.ImageDecoder;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.ReadContext;
import org.exhibitkiosk.files.References;
import org.exhibitkiosk.files.ShownPath;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.text.FontFiles;
import org.exhibitkiosk.text.Typefaces;

/**
 * Reads and validates the whole content folder into one {@link Exhibit}: every file, every
 * problem, in one pass. A file with a syntax error is skipped; all the others are still checked.
 * Does file I/O: never call on the EDT. Stateless apart from the shared mapper; thread-safe.
 */
public final class ContentLoader {

    public static final String EXHIBIT = "exhibit.yaml";
    public static final String SECTIONS = "sections";
    public static final String KEY_FACTS = "key-facts.yaml";
    public static final String PERSPECTIVES = "perspectives.yaml";
    public static final String TIMELINE = "timeline.yaml";
    public static final String PLACES = "places.yaml";
    public static final String MAP = "map.yaml";
    public static final String PEOPLE = "people.yaml";
    public static final String GLOSSARY = "glossary.yaml";
    public static final String SOURCES = "sources.yaml";
    public static final String ATTRACT = "attract.yaml";
    public static final String SUMMARY = "summary.yaml";
    public static final String UI_STRINGS = "ui-strings.yaml";
    public static final String FONTS = "fonts/fonts.yaml";

    private static final Set<String> TOP_LEVEL_FILES = Set.of(EXHIBIT, KEY_FACTS, PERSPECTIVES, TIMELINE, PLACES,
            MAP, PEOPLE, GLOSSARY, SOURCES, ATTRACT, SUMMARY, UI_STRINGS);

    private final StrictMapper mapper;

    public ContentLoader(StrictMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads {@code root}, checking every visible text in each of {@code languages}. */
    public LoadResult load(Path root, List<String> languages) {
        Problems problems = new Problems();
        Path shownRoot = ShownPath.of(root);
        if (!Files.isDirectory(root)) {
            problems.add(Problem.ofWholeFile(shownRoot, "content folder does not exist"));
            return new LoadResult(Optional.empty(), problems.sorted(), 0);
        }
        References references = new References();
        Reading reading = new Reading(shownRoot, languages, problems, references);

        Optional<Typefaces> typefaces = reading.fonts();
        IntPredicate hasGlyph = typefaces.<IntPredicate>map(t -> t::hasGlyph).orElse(codePoint -> true);
        ReadContext context = new ReadContext(languages, hasGlyph, shownRoot, references);

        Optional<ExhibitInfo> info = reading.read(EXHIBIT, ExhibitInfo.class, context);
        List<Section> sections = reading.sections(info, context);
        Optional<KeyFacts> keyFacts = reading.read(KEY_FACTS, KeyFacts.class, context);
        Optional<Perspectives> perspectives = reading.read(PERSPECTIVES, Perspectives.class, context);
        Optional<Timeline> timeline = reading.read(TIMELINE, Timeline.class, context);
        Optional<Places> places = reading.read(PLACES, Places.class, context);
        Optional<OperationsMap> map = reading.read(MAP, OperationsMap.class, context);
        map.ifPresentOrElse(m -> references.declareImplied(OperationsMap.DAY_ID,
                        m.days().stream().map(LocalDate::toString).toList(), shownRoot.resolve(MAP),
                        "a day the map steps through (see 'periods' in " + MAP + ")"),
                () -> references.markIncomplete(Set.of(OperationsMap.DAY_ID)));
        Optional<People> people = reading.read(PEOPLE, People.class, context);
        Optional<Glossary> glossary = reading.read(GLOSSARY, Glossary.class, context);
        Optional<Sources> sources = reading.read(SOURCES, Sources.class, context);
        Optional<AttractLoop> attract = reading.read(ATTRACT, AttractLoop.class, context);
        Optional<TakeHome> takeHome = reading.read(SUMMARY, TakeHome.class, context);
        Optional<InterfaceText> ui = reading.read(UI_STRINGS, InterfaceText.class, context);
        ui.ifPresent(strings -> reading.checkInterfaceKeys(strings));
        reading.reportStrayFiles();
        references.reportUnresolved(problems);

        if (!problems.isEmpty()) {
            return new LoadResult(Optional.empty(), problems.sorted(), reading.filesRead);
        }
        Exhibit exhibit = new Exhibit(info.orElseThrow(), sections, keyFacts.orElseThrow(),
                perspectives.orElseThrow(), timeline.orElseThrow(), places.orElseThrow(), map.orElseThrow(), people.orElseThrow(),
                glossary.orElseThrow(), sources.orElseThrow(), attract.orElseThrow(), takeHome.orElseThrow(),
                ui.orElseThrow(), typefaces.orElseThrow(), pictures(root, info.orElseThrow(), sections, attract.orElseThrow(),
                problems));
        if (!problems.isEmpty()) {
            return new LoadResult(Optional.empty(), problems.sorted(), reading.filesRead);
        }
        return new LoadResult(Optional.of(exhibit), List.of(), reading.filesRead);
    }

    /** Decodes every picture (of panels, home tiles and the attract loop) once, so that screens never read files. */
    private static Map<String, BufferedImage> pictures(Path root, ExhibitInfo info, List<Section> sections,
                                                       AttractLoop attract, Problems problems) {
        List<Picture> named = new ArrayList<>();
        for (Section section : sections) {
            named.add(section.tile().image());
            for (Panel panel : section.panels()) {
                named.add(panel.image());
            }
        }
        ExhibitInfo.Tiles tiles = info.tiles();
        for (HomeTile tile : List.of(tiles.keyFacts(), tiles.perspectives(), tiles.map(), tiles.summary(),
                tiles.credits())) {
            named.add(tile.image());
        }
        for (AttractLoop.Slide slide : attract.slides()) {
            named.add(slide.image());
        }
        Map<String, BufferedImage> images = new HashMap<>();
        for (Picture picture : named) {
            if (picture == null || images.containsKey(picture.file())) {
                continue;
            }
            Path file = root.resolve(picture.file());
            try {
                BufferedImage image = ImageDecoder.decode(file);
                if (image != null) {
                    images.put(picture.file(), image);
                } else {
                    problems.add(Problem.ofWholeFile(file, "image cannot be decoded"));
                }
            } catch (IOException e) {
                problems.add(Problem.ofWholeFile(file, "image cannot be read: " + e.getMessage()));
            }
        }
        return images;
    }

    /** One pass over one folder. */
    private final class Reading {
        private final Path root;
        private final List<String> languages;
        private final Problems problems;
        private final References references;
        private int filesRead;

        Reading(Path root, List<String> languages, Problems problems, References references) {
            this.root = root;
            this.languages = languages;
            this.problems = problems;
            this.references = references;
        }

        <T> Optional<T> read(String name, Class<T> type, ReadContext context) {
            filesRead++;
            return mapper.read(root.resolve(name), type, context, problems);
        }

        Optional<Typefaces> fonts() {
            ReadContext plain = new ReadContext(languages, codePoint -> true, root, references);
            Path fontsFile = root.resolve(FONTS);
            Optional<FontFiles> files = read(FONTS, FontFiles.class, plain);
            if (files.isEmpty()) {
                return Optional.empty();
            }
            Optional<Typefaces> loaded = Typefaces.load(fontsFile.getParent(), files.get(),
                    (font, message) -> problems.add(Problem.ofWholeFile(fontsFile, message)));
            if (loaded.isEmpty()) {
                problems.add(Problem.ofWholeFile(fontsFile, "every style needs at least one font that loads"));
            }
            return loaded;
        }

        List<Section> sections(Optional<ExhibitInfo> info, ReadContext context) {
            List<Section> sections = new ArrayList<>();
            Set<String> listed = new TreeSet<>();
            if (info.isEmpty()) {
                // exhibit.yaml has problems of its own; still check every section file there is.
                for (Path file : yamlFilesIn(root.resolve(SECTIONS))) {
                    filesRead++;
                    mapper.read(file, Section.class, context, problems);
                }
                return sections;
            }
            info.ifPresent(exhibit -> {
                for (String id : exhibit.sections()) {
                    listed.add(id + ".yaml");
                    Path file = root.resolve(SECTIONS).resolve(id + ".yaml");
                    filesRead++;
                    mapper.read(file, Section.class, context, problems).ifPresent(section -> {
                        if (!section.id().equals(id)) {
                            problems.add(Problem.ofWholeFile(file, "the section's id is '" + section.id()
                                    + "' but its file is named " + id + ".yaml; make them the same"));
                        }
                        sections.add(section);
                    });
                }
            });
            if (info.isPresent()) {
                for (Path file : yamlFilesIn(root.resolve(SECTIONS))) {
                    if (!listed.contains(file.getFileName().toString())) {
                        problems.add(Problem.ofWholeFile(file, "this section is not listed under 'sections' in "
                                + EXHIBIT + ", so visitors would never see it; list it there or remove the file"));
                    }
                }
            }
            return sections;
        }

        void checkInterfaceKeys(InterfaceText strings) {
            Path file = root.resolve(UI_STRINGS);
            for (UiKey key : UiKey.values()) {
                if (!strings.strings().containsKey(key.key())) {
                    problems.add(Problem.ofWholeFile(file, "missing interface text '" + key.key() + "'"));
                }
            }
            Set<String> known = new TreeSet<>();
            for (UiKey key : UiKey.values()) {
                known.add(key.key());
            }
            for (String key : strings.strings().keySet()) {
                if (!known.contains(key)) {
                    problems.add(Problem.ofWholeFile(file, "interface text '" + key
                            + "' is not used by the kiosk; check its spelling or remove it"));
                }
            }
        }

        void reportStrayFiles() {
            for (Path file : yamlFilesIn(root)) {
                if (!TOP_LEVEL_FILES.contains(file.getFileName().toString())) {
                    problems.add(Problem.ofWholeFile(file, "this file is not part of the exhibit (expected "
                            + String.join(", ", new TreeSet<>(TOP_LEVEL_FILES)) + "); rename or remove it"));
                }
            }
        }

        private List<Path> yamlFilesIn(Path folder) {
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> {
                    String name = f.getFileName().toString();
                    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
                }).sorted().toList();
            } catch (IOException e) {
                problems.add(Problem.ofWholeFile(folder, "folder cannot be listed: " + e.getMessage()));
                return List.of();
            }
        }
    }
}
