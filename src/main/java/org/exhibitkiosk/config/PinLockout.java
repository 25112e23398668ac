package org.exhibitkiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff PIN pad's wrong attempts in a row and its lockout, kept in the kiosk's state folder
 * ({@code STATE/staff-pin-lockout}), so that neither a restart of the kiosk nor a reload of the
 * content or the config lets anyone try more PINs. Written whole or not at all after every change.
 * A damaged file counts as no attempts (and says so in the log): the PIN itself is never stored here.
 * {@link #load} and {@link #record} do file I/O: never on the EDT. Thread-safe.
 */
public final class PinLockout {

    private static final Logger LOG = LoggerFactory.getLogger(PinLockout.class);
    public static final String FILE_NAME = "staff-pin-lockout";

    private final Path file;
    private int wrongInARow;
    private Instant lockedUntil = Instant.MIN;

    private PinLockout(Path file) {
        this.file = file;
    }

    /** One kept nowhere: for a kiosk with no state folder (tests of the gate alone). */
    public static PinLockout inMemory() {
        return new PinLockout(null);
    }

    /** Reads what the state folder holds; nothing there is no attempts. Off the EDT. */
    public static PinLockout load(Path stateFolder) {
        PinLockout lockout = new PinLockout(stateFolder.resolve(FILE_NAME));
        try {
            String text = Files.readString(lockout.file, StandardCharsets.UTF_8);
            Properties values = new Properties();
            try (Reader reader = new StringReader(text)) {
                values.load(reader);
            }
            lockout.wrongInARow = Math.max(0, Integer.parseInt(values.getProperty("wrong-in-a-row", "0").strip()));
            String until = values.getProperty("locked-until", "").strip();
            lockout.lockedUntil = until.isEmpty() ? Instant.MIN : Instant.parse(until);
            if (lockout.lockedUntil.isAfter(Instant.now())) {
                LOG.warn("the staff PIN pad is still locked until {} (after too many wrong PINs before the restart)",
                        lockout.lockedUntil);
            }
        } catch (NoSuchFileException e) {
            // No wrong PIN yet.
        } catch (IOException | NumberFormatException | DateTimeException e) {
            LOG.warn("{} cannot be read ({}); counting staff PIN attempts afresh", lockout.file, e.toString());
        }
        return lockout;
    }

    public synchronized int wrongInARow() {
        return wrongInARow;
    }

    /** Until when the pad is locked; {@link Instant#MIN} when it never was. */
    public synchronized Instant lockedUntil() {
        return lockedUntil;
    }

    /** Keeps a new count and lockout, on disk too. Off the EDT. */
    public synchronized void record(int wrong, Instant until) {
        if (wrong == wrongInARow && until.equals(lockedUntil)) {
            return;
        }
        wrongInARow = wrong;
        lockedUntil = until;
        if (file == null) {
            return;
        }
        Properties values = new Properties();
        values.setProperty("wrong-in-a-row", Integer.toString(wrong));
        values.setProperty("locked-until", until.equals(Instant.MIN) ? "" : until.toString());
        try {
            StringWriter text = new StringWriter();
            values.store(text, "Staff PIN pad: wrong attempts in a row and lockout, kept across restarts."
                    + " Delete this file to lift a lockout.");
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "." + FILE_NAME, ".tmp");
            try {
                Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            LOG.warn("the staff PIN lockout could not be written to {} ({}); it holds until the kiosk restarts",
                    file, e.getMessage());
        }
    }
}
