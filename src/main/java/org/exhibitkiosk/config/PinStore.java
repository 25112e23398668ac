package org.exhibitkiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.exhibitkiosk.files.Problem;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.ShownPath;

/**
 * The staff PIN's file in the config folder: written whole or not at all, readable only by its
 * owner where the file system allows. The commented {@code kiosk.yaml} is never rewritten.
 * File I/O: never on the EDT. Stateless.
 */
public final class PinStore {

    private PinStore() {
    }

    /** Writes the hash atomically (temporary file, then rename). */
    public static void write(Path file, PinHash hash) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".staff-pin", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the folder's ACL governs; nothing more to do here.
            }
            Files.writeString(temporary, "# Staff PIN, salted and hashed by 'kiosk set-pin'. Do not edit.\n"
                    + hash.format() + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads the hash; empty (with a problem) when the file is missing or damaged. */
    public static Optional<PinHash> read(Path file, Problems problems) {
        Path shown = ShownPath.of(file);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.ofWholeFile(shown, "no staff PIN is set; run 'java -jar target/kiosk.jar set-pin'"
                    + " to set one"));
            return Optional.empty();
        }
        try {
            if (SecretFile.tooLarge(file)) {
                problems.add(Problem.ofWholeFile(shown, "this is not a PIN file written by set-pin; run set-pin again"));
                return Optional.empty();
            }
            Optional<SecretFile.Line> line = SecretFile.firstLine(file);
            if (line.isEmpty()) {
                problems.add(Problem.ofWholeFile(shown, "PIN file holds no PIN; run set-pin again"));
                return Optional.empty();
            }
            try {
                return Optional.of(PinHash.parse(line.get().text()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(shown, line.get().number(), 1, e.getMessage()));
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(Problem.ofWholeFile(shown, "PIN file cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
