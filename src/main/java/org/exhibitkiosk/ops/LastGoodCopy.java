package org.exhibitkiosk.ops;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of the last content and config that read clean, kept in the kiosk's state folder, so a
 * kiosk that starts with broken files still shows the exhibit. Written whole or not at all (a new
 * copy is made beside the old, then swapped in). File I/O: never on the EDT. Thread-safe.
 */
public final class LastGoodCopy {

    private static final Logger LOG = LoggerFactory.getLogger(LastGoodCopy.class);

    private final Path folder;

    public LastGoodCopy(Path stateFolder) {
        this.folder = stateFolder.resolve("last-good");
    }

    public Path content() {
        return folder.resolve("content");
    }

    public Path config() {
        return folder.resolve("config");
    }

    public boolean exists() {
        return Files.isDirectory(content()) && Files.isDirectory(config());
    }

    /** Keeps a copy of folders that just read clean. */
    public synchronized void save(Path contentFolder, Path configFolder) {
        Path fresh = folder.resolveSibling("last-good.new");
        Path old = folder.resolveSibling("last-good.old");
        try {
            deleteTree(fresh);
            copyTree(contentFolder, fresh.resolve("content"));
            copyTree(configFolder, fresh.resolve("config"));
            deleteTree(old);
            if (Files.exists(folder)) {
                Files.move(folder, old);
            }
            try {
                Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, folder);
            }
            deleteTree(old);
        } catch (IOException e) {
            LOG.warn("the last good content could not be kept in {}: {}", folder, e.getMessage());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
