package org.exhibitkiosk.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.exhibitkiosk.concurrent.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the content and config folders (and every folder inside them) and reports a change once
 * the files have been quiet for a moment, so an editor's save in several steps is read once, whole.
 * Editors' and tools' own files ({@link EditorFiles}: swap files, backups, {@code .git}) are no change.
 * Runs on daemon threads of its own; the callback runs on its scheduler thread.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final WatchService service;
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(Threads.named("change-debounce"));
    private final long quietMillis;
    private final Runnable onChange;
    private ScheduledFuture<?> pending;
    private volatile boolean open = true;

    /**
     * @param folders     the folders to watch, with everything inside them
     * @param quietMillis how long the files must be quiet before the change counts
     * @param onChange    runs once per quiet change
     */
    public FolderWatcher(List<Path> folders, long quietMillis, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        for (Path folder : folders) {
            registerTree(folder);
        }
        Thread thread = Threads.named("folder-watcher").newThread(this::watch);
        thread.start();
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : tree.filter(Files::isDirectory)
                    .filter(dir -> dir.equals(folder) || !EditorFiles.isIgnored(folder.relativize(dir))).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void watch() {
        while (open) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir = (Path) key.watchable();
            boolean counts = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path name && EditorFiles.isIgnoredName(name.toString())) {
                    // An editor's swap or backup file, or version control's: not the curators' change.
                    continue;
                }
                counts = true;
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                        && Files.isDirectory(dir.resolve(name))) {
                    try {
                        registerTree(dir.resolve(name));
                    } catch (IOException e) {
                        LOG.warn("new folder {} cannot be watched: {}", dir.resolve(name), e.getMessage());
                    }
                }
            }
            key.reset();
            if (counts) {
                changed();
            }
        }
    }

    private synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(onChange, quietMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        open = false;
        scheduler.shutdownNow();
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.getMessage());
        }
    }
}
