package org.exhibitkiosk.files;

import java.nio.file.Path;

/** Paths as a person at the terminal should see them: relative to the current folder. */
public final class ShownPath {

    private ShownPath() {
    }

    /** {@code path} relative to the working folder where that is possible, else absolute. */
    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        try {
            Path relative = here.relativize(absolute);
            return relative.toString().isEmpty() ? Path.of(".") : relative;
        } catch (IllegalArgumentException e) {
            return absolute;
        }
    }
}
