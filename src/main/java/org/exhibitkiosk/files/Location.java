package org.exhibitkiosk.files;

/** A line and column in a text file, both counted from 1. Immutable. */
public record Location(int line, int column) {

    public static final Location START = new Location(1, 1);

    public Location {
        line = Math.max(1, line);
        column = Math.max(1, column);
    }
}
