package org.exhibitkiosk.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.exhibitkiosk.concurrent.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anonymous visit statistics: one line of JSON per event, appended to a file per day (the day in
 * the kiosk's time zone) under {@code STATE/stats/}, and forced to disk at once, so a power cut
 * can at worst cut the last line short, which the reader skips. Nothing names a person.
 * Events arrive on one thread at a time (the EDT); writing happens on a thread of its own. A kiosk
 * that closes while its EDT is frozen ends the visit under way from the closing thread
 * ({@link #endVisitWithoutEventThread}); what the EDT records after that is dropped.
 */
public final class VisitStats implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VisitStats.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Clock clock;
    private final ZoneId zone;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Threads.named("stats-writer"));
    // Volatile: written on the EDT, read by the closing thread when the EDT is frozen.
    private volatile Instant sessionStart;
    /** The panel the visitor reads now: its section and page; null when they read none. */
    private volatile String readingSection;
    private volatile int readingPage;
    private volatile Instant readingSince;
    /** Set once the closing thread has ended the visit in the EDT's place: the EDT records no more. */
    private volatile boolean endedWithoutEventThread;

    private final AtomicLong sessionsStarted = new AtomicLong();

    public VisitStats(Path stateFolder, Clock clock, ZoneId zone) {
        this.folder = stateFolder.resolve("stats");
        this.clock = clock;
        this.zone = zone;
    }

    public Path folder() {
        return folder;
    }

    /** Visits begun since this object was made (for monitoring). */
    public long sessionsStarted() {
        return sessionsStarted.get();
    }

    /** The first touch woke the kiosk. */
    public void sessionStarted() {
        sessionsStarted.incrementAndGet();
        sessionStart = clock.instant();
        write(event("session"));
    }

    public void languageChosen(String language) {
        write(event("language").put("language", language));
    }

    /** A change of language during a session: often a sign of a weak translation. */
    public void languageSwitched(String from, String to) {
        write(event("language-switch").put("from", from).put("to", to));
    }

    /** The visitor now reads a panel: page {@code page} (from 0) of section {@code section}. */
    public void panelShown(String section, int page) {
        closeReading();
        readingSection = section;
        readingPage = page;
        readingSince = clock.instant();
    }

    /**
     * The visitor now sees a screen that is not a panel: counted by its name ("key-facts", "map"),
     * or not counted when {@code screen} is null (the welcome and home screens).
     */
    public void screenShown(String screen) {
        closeReading();
        if (screen != null) {
            write(event("screen").put("screen", screen));
        }
    }

    public void printed(String language) {
        write(event("print").put("language", language));
    }

    /** The session ended: by the idle countdown ({@code idle}), or otherwise. */
    public void sessionEnded(boolean idle) {
        closeReading();
        ObjectNode end = event("session-end").put("idle", idle);
        if (sessionStart != null) {
            end.put("seconds", Duration.between(sessionStart, clock.instant()).toSeconds());
        }
        sessionStart = null;
        write(end);
    }

    /**
     * Ends the visit under way, if any, as {@link #sessionEnded sessionEnded(false)} would: for a
     * kiosk that closes while its event thread is frozen (the watchdog's exit), which cannot end
     * it the usual way. Any thread, once the EDT no longer answers; later events are dropped.
     */
    public void endVisitWithoutEventThread() {
        endedWithoutEventThread = true;
        if (sessionStart == null) {
            return;
        }
        List<ObjectNode> events = new ArrayList<>();
        if (readingSection != null) {
            long millis = Duration.between(readingSince, clock.instant()).toMillis();
            events.add(event("panel").put("section", readingSection).put("page", readingPage).put("ms", millis));
        }
        events.add(event("session-end").put("idle", false)
                .put("seconds", Duration.between(sessionStart, clock.instant()).toSeconds()));
        sessionStart = null;
        readingSection = null;
        events.forEach(this::enqueue);
    }

    /** Records the panel the visitor leaves, with how long they stayed. */
    private void closeReading() {
        if (readingSection != null) {
            long millis = Duration.between(readingSince, clock.instant()).toMillis();
            write(event("panel").put("section", readingSection).put("page", readingPage).put("ms", millis));
            readingSection = null;
        }
    }

    private ObjectNode event(String kind) {
        ObjectNode node = JSON.createObjectNode();
        node.put("at", clock.instant().toString());
        node.put("event", kind);
        return node;
    }

    private void write(ObjectNode event) {
        if (!endedWithoutEventThread) {
            enqueue(event);
        }
    }

    private void enqueue(ObjectNode event) {
        LocalDate day = Instant.parse(event.get("at").asText()).atZone(zone).toLocalDate();
        String line = event.toString() + "\n";
        if (!writer.isShutdown()) {
            writer.execute(() -> append(folder.resolve(day + ".jsonl"), line));
        }
    }

    private static void append(Path file, String line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
            }
        } catch (IOException e) {
            LOG.warn("visit statistics could not be written to {}: {}", file, e.getMessage());
        }
    }

    /** Waits until everything recorded so far is on disk (tests, shutdown). */
    public void flush() {
        try {
            writer.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("visit statistics did not flush: {}", e.getMessage());
        }
    }

    /** Writes what is recorded, then stops the writer thread; later events are dropped. */
    @Override
    public void close() {
        flush();
        writer.shutdown();
    }

    /** Reads one day's events, skipping a line a power cut left unfinished. */
    public static List<JsonNode> readDay(Path statsFolder, LocalDate day) {
        Path file = statsFolder.resolve(day + ".jsonl");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(VisitStats::parse).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            LOG.warn("visit statistics of {} cannot be read: {}", day, e.getMessage());
            return List.of();
        }
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.has("event") ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
