package org.exhibitkiosk.files;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong in a curator's or technician's file, at the place a person would look for it.
 * Immutable, thread-safe.
 *
 * @param file   the file, as given (relative paths stay relative)
 * @param line   counted from 1
 * @param column counted from 1
 * @param message what is wrong and, where it helps, how to put it right
 * @param severity an error keeps the content from the kiosk; a warning (an editorial matter) does not
 */
public record Problem(Path file, int line, int column, String message, Severity severity) {

    /** How much a problem matters. */
    public enum Severity { ERROR, WARNING }

    /** Sorts by file, then position, so reports read top to bottom. */
    public static final Comparator<Problem> READING_ORDER = Comparator
            .comparing((Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        if (file == null || message == null || severity == null) {
            throw new IllegalArgumentException("a problem needs a file, a message and a severity");
        }
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** An error: the file cannot be used as it is. */
    public Problem(Path file, int line, int column, String message) {
        this(file, line, column, message, Severity.ERROR);
    }

    /** A warning at a place in a file: the file can be used, but an editor should look. */
    public static Problem warning(Path file, Location location, String message) {
        return new Problem(file, location.line(), location.column(), message, Severity.WARNING);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** A problem of the file as a whole (empty, too large, unreadable). */
    public static Problem ofWholeFile(Path file, String message) {
        return new Problem(file, 1, 1, message);
    }

    public static Problem at(Path file, Location location, String message) {
        return new Problem(file, location.line(), location.column(), message);
    }

    /**
     * {@code FILE:LINE:COLUMN: message} ({@code FILE:LINE:COLUMN: warning: message} for a warning), the
     * form editors and terminals turn into links.
     */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (isWarning() ? "warning: " : "") + message;
    }
}
