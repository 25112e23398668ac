package org.exhibitkiosk.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems found while reading a set of files, so that one run reports all of them.
 * Not thread-safe: one reader fills it, then hands out {@link #sorted()}.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void add(Path file, Location location, String message) {
        found.add(Problem.at(file, location, message));
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    /** Problems in reading order, duplicates removed. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found.stream().distinct().toList());
        copy.sort(Problem.READING_ORDER);
        return Collections.unmodifiableList(copy);
    }
}
