package org.exhibitkiosk.files;

import java.nio.file.Path;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ids declared in files and the places that refer to them, so that a reference to a place in
 * {@code timeline.yaml} is checked against {@code places.yaml}. Not thread-safe.
 */
public final class References {

    private record Site(Path file, Location location) {
    }

    private record Use(String kind, String id, Site site) {
    }

    private final Map<String, Map<String, Site>> declared = new LinkedHashMap<>();
    private final List<Use> uses = new ArrayList<>();
    private final Set<String> incompleteKinds = new TreeSet<>();
    private final Map<String, String> implied = new LinkedHashMap<>();

    /**
     * Records that a file declaring ids of these kinds could not be read at all, so references to
     * them cannot be judged: reporting each would bury the file's own problem under echoes.
     */
    public void markIncomplete(Set<String> kinds) {
        incompleteKinds.addAll(kinds);
    }

    /** Records a declaration; a second declaration of the same id is a problem. */
    void declare(String kind, String id, Path file, Location location, Problems problems) {
        Map<String, Site> ofKind = declared.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        Site earlier = ofKind.get(id);
        if (earlier != null) {
            String where = earlier.file().equals(file)
                    ? "at line " + earlier.location().line()
                    : "in " + earlier.file().getFileName() + " at line " + earlier.location().line();
            problems.add(file, location, "the " + kind + " id '" + id + "' is already used " + where
                    + "; ids must be unique");
        } else {
            ofKind.put(id, new Site(file, location));
        }
    }

    /**
     * Declares ids that a file implies rather than lists, such as the days a map's periods cover.
     *
     * @param whatTheyAre how a curator would name them, for the message when a use names none of
     *                    them ("a day the map steps through (see 'periods' in map.yaml)")
     */
    public void declareImplied(String kind, Collection<String> ids, Path file, String whatTheyAre) {
        Map<String, Site> ofKind = declared.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        for (String id : ids) {
            ofKind.putIfAbsent(id, new Site(file, Location.START));
        }
        implied.put(kind, whatTheyAre);
    }

    void use(String kind, String id, Path file, Location location) {
        uses.add(new Use(kind, id, new Site(file, location)));
    }

    /** The ids of one kind declared so far, sorted. */
    public Set<String> declaredIds(String kind) {
        return new TreeSet<>(declared.getOrDefault(kind, Map.of()).keySet());
    }

    /** Reports every reference to an id that no file declares. Call once all files are read. */
    public void reportUnresolved(Problems problems) {
        for (Use use : uses) {
            if (incompleteKinds.contains(use.kind())) {
                continue;
            }
            Map<String, Site> ofKind = declared.getOrDefault(use.kind(), Map.of());
            if (!ofKind.containsKey(use.id())) {
                String suggestion = Suggestions.closest(use.id(), ofKind.keySet())
                        .map(s -> "; did you mean '" + s + "'?").orElse("");
                String what = implied.get(use.kind());
                problems.add(use.site().file(), use.site().location(), what != null
                        ? "'" + use.id() + "' is not " + what + suggestion
                        : "no " + use.kind() + " has the id '" + use.id() + "'" + suggestion);
            }
        }
    }
}
