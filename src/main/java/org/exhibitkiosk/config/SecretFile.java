package org.exhibitkiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A small file that holds one secret (the staff PIN's hash, the health endpoint's token): its first
 * line that is neither blank nor a {@code #} comment, with its line number for the problem's place.
 */
final class SecretFile {

    /** Larger than this, the file is not one of ours. */
    private static final long MAX_BYTES = 4096;

    record Line(String text, int number) {
    }

    private SecretFile() {
    }

    static boolean tooLarge(Path file) throws IOException {
        return Files.size(file) > MAX_BYTES;
    }

    /** The first meaningful line, stripped (a byte-order mark too); empty when there is none. */
    static Optional<Line> firstLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip().replace("\uFEFF", "");
            if (!t.isEmpty() && !t.startsWith("#")) {
                return Optional.of(new Line(t, i + 1));
            }
        }
        return Optional.empty();
    }
}
